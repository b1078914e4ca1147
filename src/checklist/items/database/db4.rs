//! DB4: Connection resilience: retry on transient failures.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, Item, Source};

/// DB4 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB4",
    section: DATABASE,
    title: "Connection resilience: retry on transient failures",
    applies: "when the host configures an EF database provider",
    breaks: "A failover or a throttled connection surfaces as 500s on token requests instead of a retried query.",
    fix: "Pass sql => sql.EnableRetryOnFailure(maxRetryCount: 5) to every UseSqlServer/UseNpgsql, including those in the stores' ConfigureDbContext.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let providers: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| super::RELATIONAL_PROVIDERS.contains(&c.name.as_str()) && !c.development_only)
        .collect();
    // Aspire's EF Core client integrations register the context with EnableRetryOnFailure
    // unless their settings say `DisableRetry = true` (dotnet/docs-aspire,
    // docs/database/postgresql-entity-framework-component.md: "Automatically configures …
    // Automatic retries"; NpgsqlEntityFrameworkCorePostgreSQLSettings.DisableRetry, default false).
    let aspire: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| ASPIRE_EF.contains(&c.name.as_str()) && !c.development_only)
        .collect();
    let retry_disabled = |c: &Call| {
        c.args.iter().any(|a| {
            let t: String = a.text.chars().filter(|ch| !ch.is_whitespace()).collect();
            t.contains("DisableRetry=true") || t.contains("Retry=false")
        })
    };
    if providers.is_empty() && aspire.is_empty() {
        return Outcome::na("no relational EF provider call (UseSqlServer/UseNpgsql/UseSqlite/...) in the host");
    }
    let retries = |c: &Call| c.name == "EnableRetryOnFailure" || c.name == "ExecutionStrategy";
    let anywhere = ctx.code.calls.iter().any(retries);
    // Helpers of the closure that install the retry (`sql.EnableCustomRetryOnFailure()` in a
    // shared project, whose body calls ExecutionStrategy or EnableRetryOnFailure).
    let helpers: Vec<&str> = ctx
        .code
        .methods
        .iter()
        .filter(|m| {
            ctx.code
                .calls
                .iter()
                .any(|c| retries(c) && c.file == m.file && (m.start..m.end).contains(&c.offset))
        })
        .map(|m| m.name.as_str())
        .collect();
    let lacking: Vec<Evidence> = providers
        .iter()
        .filter(|c| {
            let has = c.args.iter().any(|a| {
                a.text.contains("EnableRetryOnFailure")
                    || a.text.contains("ExecutionStrategy")
                    || helpers.iter().any(|h| a.text.contains(&format!("{h}(")))
            });
            // An options delegate passed by name (`UseSqlServer(cs, sqlOptions)`) is checked by
            // whether the host configures retries anywhere.
            let by_name = c
                .args
                .iter()
                .skip(1)
                .any(|a| a.text.chars().all(|ch| ch.is_alphanumeric() || ch == '_'))
                && anywhere;
            !has && !by_name
        })
        .map(|c| match c.name.as_str() {
            // The SQLite provider has no retrying strategy to enable (no EnableRetryOnFailure on
            // its options builder); only a custom ExecutionStrategy retries there.
            "UseSqlite" => ev(c, "UseSqlite: SQLite has no retrying execution strategy"),
            _ => ev(c, format!("{} without EnableRetryOnFailure", c.name)),
        })
        .collect();
    let mut lacking = lacking;
    lacking.extend(
        aspire
            .iter()
            .filter(|c| retry_disabled(c))
            .map(|c| ev(c, format!("{} with retries disabled", c.name))),
    );
    if !lacking.is_empty() {
        return Outcome::fail("some database connections do not retry transient failures", lacking);
    }
    // Each provider call's retry call (`.EnableRetryOnFailure()` inside its options delegate),
    // where the reader sees the strategy; else the provider call.
    let retry_at = |c: &Call| {
        ctx.code
            .calls
            .iter()
            .filter(|r| r.file == c.file && r.offset > c.offset && r.enclosing.contains(&c.name))
            .find(|r| retries(r) || helpers.contains(&r.name.as_str()))
            .map(|r| ev(r, format!("{} retries on failure ({})", c.name, r.name)))
            .unwrap_or_else(|| ev(c, &c.name))
    };
    let mut at: Vec<Evidence> = providers.iter().map(|c| retry_at(c)).collect();
    at.extend(
        aspire
            .iter()
            .map(|c| ev(c, format!("{}: Aspire enables retry on failure by default", c.name))),
    );
    Outcome::pass("every provider call enables retry on failure", at)
}

