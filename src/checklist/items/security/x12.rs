//! X12: No documentation placeholders in what gets deployed.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, SECURITY, Source};
use crate::checklist::terraform::Value;
use crate::checklist::tree::{Kind, Tree};
use crate::spec::placeholders::{self, hostnames_in, hosts_in};

/// X12 in the catalogue.
pub const ITEM: Item = Item {
    id: "X12",
    section: SECURITY,
    title: "No documentation placeholders in what gets deployed",
    applies: "always",
    breaks: "A host such as id.example.com or registry.example.com never resolves to your deployment: the issuer, redirect URIs, CORS origins, TLS names and image pulls all point nowhere, and tokens issued for it are rejected. A fill-in value (\"put your client id here\", YOUR_CLIENT_SECRET, changeme) is sent as is: the external login or API it configures rejects it.",
    fix: "Replace every placeholder with the real value: in idsgen.yaml (public.origin, clients[].redirect_uris, kubernetes.image.repository, ...) then `idsgen plan` and `idsgen apply`, or directly in the files listed.",
    source: Source::Idsgen,
    rule,
};

/// One value read from a deployed file: where, which setting, the text.
struct Read {
    file: String,
    line: usize,
    key: String,
    value: String,
}

fn rule(ctx: &Context) -> Outcome {
    let values = deployed_values(ctx);
    let read = values.len();
    let mut fails: Vec<Evidence> = Vec::new();
    for v in &values {
        // A template token nobody replaced (`"From": "{email}"`) in configuration; in C# a
        // whole-value `{id}` is a route template.
        let token = v.key != CSHARP && template_token(&v.value);
        if token || fill_in(&v.value) {
            let e = Evidence::new(
                &v.file,
                v.line,
                format!(
                    "\"{}\" in {}: a fill-in placeholder, not a value",
                    v.value.trim(),
                    v.key
                ),
            );
            if !fails.contains(&e) {
                fails.push(e);
            }
        }
        for host in hosts_in(&v.value) {
            let note = format!("{host} in {}: {}", v.key, placeholders::why(&host));
            let e = Evidence::new(&v.file, v.line, note);
            if !fails.contains(&e) {
                fails.push(e);
            }
        }
    }
    if fails.is_empty() {
        return Outcome::pass(
            format!("no documentation placeholder among {read} deployed values read"),
            named_hosts(&values),
        );
    }
    // Where the deployment's own spec names them: the place to change them once.
    let related = ctx
        .spec
        .as_ref()
        .map(|s| {
            placeholders::find(&s.spec)
                .into_iter()
                .map(|p| {
                    let keys: Vec<&str> = p.path.split('.').map(|k| k.split('[').next().unwrap_or(k)).collect();
                    s.at(&keys, format!("{} = {} in idsgen.yaml", p.path, p.value))
                })
                .collect()
        })
        .unwrap_or_default();
    Outcome::fail(format!("{} placeholder value(s) would be deployed", fails.len()), fails).with_related(related)
}

