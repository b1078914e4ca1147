//! Property test: arbitrary text (quotes, backslashes, newlines, braces, `${`, `{{`, `%{`, `*/`,
//! `"""`) in every free-text spec field keeps every C# and JSON output parseable and round-trips.

use idsgen::model::Model;
use idsgen::outputs::{RenderedFile, generate};
use idsgen::render::Templates;
use idsgen::spec::types::{
    CacheKind, DotnetVersion, KeyProtection, KeyStore, LogLevel, Redis, RedisHosting, RedisPersistence, SecretRef, Spec,
};
use idsgen::spec::{load, presets};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use tree_sitter::{Node, Parser, Tree};

fn parse(src: &str) -> Tree {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_c_sharp::LANGUAGE.into())
        .expect("the C# grammar loads");
    parser.parse(src, None).expect("tree-sitter returns a tree")
}

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

/// The value a C# regular string literal denotes, or None for forms the filter never writes.
fn decode_literal(node: Node, src: &str) -> Option<String> {
    let mut out = String::new();
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        let t = child.utf8_text(src.as_bytes()).ok()?;
        match child.kind() {
            "\"" => {}
            "string_literal_content" => out.push_str(t),
            "escape_sequence" => out.push(unescape(t)?),
            _ => return None,
        }
    }
    Some(out)
}

fn unescape(e: &str) -> Option<char> {
    let hex = |h: &str| u32::from_str_radix(h, 16).ok().and_then(char::from_u32);
    Some(match e {
        "\\\"" => '"',
        "\\'" => '\'',
        "\\\\" => '\\',
        "\\0" => '\0',
        "\\a" => '\u{7}',
        "\\b" => '\u{8}',
        "\\f" => '\u{c}',
        "\\n" => '\n',
        "\\r" => '\r',
        "\\t" => '\t',
        "\\v" => '\u{b}',
        _ if e.starts_with("\\u") || e.starts_with("\\U") || e.starts_with("\\x") => hex(&e[2..])?,
        _ => return None,
    })
}

/// Checks syntax; returns every decoded string literal of the file.
fn csharp_literals(path: &str, src: &str) -> Result<Vec<String>, String> {
    let tree = parse(src);
    let all = nodes(&tree);
    if let Some(bad) = all.iter().find(|n| n.is_error() || n.is_missing()) {
        let p = bad.start_position();
        let line = src.lines().nth(p.row).unwrap_or("");
        return Err(format!(
            "{path}:{}:{}: {} in `{line}`",
            p.row + 1,
            p.column + 1,
            if bad.is_missing() { "MISSING" } else { "ERROR" }
        ));
    }
    Ok(all
        .into_iter()
        .filter(|n| n.kind() == "string_literal")
        .filter_map(|n| decode_literal(n, src))
        .collect())
}

/// Free text with the characters and sequences that break naive escaping, plus any character.
fn nasty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "\"", "\\", "\n", "\r", "\t", "{", "}", "${", "{{", "}}", "%{", "*/", "/*", "//", "\"\"\"", "'",
            "<!--", "-->", "\u{2028}", "\u{85}", "\0", "@\"", "$\"", "#", ":", "__", "`", "\\u0022",
        ])
        .prop_map(str::to_string),
        2 => any::<char>().prop_map(|c| c.to_string()),
        2 => "[a-zA-Z0-9/._-]{1,6}",
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

/// One fuzzed value per free-text field.
#[derive(Debug, Clone)]
struct Texts {
    client_id: String,
    client_name: String,
    redirect: String,
    post_logout: String,
    cors: String,
    scope: String,
    m2m_id: String,
    secret_name: String,
    store_text: String,
    protection_text: String,
    application_name: String,
    display_claim: String,
    ready_path: String,
    live_path: String,
    metrics_path: String,
    path_base: String,
    category: String,
    otlp: String,
    hop_name: String,
    origin: String,
}