/// Aspire's EF Core client integrations (Aspire.Npgsql.EntityFrameworkCore.PostgreSQL,
/// Aspire.Microsoft.EntityFrameworkCore.SqlServer, Aspire.Pomelo.EntityFrameworkCore.MySql,
/// Aspire.Oracle.EntityFrameworkCore): registration and enrichment both configure retries.
const ASPIRE_EF: &[&str] = &[
    "AddNpgsqlDbContext",
    "EnrichNpgsqlDbContext",
    "AddSqlServerDbContext",
    "EnrichSqlServerDbContext",
    "AddMySqlDbContext",
    "EnrichMySqlDbContext",
    "AddOracleDatabaseDbContext",
    "EnrichOracleDatabaseDbContext",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn a_helper_in_another_project_that_installs_the_retry_strategy_counts() {
        let startup = "builder.Services.AddIdentityServer();\nbuilder.Services.AddDbContext<Db>(o => o.UseSqlServer(cs, sql => sql.EnableCustomRetryOnFailure()));\n";
        let helper = "public static class SqlRetry\n{\n    public static SqlServerDbContextOptionsBuilder EnableCustomRetryOnFailure(this SqlServerDbContextOptionsBuilder b)\n    {\n        return b.ExecutionStrategy(d => new MyRetryingStrategy(d));\n    }\n}\n";
        let run = |helper: &str| {
            let files = vec![
                ("Program.cs".to_string(), startup.to_string()),
                ("Common/SqlRetry.cs".to_string(), helper.to_string()),
            ];
            rule(&Context::build(&files))
        };
        assert_eq!(run(helper).status, Status::Pass);
        // A helper of that name that installs nothing is no retry.
        let o = run(&helper.replace(
            "return b.ExecutionStrategy(d => new MyRetryingStrategy(d));",
            "return b;",
        ));
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn aspire_registrations_retry_unless_disabled_and_a_development_only_provider_is_not_production() {
        let run = |program: &str| rule(&Context::build(&[("Program.cs".to_string(), program.to_string())]));
        let aspire = "builder.Services.AddIdentityServer();\nbuilder.AddNpgsqlDbContext<Db>(\"db\");\nif (builder.Environment.IsDevelopment())\n{\n    builder.Services.AddDbContext<Other>(o => o.UseSqlite(\"Data Source=dev.db\"));\n}\n";
        let o = run(aspire);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(o.evidence.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2]);
        let disabled = aspire.replace(
            "AddNpgsqlDbContext<Db>(\"db\")",
            "AddNpgsqlDbContext<Db>(\"db\", s => s.DisableRetry = true)",
        );
        assert_eq!(run(&disabled).status, Status::Fail);
    }

    #[test]
    fn sqlite_without_a_custom_execution_strategy_does_not_retry() {
        let run = |options: &str| {
            let program = format!(
                "builder.Services.AddIdentityServer();\nbuilder.Services.AddDbContext<Db>(o => o.UseSqlite(cs{options}));\n"
            );
            rule(&Context::build(&[("Program.cs".to_string(), program)]))
        };
        let o = run(", s => s.MigrationsAssembly(\"Id\")");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(
            o.evidence[0].note.contains("SQLite has no retrying execution strategy"),
            "{o:?}"
        );
        assert_eq!(
            run(", s => s.ExecutionStrategy(d => new Retrying(d))").status,
            Status::Pass
        );
    }
}
