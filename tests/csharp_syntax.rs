//! Every generated .cs file parses with tree-sitter-c-sharp (no ERROR or MISSING node) and keeps
//! the checklist's semantics, for every preset and a matrix of storage, cache, database and .NET.

use idsgen::commands::render::render_spec;
use idsgen::model::Model;
use idsgen::outputs::RenderedFile;
use idsgen::spec::types::{CacheKind, DatabaseProvider, DotnetVersion, KeyStore, Spec};
use idsgen::spec::{load, presets, validate};
use tree_sitter::{Node, Parser, Tree};

mod support;
use support::{matrix_spec, preset};

fn parse(src: &str) -> Tree {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_c_sharp::LANGUAGE.into())
        .expect("the C# grammar loads");
    parser.parse(src, None).expect("tree-sitter returns a tree")
}

/// Every node in document order.
fn nodes(tree: &Tree) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        out.push(node);
        let mut cursor = node.walk();
        let children: Vec<Node> = node.children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

fn text<'a>(node: Node, src: &'a str) -> &'a str {
    node.utf8_text(src.as_bytes()).unwrap_or("")
}

/// `path:line:col: ERROR|MISSING ...` for every broken node.
fn syntax_errors(path: &str, src: &str, tree: &Tree) -> Vec<String> {
    nodes(tree)
        .into_iter()
        .filter(|n| n.is_error() || n.is_missing())
        .map(|n| {
            let p = n.start_position();
            let what = if n.is_missing() {
                format!("MISSING {}", n.kind())
            } else {
                "ERROR".to_string()
            };
            let line = src.lines().nth(p.row).unwrap_or("");
            format!("{path}:{}:{}: {what} in `{}`", p.row + 1, p.column + 1, line.trim())
        })
        .collect()
}

/// Invocations `receiver.Name(...)`, in document order, as (receiver text, name, node).
fn member_calls<'t>(tree: &'t Tree, src: &str) -> Vec<(String, String, Node<'t>)> {
    nodes(tree)
        .into_iter()
        .filter(|n| n.kind() == "invocation_expression")
        .filter_map(|call| {
            let function = call.child_by_field_name("function")?;
            if function.kind() != "member_access_expression" {
                return None;
            }
            let receiver = function.child_by_field_name("expression")?;
            let name = function.child_by_field_name("name")?;
            // Generic names (`PersistKeysToDbContext<T>`) keep only the identifier.
            let name = text(name, src).split('<').next().unwrap_or("").to_string();
            Some((text(receiver, src).to_string(), name, call))
        })
        .collect()
}

fn ancestors(node: Node) -> Vec<Node> {
    let mut out = Vec::new();
    let mut cur = node.parent();
    while let Some(n) = cur {
        out.push(n);
        cur = n.parent();
    }
    out
}

/// The `name: value` argument of a call, if any.
fn named_argument<'t>(call: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    let args = call.child_by_field_name("arguments")?;
    let mut cursor = args.walk();
    let children: Vec<Node<'t>> = args.named_children(&mut cursor).collect();
    children
        .into_iter()
        .find(|a| a.kind() == "argument" && a.child_by_field_name("name").is_some_and(|n| text(n, src) == name))
}

/// Assignments `... .Property = value` as (property, value text).
fn assignments(tree: &Tree, src: &str) -> Vec<(String, String)> {
    nodes(tree)
        .into_iter()
        .filter(|n| n.kind() == "assignment_expression")
        .filter_map(|a| {
            let left = a.child_by_field_name("left")?;
            let right = a.child_by_field_name("right")?;
            let property = match left.kind() {
                "member_access_expression" => text(left.child_by_field_name("name")?, src),
                _ => text(left, src),
            };
            Some((property.to_string(), text(right, src).to_string()))
        })
        .collect()
}