fn texts() -> impl Strategy<Value = Texts> {
    (
        (nasty(), nasty(), nasty(), nasty(), nasty(), nasty(), nasty()),
        (nasty(), nasty(), nasty(), nasty(), nasty(), nasty(), nasty()),
        (nasty(), nasty(), nasty(), nasty(), nasty(), nasty()),
    )
        .prop_map(|(a, b, c)| Texts {
            client_id: a.0,
            client_name: a.1,
            redirect: a.2,
            post_logout: a.3,
            cors: a.4,
            scope: a.5,
            m2m_id: a.6,
            secret_name: b.0,
            store_text: b.1,
            protection_text: b.2,
            application_name: b.3,
            display_claim: b.4,
            ready_path: b.5,
            live_path: b.6,
            metrics_path: c.0,
            path_base: c.1,
            category: c.2,
            otlp: c.3,
            hop_name: c.4,
            origin: c.5,
        })
}

/// The kubernetes preset with every free-text field replaced and one storage combination.
fn spec_with(t: &Texts, variant: usize) -> Spec {
    let p = presets::find("kubernetes").expect("preset exists");
    let mut spec = load::load("kubernetes", p.text, &[]).expect("preset is valid");
    let spa = &mut spec.clients[0];
    spa.id = t.client_id.clone();
    spa.name = Some(t.client_name.clone());
    spa.redirect_uris = vec![t.redirect.clone()];
    spa.post_logout_redirect_uris = vec![t.post_logout.clone()];
    spa.cors_origins = vec![t.cors.clone()];
    spa.scopes = vec!["openid".into(), t.scope.clone()];
    let m2m = &mut spec.clients[1];
    m2m.id = t.m2m_id.clone();
    m2m.secret = Some(SecretRef {
        secret: t.secret_name.clone(),
    });
    spec.database.connection_string.secret = t.secret_name.clone();
    spec.license.key.secret = t.secret_name.clone();
    spec.data_protection.application_name = t.application_name.clone();
    spec.sessions.user_display_name_claim_type = t.display_claim.clone();
    spec.health.ready_path = t.ready_path.clone();
    spec.health.live_path = t.live_path.clone();
    spec.health.metrics_path = t.metrics_path.clone();
    spec.telemetry.prometheus = true;
    spec.public.path_base = Some(t.path_base.clone());
    spec.public.origin = t.origin.clone();
    spec.logging.categories.insert(t.category.clone(), LogLevel::Error);
    spec.telemetry.otlp_endpoint = Some(t.otlp.clone());
    spec.proxy.hops[0].name = Some(t.hop_name.clone());
    let text = t.store_text.clone();
    let protect = t.protection_text.clone();
    (spec.data_protection.key_store, spec.data_protection.key_protection) = match variant {
        0 => (
            KeyStore::AzureBlob { blob_uri: text },
            KeyProtection::AzureKeyVault { key_id: protect },
        ),
        1 => (
            KeyStore::FileSystem { path: text },
            KeyProtection::Certificate {
                // The chart mounts the PFX's directory, which must be a directory of its own.
                path: format!("/var/run/secrets/idsrv-dp/{protect}.pfx"),
                password: Some(SecretRef {
                    secret: t.secret_name.clone(),
                }),
            },
        ),
        2 => (
            KeyStore::AwsSsm { parameter_prefix: text },
            KeyProtection::AwsKms { key_id: protect },
        ),
        _ => (
            KeyStore::Redis { redis_key: text },
            KeyProtection::Certificate {
                // The chart mounts the PFX's directory, which must be a directory of its own.
                path: format!("/var/run/secrets/idsrv-dp/{protect}.pfx"),
                password: None,
            },
        ),
    };
    spec.cache.kind = if variant == 1 {
        CacheKind::Memory
    } else {
        CacheKind::Redis
    };
    spec.redis = (variant != 1).then(|| Redis {
        connection_string: SecretRef {
            secret: t.secret_name.clone(),
        },
        hosting: RedisHosting::Managed,
        persistence: RedisPersistence::Aof,
        maxmemory_policy: "noeviction".into(),
    });
    if variant == 1 {
        spec.project.dotnet = DotnetVersion::Net8;
        spec.project.duende = 7;
    }
    spec
}