/// Where the deployment names its real hosts (an Ingress host, `server_name`, an issuer URL, a
/// domain in Terraform): what a reviewer checks the pass against. Deployment files before C#,
/// one place per file, at most six.
fn named_hosts(values: &[Read]) -> Vec<Evidence> {
    const HOST_WORDS: &[&str] = &["host", "server_name", "domain", "issuer", "origin", "authority"];
    const URL_ENDINGS: &[&str] = &["url", "uri", "urls", "uris"];
    // A bare dotted name is a host only under a host-like key, and not a file or type name.
    const NOT_TLDS: &[&str] = &[
        "json",
        "yaml",
        "yml",
        "xml",
        "dll",
        "exe",
        "cs",
        "csproj",
        "config",
        "txt",
        "pfx",
        "crt",
        "pem",
        "key",
        "conf",
        "local",
        "internal",
        "localhost",
        "svc",
        "cluster",
    ];
    // Third-party services every deployment names (an ACME directory, a registry) say nothing
    // about this deployment's own hosts; connection strings name a database, not the site.
    const THIRD_PARTY: &[&str] = &[
        "letsencrypt.org",
        "github.com",
        "githubusercontent.com",
        "microsoft.com",
        "docker.io",
        "googleapis.com",
        "nuget.org",
        "npmjs.org",
    ];
    let mut candidates: Vec<(u8, usize, &Read, String)> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let key = v.key.to_ascii_lowercase();
        if ["connection", "secret", "password"].iter().any(|k| key.contains(k)) {
            continue;
        }
        let host_word = HOST_WORDS.iter().any(|k| key.contains(k));
        let host_key = host_word || URL_ENDINGS.iter().any(|k| key.ends_with(k));
        let real = hostnames_in(&v.value).into_iter().find(|(h, url)| {
            let tld = h.rsplit('.').next().unwrap_or("");
            (*url || host_key)
                && tld.len() >= 2
                && tld.chars().all(|c| c.is_ascii_alphabetic())
                && !NOT_TLDS.contains(&tld)
                && !placeholders::is_placeholder_host(h)
                && !THIRD_PARTY.iter().any(|t| h == t || h.ends_with(&format!(".{t}")))
        });
        let Some((host, _)) = real else { continue };
        // Deployment files before C#; within them a host-named key (`host:`, `server_name`,
        // an issuer) before a URL-valued one.
        let rank = match (v.key == CSHARP, host_word, host_key) {
            (false, true, _) => 0,
            (false, false, true) => 1,
            (false, false, false) => 2,
            (true, _, _) => 3,
        };
        candidates.push((rank, i, v, host));
    }
    candidates.sort_by_key(|(rank, i, _, _)| (*rank, *i));
    let mut out: Vec<Evidence> = Vec::new();
    for (_, _, v, host) in candidates {
        if out.len() == 6 || out.iter().any(|e| e.file == v.file) {
            continue;
        }
        out.push(Evidence::new(
            &v.file,
            v.line,
            format!("{host} in {}: a real host", v.key),
        ));
    }
    out
}

/// Every literal the deployment uses, from the files that run it: the host's C# strings, its
/// production appsettings, nginx directives, Kubernetes objects and Helm values, compose and
/// container environments, Terraform attributes, variable defaults and tfvars. Comments, READMEs
/// and test projects are never read (the engine does not classify them, or leaves them out).
fn deployed_values(ctx: &Context) -> Vec<Read> {
    let mut out = Vec::new();
    let mut push = |file: &str, line: usize, key: &str, value: &str| {
        out.push(Read {
            file: file.to_string(),
            line,
            key: key.to_string(),
            value: value.to_string(),
        })
    };
    for s in ctx.code.strings.iter().filter(|s| !s.compared) {
        push(&s.file, s.line, CSHARP, &s.value);
    }
    for f in ctx.settings.production_files() {
        tree_values(&f.doc, &f.path, &mut push);
    }
    for (file, directives) in &ctx.nginx.files {
        directive_values(directives, file, &mut push);
    }
    // Templated objects repeat their chart's values (read below) at the template's lines.
    for o in ctx.kube.objects.iter().filter(|o| !o.templated) {
        tree_values(&o.doc, &o.file, &mut push);
    }
    for v in &ctx.kube.values {
        // A block the chart switches off (`ingress: {enabled: false, hosts: [chart-example.local]}`)
        // renders nothing.
        let off = switched_off_lines(&v.doc);

        tree_values(&v.doc, &v.file, &mut |file, line, key, value| {
            if !off.contains(&line) {
                push(file, line, key, value)
            }
        });
    }
    for s in &ctx.compose.services {
        if let Some(image) = &s.image {
            push(&s.file, s.line, &format!("compose service {} image", s.name), image);
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if let Some(v) = value {
            push(&file, line, &format!("env {name}"), &v);
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        push(&file, line, &key, &value);
    }
    for b in ctx.tf.blocks.iter().filter(|b| b.ident == "variable") {
        if let Some(a) = b.attr("default") {
            let key = format!(
                "variable {} default",
                b.labels.first().map(String::as_str).unwrap_or("")
            );
            tf_values(&a.value, &b.file, a.line, &key, &mut push);
        }
    }
    for (file, a) in &ctx.tf.assignments {
        tf_values(&a.value, file, a.line, &a.key, &mut push);
    }
    for v in &ctx.deploy_script_vars {
        push(&v.file, v.line, &format!("{} in the deploy script", v.name), &v.value);
    }
    out
}

/// The key of a value read from a C# string literal.
const CSHARP: &str = "a C# string";

/// The whole value is one brace-wrapped word: `{email}`, `{Password}` (not `{0}` or text with
/// a token inside).
fn template_token(value: &str) -> bool {
    value
        .trim()
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic() || c == '_'))
}