/// Checklist semantics of Program.cs; returns the problems found.
fn check_program(path: &str, src: &str, net10: bool, trust: (usize, usize)) -> Vec<String> {
    let (proxies, networks) = trust;
    let tree = parse(src);
    let calls = member_calls(&tree, src);
    let mut problems = Vec::new();
    let mut fail = |m: String| problems.push(format!("{path}: {m}"));

    // RP2: UseForwardedHeaders is the first middleware.
    let uses: Vec<&str> = calls
        .iter()
        .filter(|(r, n, _)| r == "app" && n.starts_with("Use"))
        .map(|(_, n, _)| n.as_str())
        .collect();
    if uses.first() != Some(&"UseForwardedHeaders") {
        fail(format!("the first app.Use* call is not UseForwardedHeaders: {uses:?}"));
    }
    for wanted in ["UseHsts", "UseIdentityServer", "UseWhen"] {
        if !uses.contains(&wanted) {
            fail(format!("app.{wanted}() is missing: {uses:?}"));
        }
    }
    // TLS2 with probes exempt: UseHttpsRedirection runs inside the UseWhen branch only.
    let redirects: Vec<&Node> = calls
        .iter()
        .filter(|(_, n, _)| n == "UseHttpsRedirection")
        .map(|(_, _, c)| c)
        .collect();
    if redirects.len() != 1
        || !ancestors(*redirects[0]).iter().any(|a| {
            a.kind() == "invocation_expression" && text(*a, src).starts_with("app.UseWhen(context => !IsProbe(")
        })
    {
        fail("UseHttpsRedirection must run once, inside app.UseWhen(... !IsProbe ...)".to_string());
    }

    // RP1: the networks API of the framework.
    let all = nodes(&tree);
    let identifiers: Vec<&str> = all
        .iter()
        .filter(|n| n.kind() == "identifier")
        .map(|n| text(*n, src))
        .collect();
    if net10 {
        if identifiers.contains(&"KnownNetworks") {
            fail("net10 must use KnownIPNetworks, not the obsolete KnownNetworks (ASPDEPR005)".to_string());
        }
        let adds: Vec<&str> = calls
            .iter()
            .filter(|(r, n, _)| r == "options.KnownIPNetworks" && n == "Add")
            .map(|(_, _, c)| text(*c, src))
            .collect();
        if adds.len() != networks || !adds.iter().all(|a| a.contains("(System.Net.IPNetwork.Parse(")) {
            fail(format!(
                "net10 networks must be KnownIPNetworks.Add(System.Net.IPNetwork.Parse(..)): {adds:?}"
            ));
        }
    } else {
        if identifiers.contains(&"KnownIPNetworks") {
            fail("KnownIPNetworks does not exist on net8".to_string());
        }
        // Every IPNetwork type reference is fully qualified (a bare one is ambiguous, CS0104).
        for n in all
            .iter()
            .filter(|n| n.kind() == "identifier" && text(**n, src) == "IPNetwork")
        {
            let parent = n.parent().map(|p| text(p, src)).unwrap_or("");
            if parent != "Microsoft.AspNetCore.HttpOverrides.IPNetwork" {
                fail(format!("unqualified IPNetwork on net8: `{parent}`"));
            }
        }
        let adds = calls
            .iter()
            .filter(|(r, n, _)| r == "options.KnownNetworks" && n == "Add")
            .count();
        if adds != networks {
            fail(format!(
                "net8: {adds} KnownNetworks.Add calls for {networks} trusted networks"
            ));
        }
    }
    let proxy_adds = calls
        .iter()
        .filter(|(r, n, _)| r == "options.KnownProxies" && n == "Add")
        .count();
    if proxy_adds != proxies {
        fail(format!(
            "{proxy_adds} KnownProxies.Add calls for {proxies} trusted addresses"
        ));
    }
    if !calls
        .iter()
        .any(|(r, n, _)| r == "options.KnownProxies" && n == "Clear")
    {
        fail("KnownProxies is not cleared before the trust list".to_string());
    }

    let assigned = assignments(&tree, src);
    let value_of = |p: &str| assigned.iter().find(|(k, _)| k == p).map(|(_, v)| v.clone());
    // DB2, TLS1.
    if value_of("EnableTokenCleanup").as_deref() != Some("true") {
        fail("EnableTokenCleanup = true is missing".to_string());
    }
    match value_of("MaxAge").and_then(|v| {
        v.strip_prefix("TimeSpan.FromDays(")
            .and_then(|d| d.strip_suffix(')'))
            .and_then(|d| d.parse::<u32>().ok())
    }) {
        Some(days) if days >= 365 => {}
        other => fail(format!("HSTS MaxAge is not >= 365 days: {other:?}")),
    }
    for (p, v) in [("IncludeSubDomains", "true"), ("Preload", "true")] {
        if value_of(p).as_deref() != Some(v) {
            fail(format!("HSTS {p} is not {v}"));
        }
    }
    if value_of("IssuerUri").is_none_or(|v| !v.starts_with("\"https://")) {
        fail("IssuerUri is not an https literal".to_string());
    }

    // OBS3: every DbContext check is tagged ready; readiness filters on it, liveness runs none.
    let checks: Vec<&Node> = calls
        .iter()
        .filter(|(_, n, _)| n == "AddDbContextCheck" || n == "AddCheck")
        .map(|(_, _, c)| c)
        .collect();
    if checks.len() < 2 {
        fail(format!("expected at least two health checks, found {}", checks.len()));
    }
    for check in checks {
        let tags = named_argument(*check, "tags", src).map(|t| text(t, src));
        if !tags.is_some_and(|t| t.contains("\"ready\"")) {
            fail(format!("health check without tags: \"ready\": `{}`", text(*check, src)));
        }
    }
    let maps: Vec<String> = calls
        .iter()
        .filter(|(r, n, _)| r == "app" && n == "MapHealthChecks")
        .map(|(_, _, c)| text(*c, src).to_string())
        .collect();
    if !maps
        .iter()
        .any(|m| m.contains("Predicate = check => check.Tags.Contains(\"ready\")"))
    {
        fail(format!("no readiness endpoint filtering on the ready tag: {maps:?}"));
    }
    if !maps.iter().any(|m| m.contains("Predicate = _ => false")) {
        fail(format!("no liveness endpoint running no checks: {maps:?}"));
    }

    // MI2 on builder.Services, MI3, DP2.
    if !calls
        .iter()
        .any(|(r, n, _)| r == "builder.Services" && n == "AddOidcStateDataFormatterCache")
    {
        fail("AddOidcStateDataFormatterCache must be called on builder.Services".to_string());
    }
    for wanted in [
        "AddConfigurationStoreCache",
        "SetApplicationName",
        "AddOperationalStore",
        "EnableRetryOnFailure",
    ] {
        if !calls.iter().any(|(_, n, _)| n == wanted) {
            fail(format!("{wanted} is missing"));
        }
    }

    // DB1: no migration at startup; the migrate entry is an `if` on the arguments that returns.
    if calls.iter().any(|(_, n, _)| n == "MigrateAsync") {
        fail("Program.cs calls MigrateAsync".to_string());
    }
    let entry: Vec<&Node> = calls
        .iter()
        .filter(|(r, n, _)| r == "DatabaseMigrations" && n == "RunAsync")
        .map(|(_, _, c)| c)
        .collect();
    let guarded = entry.len() == 1
        && ancestors(*entry[0]).iter().any(|a| {
            a.kind() == "if_statement"
                && a.child_by_field_name("condition")
                    .is_some_and(|c| text(c, src) == "args is [\"migrate\"]")
                && text(*a, src).contains("return;")
        });
    if !guarded {
        fail(
            "DatabaseMigrations.RunAsync must run only under `if (args is [\"migrate\"]) { ...; return; }`".to_string(),
        );
    }
    problems
}

