//! DB1: EF Core migrations run outside application startup.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::bound::setting;
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, HOST, Item, Source};

/// DB1 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB1",
    section: DATABASE,
    title: "EF Core migrations run outside application startup",
    applies: HOST,
    breaks: "Every instance races to migrate at boot; one slow or failed migration takes the whole fleet down, and the app's database user needs DDL rights.",
    fix: "Run migrations from the pipeline, a Job or one-off task, or a `migrate` branch guarded by a command-line argument (if (args.Contains(\"migrate\")) { ...; return; }), never on the normal startup path.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let migrations: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            // EF Core's `Database.Migrate()`, and the other libraries' own schema updates:
            // DevExpress XPO's `UpdateSchema`, FluentMigrator's `MigrateUp`, DbUp's `PerformUpgrade`.
            let ef = matches!(
                c.name.as_str(),
                "Migrate" | "MigrateAsync" | "EnsureCreated" | "EnsureCreatedAsync"
            ) && c.receiver.as_deref().is_some_and(|r| r.ends_with("Database"));
            let other =
                matches!(c.name.as_str(), "UpdateSchema" | "MigrateUp" | "PerformUpgrade") && c.receiver.is_some();
            ef || other
        })
        .collect();
    let (startup, guarded): (Vec<&Call>, Vec<&Call>) = migrations.into_iter().partition(|c| !call_guarded(ctx, c, 0));
    if !startup.is_empty() {
        let flags: Vec<Evidence> = startup
            .iter()
            .filter_map(|c| guard_on_in_production(ctx, c.guard.as_deref()?))
            .collect();
        return Outcome::fail(
            "migrations run on the normal startup path",
            startup
                .iter()
                .map(|c| ev(c, format!("{} on the startup path", c.name)))
                .collect(),
        )
        .with_related(flags);
    }
    let mut evidence: Vec<Evidence> = guarded
        .iter()
        .map(|c| {
            ev(
                c,
                format!(
                    "{} only under `{}`",
                    c.name,
                    c.guard.clone().unwrap_or_else(|| "a separate entry point".into())
                ),
            )
        })
        .collect();
    for o in ctx
        .kube
        .of_kind("Job")
        .filter(|o| o.name.to_ascii_lowercase().contains("migrat") || o.file.contains("migrat"))
    {
        evidence.push(Evidence::new(&o.file, o.line, "migration Job"));
    }
    evidence.extend(ctx.migration_commands.iter().cloned());
    if evidence.is_empty() {
        // Nothing migrates anywhere: cite what the host stores its configuration in.
        let in_memory: Vec<Evidence> = ctx
            .code
            .calls
            .iter()
            .filter(|c| c.name.starts_with("AddInMemory") || c.name == "AddTestUsers")
            .take(4)
            .map(|c| ev(c, format!("{}: in memory, nothing to migrate", c.name)))
            .collect();
        evidence = if in_memory.is_empty() {
            ctx.code
                .calls
                .iter()
                .filter(|c| matches!(c.name.as_str(), "AddConfigurationStore" | "AddOperationalStore"))
                .map(|c| ev(c, format!("{}: no migration call in the host", c.name)))
                .collect()
        } else {
            in_memory
        };
    }
    Outcome::pass("no migration runs on the startup path", evidence)
}

/// Whether the method holding `inner` (by name) is only reached under a mode guard. Its callers
/// are the calls of that name with an argument count its declaration accepts, so a helper
/// `Seeder.Run(app)` is not confused with `app.Run()`.
fn method_guarded(ctx: &Context, inner: &Call, method: &str, depth: usize) -> bool {
    if depth > 4 {
        return false;
    }
    // Methods the host or the framework calls at every start are the startup path itself.
    if STARTUP_METHODS.contains(&method) {
        return false;
    }
    // `services.Configure<T>(...)` is not a call of the Startup's `Configure`; any other generic
    // call (`MigrateNowAsync<TContext>(...)`) calls the generic helper of that name.
    let declaration = ctx.code.methods.iter().find(|d| d.name == method && d.contains(inner));
    let callers: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.name == method
                && (c.type_args.is_empty() || !matches!(method, "Configure" | "ConfigureServices"))
                && declaration.is_none_or(|d| (d.required..=d.total).contains(&c.args.len()))
        })
        .collect();
    callers.iter().all(|c| call_guarded(ctx, c, depth + 1))
}

/// A guard that reads a configuration flag (`GetValue<bool>("RunMigrations")`,
/// `Configuration["Db:Migrate"]`) whose Production value is `true`: the guarded code runs at
/// every production startup, so the guard guards nothing.
fn guard_on_in_production(ctx: &Context, guard: &str) -> Option<Evidence> {
    if guard.contains('!') || guard.contains("args") {
        return None;
    }
    let key = guard.split('"').nth(1)?;
    let s = setting(&ctx.settings, &key.split(':').collect::<Vec<_>>())?;
    s.value.eq_ignore_ascii_case("true").then_some(s.evidence)
}

/// Methods run on every start: the entry point, the Startup class's methods and a hosted
/// service's start methods.
const STARTUP_METHODS: &[&str] = &["Main", "Configure", "ConfigureServices", "ExecuteAsync", "StartAsync"];