/// A value that asks to be filled in: "put your client id here", `<your-client-id>`,
/// `YOUR_CLIENT_SECRET`, `changeme`. Whole values only, so interface text ("Your password has
/// been reset") is not one.
fn fill_in(value: &str) -> bool {
    // `<Your Domain>.onmicrosoft.com`, `<your-tenant>`: an angle-bracketed "your …" inside the
    // value (not `<YourStrong!Passw0rd>`, SQL Server's sample password, a value of its own).
    let lower = value.trim().to_ascii_lowercase();
    if lower
        .match_indices("<your")
        .any(|(i, m)| lower[i + m.len()..].starts_with([' ', '-', '_']))
    {
        return true;
    }
    // `https://linking.example.net/r/YOUR_PROJECT_ID`: an upper-case `YOUR_…` token inside the
    // value, the convention for "replace this part".
    let your_token = value
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|t| {
            t.len() > 5
                && t.starts_with("YOUR_")
                && t.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        });
    if your_token {
        return true;
    }
    let v = lower;
    let v = v.trim_matches(['<', '>', '{', '}', '[', ']']);
    let here = v.contains(" here");
    let your = v
        .strip_prefix("your")
        .is_some_and(|rest| rest.starts_with(['-', '_', ' ']) && (here || !rest.contains(' ')));
    // "enter your client id here", "put the Google client secret here".
    let asks = ["put ", "insert ", "enter ", "add ", "paste "]
        .iter()
        .filter_map(|verb| v.strip_prefix(verb))
        .any(|rest| rest.starts_with("your ") || rest.starts_with("the "));
    // "PLEASE SET BEFORE USE", "to be configured", "set me": an instruction instead of a value.
    let instruction = v.ends_with("before use")
        || matches!(
            v,
            "set me"
                | "fill me"
                | "fill me in"
                | "to be set"
                | "to be configured"
                | "must be set"
                | "please set"
                | "please configure"
                | "please replace"
        );
    // `fill_in_random_token`, `fill-in-your-key`: the value names the action asked of the reader.
    let fill = ["fill_in", "fill-in", "fillin", "fill_me", "fill-me"]
        .iter()
        .any(|p| v.starts_with(p) && !v.contains(' '));
    asks && here
        || your
        || fill
        || instruction
        || matches!(
            v,
            "changeme" | "change-me" | "change_me" | "replaceme" | "replace-me" | "replace_me" | "todo" | "tbd"
        )
}

/// Lines of chart-values blocks whose `enabled` is false: the templates guarded by the flag
/// render none of the block's other values.
fn switched_off_lines(doc: &Tree) -> std::collections::BTreeSet<usize> {
    let mut off = std::collections::BTreeSet::new();
    doc.walk(&mut |_, _, node| {
        if node.get("enabled").and_then(Tree::as_bool) == Some(false) {
            node.walk(&mut |_, entry, inner| {
                off.insert(inner.line);
                if let Some(e) = entry {
                    off.insert(e.line);
                }
            });
        }
    });
    off
}

fn tree_values(doc: &Tree, file: &str, push: &mut dyn FnMut(&str, usize, &str, &str)) {
    doc.walk(&mut |path, entry, node| {
        if let Kind::Scalar(s) = &node.kind {
            let key = path.iter().rfind(|k| **k != "[]").copied().unwrap_or("value");
            push(file, entry.map_or(node.line, |e| e.line.max(node.line)), key, s);
        }
    });
}

fn directive_values(
    directives: &[crate::checklist::nginx::Directive],
    file: &str,
    push: &mut dyn FnMut(&str, usize, &str, &str),
) {
    for d in directives {
        for a in &d.args {
            push(file, d.line, &d.name, a);
        }
        directive_values(d.children(), file, push);
    }
}