/// Renders the spec and checks syntax and round-trips; returns what went wrong.
fn check(templates: &Templates, t: &Texts, variant: usize) -> Result<(), String> {
    let spec = spec_with(t, variant);
    let model = Model::from_spec(&spec);
    let files: Vec<RenderedFile> = generate(&model, templates).map_err(|e| format!("render failed: {e}"))?;
    let mut literals = Vec::new();
    for f in files.iter().filter(|f| f.path.ends_with(".cs")) {
        literals.extend(csharp_literals(&f.path, &f.contents)?);
    }
    let mut expect_cs: Vec<(&str, String)> = vec![
        ("client id", t.client_id.clone()),
        ("client name", t.client_name.clone()),
        ("redirect uri", t.redirect.clone()),
        ("post-logout uri", t.post_logout.clone()),
        ("cors origin", t.cors.clone()),
        ("m2m id", t.m2m_id.clone()),
        ("key store text", t.store_text.clone()),
        (
            "key protection text",
            match &spec.data_protection.key_protection {
                KeyProtection::Certificate { path, .. } => path.clone(),
                _ => t.protection_text.clone(),
            },
        ),
        ("application name", t.application_name.clone()),
        ("display name claim", t.display_claim.clone()),
        ("ready path", t.ready_path.clone()),
        ("live path", t.live_path.clone()),
        ("metrics path", t.metrics_path.clone()),
        ("issuer", model.issuer.clone()),
    ];
    if t.scope != "offline_access" {
        expect_cs.push(("scope", t.scope.clone()));
    }
    if !t.path_base.is_empty() && t.path_base != "/" {
        expect_cs.push(("path base", t.path_base.clone()));
    }
    for (field, value) in expect_cs {
        if !literals.contains(&value) {
            return Err(format!("{field} {value:?} does not round-trip through a C# literal"));
        }
    }
    for f in files.iter().filter(|f| f.path.ends_with(".json")) {
        let v: serde_json::Value =
            serde_json::from_str(&f.contents).map_err(|e| format!("{}: {e}\n{}", f.path, f.contents))?;
        if !f.path.ends_with("appsettings.Production.json") {
            continue;
        }
        let fixed = ["Default", "Duende.IdentityServer", "Microsoft.AspNetCore"];
        if !fixed.contains(&t.category.as_str()) && v["Logging"]["LogLevel"][&t.category] != "Error" {
            return Err(format!("category {:?} does not round-trip: {}", t.category, f.contents));
        }
        // An empty endpoint is no endpoint: the key is left out and the environment decides.
        let otlp = Some(t.otlp.as_str()).filter(|e| !e.is_empty());
        if v["OTEL_EXPORTER_OTLP_ENDPOINT"].as_str() != otlp {
            return Err(format!("OTLP endpoint {:?} does not round-trip", t.otlp));
        }
        let reference = format!("secret:{}", t.secret_name);
        if v["SecretReferences"]["ConnectionStrings__IdentityServer"] != reference.as_str() {
            return Err(format!("secret reference {reference:?} does not round-trip"));
        }
    }
    Ok(())
}

#[test]
fn arbitrary_text_never_breaks_csharp_or_json_and_round_trips() {
    let templates = Templates::embedded().expect("embedded templates load");
    let mut runner = TestRunner::new(Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&texts(), |t| {
            for variant in 0..4 {
                if let Err(e) = check(&templates, &t, variant) {
                    return Err(TestCaseError::fail(format!("variant {variant}: {e}")));
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_checks_can_fail() {
    // A literal the filter would never write decodes as the C# compiler reads it, and an
    // unescaped quote is a syntax error the checker reports with its position.
    let ok = "var s = \"a\\\"b\\u0041\\n\";";
    assert_eq!(csharp_literals("ok.cs", ok).unwrap(), vec!["a\"bA\n".to_string()]);
    let broken = "var s = \"a\"b\";";
    let err = csharp_literals("bad.cs", broken).unwrap_err();
    assert!(err.starts_with("bad.cs:1:"), "{err}");
}