/// MigrateAsync runs only inside DatabaseMigrations.RunAsync.
fn check_migrations(path: &str, src: &str, ef_keys: bool) -> Vec<String> {
    let tree = parse(src);
    let calls = member_calls(&tree, src);
    let migrate: Vec<&Node> = calls
        .iter()
        .filter(|(_, n, _)| n == "MigrateAsync")
        .map(|(_, _, c)| c)
        .collect();
    let mut problems = Vec::new();
    let expected = if ef_keys { 3 } else { 2 };
    if migrate.len() != expected {
        problems.push(format!(
            "{path}: expected {expected} MigrateAsync calls, found {}",
            migrate.len()
        ));
    }
    for call in migrate {
        let in_run = ancestors(*call).iter().any(|a| {
            a.kind() == "method_declaration"
                && a.child_by_field_name("name")
                    .is_some_and(|n| text(n, src) == "RunAsync")
        });
        if !in_run {
            problems.push(format!("{path}: MigrateAsync outside DatabaseMigrations.RunAsync"));
        }
    }
    problems
}

/// Parses every .cs file and runs the semantic checks; returns all problems.
fn check_tree(label: &str, spec: &Spec, files: &[RenderedFile]) -> Vec<String> {
    let net10 = spec.project.dotnet == DotnetVersion::Net10;
    let ef_keys = matches!(spec.data_protection.key_store, KeyStore::EfDatabase);
    let mut problems = Vec::new();
    let cs: Vec<&RenderedFile> = files.iter().filter(|f| f.path.ends_with(".cs")).collect();
    // Program, migrations, seed, design-time factories; the key context; App Service's probe gate.
    let app_service = spec.hosting.target == idsgen::spec::types::Target::AzureAppService;
    let expected = 4 + usize::from(ef_keys) + usize::from(app_service);
    if cs.len() != expected {
        problems.push(format!("{label}: expected {expected} .cs files, got {}", cs.len()));
    }
    for f in cs {
        let path = format!("{label}/{}", f.path);
        problems.extend(syntax_errors(&path, &f.contents, &parse(&f.contents)));
        if f.path.ends_with("/Program.cs") {
            let forwarding = Model::from_spec(spec).forwarding;
            let trust = (forwarding.known_proxies.len(), forwarding.known_networks.len());
            problems.extend(check_program(&path, &f.contents, net10, trust));
        }
        if f.path.ends_with("/DatabaseMigrations.cs") {
            problems.extend(check_migrations(&path, &f.contents, ef_keys));
        }
        if !f.contents.starts_with("// generated by idsgen, from idsgen.yaml") {
            problems.push(format!("{path}: no generated-by header"));
        }
    }
    problems
}