fn tf_values(v: &Value, file: &str, line: usize, key: &str, push: &mut dyn FnMut(&str, usize, &str, &str)) {
    match v {
        Value::Str(s) => push(file, line, key, s),
        Value::Object(items) => {
            for (k, l, v) in items {
                tf_values(v, file, *l, k, push);
            }
        }
        Value::Array(items) => {
            for v in items {
                tf_values(v, file, line, key, push);
            }
        }
        Value::Num(_) | Value::Bool(_) | Value::Template(_) | Value::Computed => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn run(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    fn places(o: &Outcome) -> Vec<(String, usize)> {
        o.evidence.iter().map(|e| (e.file.clone(), e.line)).collect()
    }

    #[test]
    fn a_values_block_the_chart_switches_off_deploys_nothing() {
        let values = |enabled: &str| {
            format!(
                "image:\n  repository: registry.initrode.io/id\ningress:\n  enabled: {enabled}\n  hosts:\n    - host: chart-example.local\n      paths: []\n"
            )
        };
        let run_with = |enabled: &str| {
            let values = values(enabled);
            run(&[
                ("chart/Chart.yaml", "apiVersion: v2\nname: c\n"),
                ("chart/values.yaml", &values),
            ])
        };
        assert_eq!(run_with("false").status, Status::Pass);
        let o = run_with("true");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(places(&o), [("chart/values.yaml".to_string(), 6)]);
    }

    const PROGRAM: &str = "var b = WebApplication.CreateBuilder(args);\n// e.g. https://id.example.com\nb.Services.AddIdentityServer(o => {\n    o.IssuerUri = \"https://id.example.com\";\n});\n";

    #[test]
    fn fails_on_each_deployed_value_with_file_and_line() {
        let o = run(&[
            ("src/Id/Program.cs", PROGRAM),
            (
                "src/Id/appsettings.json",
                "{\n  \"Clients\": [\"https://app.example.com/cb\"],\n  \"Admin\": \"ops@example.com\"\n}\n",
            ),
            (
                "deploy/nginx/site.conf",
                "# server_name id.example.com;\nserver {\n    listen 443 ssl;\n    server_name id.test;\n}\n",
            ),
            (
                "k8s/ingress.yaml",
                "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n  rules:\n    - host: id.example.org\n",
            ),
            ("chart/Chart.yaml", "apiVersion: v2\nname: c\n"),
            (
                "chart/values.yaml",
                "image:\n  repository: registry.example.com/id\n  tag: 1.0.0\n",
            ),
            (
                "infra/variables.tf",
                "variable \"host\" {\n  type    = string\n  default = \"id.example.net\"\n}\n",
            ),
            (
                "infra/prod.tfvars",
                "public_origin = \"https://id.example.com\"\nregion = \"eu-west-1\"\n",
            ),
            (
                "docker-compose.yml",
                "services:\n  id:\n    image: id:1\n    environment:\n      IdentityServer__IssuerUri: https://login.invalid\n",
            ),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let mut got = places(&o);
        got.sort();
        let want = [
            ("chart/values.yaml", 2),
            ("deploy/nginx/site.conf", 4),
            ("docker-compose.yml", 5),
            ("infra/prod.tfvars", 1),
            ("infra/variables.tf", 3),
            ("k8s/ingress.yaml", 7),
            ("src/Id/Program.cs", 4),
            ("src/Id/appsettings.json", 2),
        ];
        assert_eq!(got, want.map(|(f, l)| (f.to_string(), l)), "{o:?}");
        assert!(
            o.evidence
                .iter()
                .any(|e| e.note.contains("id.example.com in a C# string"))
        );
    }

    #[test]
    fn real_hosts_loopback_comments_docs_and_tests_pass() {
        let o = run(&[
            (
                "src/Id/Program.cs",
                "// IssuerUri = \"https://id.example.com\"\nbuilder.Services.AddIdentityServer(o => o.IssuerUri = \"https://id.acme-corp.io\");\n",
            ),
            ("src/Id/Id.csproj", "<Project/>"),
            (
                "src/Id/appsettings.json",
                "{ \"Upstream\": \"http://127.0.0.1:5001\", \"Local\": \"http://localhost:5000\" }",
            ),
            (
                "src/Id/appsettings.Development.json",
                "{ \"Issuer\": \"https://id.example.com\" }",
            ),
            ("README.md", "Set the origin, e.g. https://id.example.com"),
            (
                "tests/Id.Tests/Id.Tests.csproj",
                "<Project><ItemGroup><ProjectReference Include=\"../../src/Id/Id.csproj\" /></ItemGroup></Project>",
            ),
            ("tests/Id.Tests/Tests.cs", "var issuer = \"https://id.example.com\";"),
            (
                "infra/terraform.tfvars.example",
                "origin = \"https://id.example.com\"\n",
            ),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // The pass cites the real host it read, not loopback or a file name.
        let cited: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(cited, vec![("src/Id/Program.cs", 2)], "{o:?}");
    }

    #[test]
    fn the_pass_cites_deployment_hosts_before_code() {
        let o = run(&[
            (
                "src/Id/Program.cs",
                "builder.Services.AddIdentityServer(o => o.IssuerUri = \"https://id.acme-corp.io\");\nvar f = \"keys.json\";\n",
            ),
            ("src/Id/Id.csproj", "<Project/>"),
            (
                "deploy/nginx.conf",
                "server {\n  listen 443 ssl;\n  server_name id.acme-corp.io;\n}\n",
            ),
            (
                "infra/main.tf",
                "locals {\n  domain_root = \"acme-corp.io\"\n  settings_file = \"appsettings.json\"\n}\n",
            ),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let cited: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(
            cited,
            vec![("deploy/nginx.conf", 3), ("infra/main.tf", 2), ("src/Id/Program.cs", 1)],
            "{o:?}"
        );
    }

    #[test]
    fn settings_files_added_through_an_interpolated_path_are_deployed_values() {
        let program = "builder.Services.AddIdentityServer();\nforeach (var area in Areas)\n    builder.Configuration.AddJsonFile($\"Configurations/{area}.json\").AddJsonFile($\"Configurations/{area}.{env}.json\", optional: true);\n";
        let mail = "{\n  \"Mail\": {\n    \"From\": \"{email}\"\n  }\n}\n";
        let o = run(&[
            ("src/Id/Id.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
            ("src/Id/Program.cs", program),
            ("src/Id/Configurations/mail.json", mail),
            (
                "src/Id/Configurations/login.Development.json",
                "{ \"Login\": { \"Secret\": \"changeme\" } }",
            ),
        ]);
        assert_eq!(
            places(&o),
            [("src/Id/Configurations/mail.json".to_string(), 3)],
            "{o:?}"
        );
    }

    #[test]
    fn a_placeholder_the_code_compares_against_is_not_deployed() {
        let program = "builder.Services.AddIdentityServer();\nvar key = config[\"EmailApiKey\"];\nif (key != \"change-me\" && !\"changeme\".Equals(key))\n{\n    services.AddEmail(key);\n}\nvar fallback = \"change-me\";\n";
        let o = run(&[("src/Id/Program.cs", program)]);
        assert_eq!(places(&o), [("src/Id/Program.cs".to_string(), 7)], "{o:?}");
    }

    #[test]
    fn fill_in_values_fail_and_interface_text_does_not() {
        let settings = "{\n  \"Authentication\": {\n    \"Google\": {\n      \"ClientId\": \"put your google client id here\",\n      \"ClientSecret\": \"<YOUR_CLIENT_SECRET>\"\n    }\n  },\n  \"Banner\": \"Your password has been reset\"\n}\n";
        let o = run(&[("src/Id/appsettings.json", settings)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            places(&o),
            [
                ("src/Id/appsettings.json".to_string(), 4),
                ("src/Id/appsettings.json".to_string(), 5)
            ]
        );
        for (value, want) in [
            ("your-client-id", true),
            ("changeme", true),
            ("<Your Domain>.onmicrosoft.com", true),
            ("<YourStrong!Passw0rd>", false),
            ("Enter your password", false),
            ("enter the Google client ID here", true),
            ("Paste the signing key here", true),
            ("Enter the code we sent you", false),
            ("Your account is locked", false),
            ("acme-portal", false),
            ("PLEASE SET BEFORE USE", true),
            ("https://linking.acme.net/r/YOUR_PROJECT_ID", true),
            ("YOURS_TRULY", false),
            ("to be configured", true),
            ("Please set a new password", false),
        ] {
            assert_eq!(fill_in(value), want, "{value}");
        }
        for (value, want) in [
            ("{email}", true),
            ("{Password}", true),
            ("{0}", false),
            ("Hello {name}", false),
        ] {
            assert_eq!(template_token(value), want, "{value}");
        }
        // In C# a whole-value token is a route template, not a fill-in.
        let o = run(&[(
            "src/Id/Program.cs",
            "builder.Services.AddIdentityServer();\napp.MapGet(\"{id}\", Get);\n",
        )]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn the_spec_shows_where_to_change_it_once() {
        let spec = "version: 1\nproject: { name: Acme.Identity, dotnet: net10, duende: 8 }\n";
        let o = run(&[("src/Id/Program.cs", PROGRAM), ("idsgen.yaml", spec)]);
        assert_eq!(o.status, Status::Fail);
        // An unreadable spec adds nothing; a readable one is tested through the presets.
        assert!(o.related.is_empty());
    }
}