fn call_guarded(ctx: &Context, c: &Call, depth: usize) -> bool {
    // Inside `if (env.IsDevelopment())`: a local database migrated by the app is dev-only.
    if c.development_only {
        return true;
    }
    if let Some(g) = &c.guard {
        return guard_on_in_production(ctx, g).is_none();
    }
    if c.in_hosted_service {
        return false;
    }
    match &c.method {
        Some(m) => method_guarded(ctx, c, m, depth),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    const PROGRAM: &str = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\nif (app.Configuration.GetValue<bool>(\"Database:RunMigrations\"))\n{\n    await db.Database.MigrateAsync();\n}\n";

    #[test]
    fn migrations_applied_by_a_script_are_where_the_pass_points() {
        let makefile = "migrate:\n\tdotnet ef database update --project src/Id\n# dotnet ef database update (old)\nbundle:\n\tdotnet ef migrations bundle -o efbundle\n";
        let o = outcome(&[
            ("src/Id/Program.cs", "builder.Services.AddIdentityServer();\n"),
            ("Makefile", makefile),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let lines: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 5], "{o:?}");
    }

    #[test]
    fn migrations_after_a_production_early_return_are_development_only() {
        let startup = "public class Startup\n{\n    public void ConfigureServices(IServiceCollection s) { s.AddIdentityServer(); }\n    public void Configure(IApplicationBuilder app) { Seed(app); }\n    private void Seed(IApplicationBuilder app)\n    {\n        if (!_env.IsDevelopment())\n            return;\n        db.Database.Migrate();\n    }\n}\n";
        let o = outcome(&[("Startup.cs", startup)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // An early return that Production does not take leaves the migration on its path.
        let o = outcome(&[(
            "Startup.cs",
            &startup.replace("!_env.IsDevelopment()", "_env.IsDevelopment()"),
        )]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn a_seeder_run_only_in_a_program_mode_is_not_confused_with_app_run() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\nif (args.Contains(\"/seed\"))\n{\n    Seeder.Run(app);\n    return;\n}\napp.Run();\n";
        let seeder = "public static class Seeder\n{\n    public static void Run(WebApplication app)\n    {\n        db.Database.Migrate();\n    }\n}\n";
        let o = outcome(&[("Program.cs", program), ("Seeder.cs", seeder)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // Called on every start, it is the startup path.
        let every_start = program.replace(
            "if (args.Contains(\"/seed\"))\n{\n    Seeder.Run(app);\n    return;\n}\n",
            "Seeder.Run(app);\n",
        );
        let o = outcome(&[("Program.cs", &every_start), ("Seeder.cs", seeder)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn asking_the_database_for_pending_migrations_is_not_a_mode_switch() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\nif ((await db.Database.GetPendingMigrationsAsync()).Any())\n{\n    await db.Database.MigrateAsync();\n}\n";
        let o = outcome(&[("Program.cs", program)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 5);
        // A program mode still is one: `migrate` on the command line.
        let tool = program.replace(
            "(await db.Database.GetPendingMigrationsAsync()).Any()",
            "args.Contains(\"migrate\")",
        );
        assert_eq!(outcome(&[("Program.cs", tool.as_str())]).status, Status::Pass);
    }

    #[test]
    fn a_migration_flag_is_evaluated_with_its_production_value() {
        let on = "{ \"Database\": { \"RunMigrations\": false } }";
        let prod_on = "{\n  \"Database\": {\n    \"RunMigrations\": true\n  }\n}";
        let o = outcome(&[("Program.cs", PROGRAM), ("appsettings.json", on)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let o = outcome(&[
            ("Program.cs", PROGRAM),
            ("appsettings.json", on),
            ("appsettings.Production.json", prod_on),
        ]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence[0].line, 5);
        assert_eq!(
            (o.related[0].file.as_str(), o.related[0].line),
            ("appsettings.Production.json", 3)
        );
    }

    #[test]
    fn a_hosted_service_that_migrates_runs_at_startup() {
        let code = "builder.Services.AddIdentityServer();\nbuilder.Services.AddHostedService<Migrator>();\npublic class Migrator : BackgroundService\n{\n    protected override async Task ExecuteAsync(CancellationToken ct)\n    {\n        await _db.Database.MigrateAsync(ct);\n    }\n}\n";
        // Another library's schema update in the same place (DevExpress XPO) runs at startup too.
        let xpo = code.replace(
            "await _db.Database.MigrateAsync(ct);",
            "uow.UpdateSchema(false, classes);",
        );
        let o = outcome(&[("Program.cs", xpo.as_str())]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 7, "{o:?}");
        let o = outcome(&[("Program.cs", code)]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence[0].line, 7);
    }

    #[test]
    fn a_migration_in_a_method_called_from_configure_runs_at_startup() {
        let code = "public class Startup\n{\n    public void ConfigureServices(IServiceCollection services)\n    {\n        services.Configure<CookiePolicyOptions>(o => {});\n        services.AddIdentityServer();\n    }\n    public void Configure(IApplicationBuilder app)\n    {\n        InitializeDatabase(app);\n    }\n    private void InitializeDatabase(IApplicationBuilder app)\n    {\n        context.Database.Migrate();\n    }\n}\n";
        let o = outcome(&[("Startup.cs", code)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 14);
    }

    #[test]
    fn a_migration_reached_only_in_development_passes() {
        let code = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    await initialiser.InitialiseAsync();\n}\npublic class Initialiser\n{\n    public async Task InitialiseAsync()\n    {\n        await _context.Database.MigrateAsync();\n    }\n}\n";
        let o = outcome(&[("Program.cs", code)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }
}