#[test]
fn every_preset_renders_valid_csharp() {
    let all = presets::all();
    assert!(all.len() >= 6, "expected the six presets, found {}", all.len());
    let mut problems = Vec::new();
    for p in &all {
        let spec = load::load(p.name, p.text, &[]).expect("preset loads");
        let files = render_spec(&spec, None).expect("preset renders");
        problems.extend(check_tree(p.name, &spec, &files));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn matrix_of_choices_renders_valid_csharp() {
    let mut rendered = 0;
    let mut rejected = Vec::new();
    let mut problems = Vec::new();
    for (label, spec) in support::option_matrix() {
        let diagnostics = validate::validate(&spec);
        if !diagnostics.is_empty() {
            rejected.push((label, diagnostics));
            continue;
        }
        let files = render_spec(&spec, None).expect("valid spec renders");
        problems.extend(check_tree(&label, &spec, &files));
        rendered += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Only aws-kms without the aws-ssm store is wrong in itself: 4 stores x 2 x 2 x 2 = 32.
    for (label, diagnostics) in &rejected {
        assert!(
            label.contains("+aws-kms+") && !label.starts_with("aws-ssm"),
            "{label} was rejected unexpectedly: {diagnostics:?}"
        );
    }
    assert_eq!(
        rejected.len(),
        32,
        "rejected: {:?}",
        rejected.iter().map(|r| &r.0).collect::<Vec<_>>()
    );
    assert_eq!(rendered, 5 * 3 * 2 * 2 * 2 - 32);
}

#[test]
fn json_outputs_parse_and_hold_only_references() {
    let mut specs: Vec<(String, Spec)> = presets::all()
        .iter()
        .map(|p| (p.name.to_string(), preset(p.name)))
        .collect();
    specs.push((
        "otlp".into(),
        matrix_spec(
            "ef-database",
            "certificate",
            CacheKind::Memory,
            DatabaseProvider::Postgres,
            DotnetVersion::Net8,
            1,
        ),
    ));
    for (label, spec) in specs {
        let files = render_spec(&spec, None).expect("renders");
        let json: Vec<&RenderedFile> = files.iter().filter(|f| f.path.ends_with(".json")).collect();
        assert!(!json.is_empty(), "{label}: no JSON output");
        for f in json {
            let v: serde_json::Value =
                serde_json::from_str(&f.contents).unwrap_or_else(|e| panic!("{label}/{}: {e}", f.path));
            if !f.path.ends_with("appsettings.Production.json") {
                continue;
            }
            let levels = &v["Logging"]["LogLevel"];
            assert_eq!(levels["Default"], "Warning", "{label}");
            assert_eq!(levels["Duende.IdentityServer"], "Warning", "{label}");
            // Host filtering stays open for platform health probes; the issuer is pinned instead.
            assert_eq!(v["AllowedHosts"], "*", "{label}");
            assert_eq!(
                v["OTEL_EXPORTER_OTLP_ENDPOINT"].as_str(),
                spec.telemetry.otlp_endpoint.as_deref(),
                "{label}"
            );
            let refs = v["SecretReferences"].as_object().expect("SecretReferences object");
            assert_eq!(
                refs["ConnectionStrings__IdentityServer"],
                format!("secret:{}", spec.database.connection_string.secret).as_str()
            );
            for (key, value) in refs {
                assert!(
                    value.as_str().is_some_and(|s| s.starts_with("secret:")),
                    "{label}: {key} is not a reference"
                );
            }
            assert!(
                v.get("ConnectionStrings").is_none(),
                "{label}: connection strings in appsettings"
            );
        }
    }
}

#[test]
fn a_broken_file_is_reported_with_line_and_column() {
    // The checker must be able to fail: a missing semicolon and parenthesis are found and located.
    let src = "var x = 1\nConsole.WriteLine(x;\n";
    let errors = syntax_errors("bad.cs", src, &parse(src));
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|e| e.starts_with("bad.cs:")), "{errors:?}");
    // And a reordered pipeline is caught by the semantic check.
    let spec = preset("kubernetes");
    let files = render_spec(&spec, None).unwrap();
    let program = files.iter().find(|f| f.path.ends_with("/Program.cs")).unwrap();
    let reordered = program.contents.replacen("app.UseForwardedHeaders();", "", 1).replacen(
        "app.UseRouting();",
        "app.UseRouting();\napp.UseForwardedHeaders();",
        1,
    );
    let problems = check_program("Program.cs", &reordered, true, (0, 2));
    assert!(
        problems.iter().any(|p| p.contains("first app.Use* call")),
        "{problems:?}"
    );
    let untagged = program.contents.replace(", tags: new[] { \"ready\" }", "");
    assert!(
        check_program("Program.cs", &untagged, true, (0, 2))
            .iter()
            .any(|p| p.contains("without tags"))
    );
}
