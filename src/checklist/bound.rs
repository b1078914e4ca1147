//! Options that come from configuration, not code: the production value of an appsettings key
//! (the `.Production` overlay wins), and the sections code binds to options
//! (`AddIdentityServer(configuration.GetSection("X"))`, `Configure<T>(section)`, `Bind`).

use crate::checklist::appsettings::AppSettings;
use crate::checklist::csharp::{Call, Code};
use crate::checklist::finding::Evidence;
use crate::checklist::tree::Tree;
use std::collections::BTreeSet;

/// A scalar setting as Production sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The value as text (`true`, `90.00:00:00`, `Warning`).
    pub value: String,
    /// Where it is set.
    pub evidence: Evidence,
}

fn scalar(t: &Tree) -> Option<String> {
    t.as_str()
        .map(str::to_string)
        .or_else(|| t.as_bool().map(|b| b.to_string()))
        .or_else(|| t.as_u64().map(|n| n.to_string()))
}

/// The production value of `path` (case-insensitive keys, as .NET configuration reads them):
/// the last of base file then `.Production` overlay that sets it.
pub fn setting(settings: &AppSettings, path: &[&str]) -> Option<Setting> {
    let mut files: Vec<_> = settings.production_files().collect();
    files.sort_by_key(|f| f.environment.is_some());
    let mut found = None;
    for f in files {
        let mut node = &f.doc;
        let mut line = 1;
        let mut ok = true;
        for key in path {
            match node.entry_ci(key) {
                Some(e) => {
                    line = e.line;
                    node = &e.value;
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && let Some(v) = scalar(node) {
            found = Some(Setting {
                evidence: Evidence::new(&f.path, line, format!("{} = {v}", path.join(":"))),
                value: v,
            });
        }
    }
    found
}

/// The configuration section bound to `IdentityServerOptions`, with the binding call:
/// `AddIdentityServer(configuration.GetSection("X"))`, `Configure<IdentityServerOptions>(…
/// GetSection("X"))` or `GetSection("X").Bind(options)` inside `AddIdentityServer(options => …)`.
pub fn identityserver_section(code: &Code) -> Option<(String, Evidence)> {
    for c in &code.calls {
        let binds = match c.name.as_str() {
            "AddIdentityServer" => c.args.iter().any(|a| a.text.contains("GetSection")),
            "Configure" => c.type_args.ends_with("IdentityServerOptions"),
            "Bind" => c.enclosing.iter().any(|e| e == "AddIdentityServer"),
            _ => false,
        };
        if !binds {
            continue;
        }
        let text = match c.name.as_str() {
            "Bind" => c.receiver.clone().unwrap_or_default(),
            _ => c.args_text(),
        };
        // `options => section.Bind(options)` with `var section = configuration.GetSection(…)`
        // earlier in the method.
        let from_variable = || {
            c.receiver
                .as_deref()
                .filter(|r| r.chars().all(|ch| ch.is_alphanumeric() || ch == '_'))?;
            let mut sections = code
                .calls
                .iter()
                .filter(|g| g.name == "GetSection" && g.file == c.file && g.method == c.method && g.offset < c.offset)
                .filter_map(section_arg);
            let first = sections.next()?;
            sections.next().is_none().then_some(first)
        };
        let section = section_name(&text).or_else(|| (c.name == "Bind").then(from_variable).flatten());
        if let Some(section) = section {
            return Some((
                section.clone(),
                Evidence::new(&c.file, c.line, format!("options bound to \"{section}\"")),
            ));
        }
    }
    None
}

/// `X` in `GetSection("X")` or `GetSection(nameof(X))`.
fn section_name(text: &str) -> Option<String> {
    let rest = text.split("GetSection(").nth(1)?.trim_start();
    if let Some(name) = rest.strip_prefix("nameof(") {
        let inner = name.split(')').next()?;
        return Some(inner.rsplit('.').next()?.trim().to_string());
    }
    let rest = rest.strip_prefix('"')?;
    Some(rest.split('"').next()?.to_string())
}

/// An IdentityServer option by dotted path (`Events.RaiseSuccessEvents`) from the bound
/// configuration section, if code binds one and Production configuration sets it.
pub fn identityserver_setting(code: &Code, settings: &AppSettings, dotted: &str) -> Option<Setting> {
    let (section, _) = identityserver_section(code)?;
    let mut path: Vec<&str> = section.split(':').collect();
    path.extend(dotted.split('.'));
    setting(settings, &path)
}

/// Whether the branch of an `if` that holds `call` runs in Production, when its condition is a
/// flag of a configuration section the same method reads: `if (settings.TrustEveryone)` with
/// `var settings = configuration.GetSection("ProxyHeaders").Get<T>()` earlier in the method and
/// `ProxyHeaders:TrustEveryone` set in Production configuration. `Some((runs, where it is set))`
/// when the value is known; `None` for any other condition (it is then assumed to run).
pub fn branch_in_production(code: &Code, settings: &AppSettings, call: &Call) -> Option<(bool, Evidence)> {
    // Every enclosing `if` must be taken; one known not to be decides. Unknown conditions are
    // assumed to run.
    let mut taken = None;
    for branch in &call.branches {
        if let Some((negated, feature)) = feature_condition(&branch.condition)
            && let Some((value, evidence)) = feature_value(settings, &feature)
        {
            if (value != negated) != branch.taken {
                return Some((false, evidence));
            }
            taken = Some((true, evidence));
            continue;
        }
        if let Some((holds, evidence)) = config_condition(settings, &branch.condition) {
            if holds != branch.taken {
                return Some((false, evidence));
            }
            taken = Some((true, evidence));
            continue;
        }
        let Some((negated, flag)) = flag_condition(&branch.condition) else {
            continue;
        };
        let Some(found) = section_member(code, settings, &call.file, call.method.as_deref(), &flag) else {
            continue;
        };
        let value = match found.value.to_ascii_lowercase().as_str() {
            "true" => true,
            "false" => false,
            _ => continue,
        };
        let holds = value != negated;
        if holds != branch.taken {
            return Some((false, found.evidence));
        }
        taken = Some((true, found.evidence));
    }
    taken
}

/// The Production value of a value expression `x.Prop` in `method` of `file`, where the method
/// reads a configuration section into `x` (`var x = configuration.GetSection("S").Get<T>()`):
/// the setting `S:Prop`. `None` for any other expression, or when two sections the method
/// reads both set `Prop` (which one `x` holds is then unknown).
pub fn bound_value(
    code: &Code,
    settings: &AppSettings,
    file: &str,
    method: Option<&str>,
    expr: &str,
) -> Option<Setting> {
    let expr: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
    let (owner, prop) = expr.rsplit_once('.')?;
    let ident = |t: &str| !t.is_empty() && t.chars().all(|ch| ch.is_alphanumeric() || ch == '_');
    if !ident(owner) || !ident(prop) || !prop.chars().next()?.is_uppercase() {
        return None;
    }
    section_member(code, settings, file, method, prop)
}

fn section_member(
    code: &Code,
    settings: &AppSettings,
    file: &str,
    method: Option<&str>,
    prop: &str,
) -> Option<Setting> {
    let read = |same_method: bool| -> BTreeSet<String> {
        code.calls
            .iter()
            .filter(|c| !same_method || (c.file == file && c.method.as_deref() == method))
            .filter_map(section_read)
            .collect()
    };
    let value_in = |sections: &BTreeSet<String>| -> Vec<Setting> {
        sections
            .iter()
            .filter_map(|section| {
                let mut path: Vec<&str> = section.split(':').collect();
                path.push(prop);
                setting(settings, &path)
            })
            .collect()
    };
    // The method's own sections; else (settings passed in as a parameter) every section the code
    // reads, when all of those that set the flag agree on its value.
    let here = value_in(&read(true));
    let found = if here.is_empty() { value_in(&read(false)) } else { here };
    let first = found.first()?.clone();
    found
        .iter()
        .all(|s| s.value.eq_ignore_ascii_case(&first.value))
        .then_some(first)
}

/// The section a call reads: `GetSection("S")`, or a typed settings helper named for its type
/// (`services.ReadSettings<IssuerSettings>(nameof(IssuerSettings))`, `GetOptions<T>("T")`).
/// The configuration keys a member path on a bound options object may read: for
/// `Config.Self.PublicOrigin` and a section `App` the code reads (`GetSection("App").Get<Config>()`),
/// `App:Self:PublicOrigin`; one key per section read anywhere in `code`, in order. Empty unless
/// `expr` is a dotted path of identifiers whose members start upper case.
pub fn bound_member_keys(code: &Code, expr: &str) -> Vec<String> {
    let expr: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
    let parts: Vec<&str> = expr.split('.').collect();
    let ident = |t: &str| !t.is_empty() && t.chars().all(|ch| ch.is_alphanumeric() || ch == '_');
    if parts.len() < 2
        || !parts.iter().all(|p| ident(p))
        || !parts[1..].iter().all(|p| p.starts_with(char::is_uppercase))
    {
        return Vec::new();
    }
    let members = parts[1..].join(":");
    let sections: BTreeSet<String> = code.calls.iter().filter_map(section_read).collect();
    sections.into_iter().map(|s| format!("{s}:{members}")).collect()
}

fn section_read(c: &Call) -> Option<String> {
    if c.name == "GetSection" {
        return section_arg(c);
    }
    let ty = c.type_args.rsplit('.').next()?.trim();
    if ty.is_empty() || c.args.len() != 1 {
        return None;
    }
    section_arg(c).filter(|s| s == ty)
}

/// The section a `GetSection(…)` call names: a string literal or `nameof(T)` (→ `T`).
pub fn section_arg(c: &Call) -> Option<String> {
    if let Some(s) = c.strings().next() {
        return Some(s.to_string());
    }
    let text = c.args_text();
    let inner = text.trim().strip_prefix("nameof(")?.strip_suffix(')')?;
    Some(inner.rsplit('.').next()?.trim().to_string())
}

/// `x.Flag`, `!x.Flag`, `x.Flag == true`, `x.Flag != false` (…): (negated, `Flag`).
/// A condition on configuration values read in place, `Configuration.GetValue("UseHttps", false)`,
/// `configuration.GetValue<bool>("A:B")`, `Configuration["Flag"] == "true"`, possibly negated and
/// joined by `&&`: its Production value when one conjunct is known false (the whole is false) or
/// every conjunct is known. Keys a file does not set take the call's default (`false` without
/// one). `None` when no conjunct is such a read.
fn config_condition(settings: &AppSettings, condition: &str) -> Option<(bool, Evidence)> {
    let c: String = condition.chars().filter(|c| !c.is_whitespace()).collect();
    // Conjuncts at the top level; an `||` there makes the whole unknowable from one part.
    let mut conjuncts = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let bytes = c.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b'|' if depth == 0 && bytes.get(i + 1) == Some(&b'|') => return None,
            b'&' if depth == 0 && bytes.get(i + 1) == Some(&b'&') => {
                conjuncts.push(&c[start..i]);
                start = i + 2;
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    conjuncts.push(&c[start..]);
    let mut all_known = true;
    let mut last = None;
    for conjunct in conjuncts {
        let (negated, inner) = match conjunct.strip_prefix('!') {
            Some(r) => (true, r),
            None => (false, conjunct),
        };
        let Some((key, default)) = config_read(inner) else {
            all_known = false;
            continue;
        };
        let path: Vec<&str> = key.split(':').collect();
        let (value, evidence) = match setting(settings, &path) {
            Some(s) => (s.value.eq_ignore_ascii_case("true"), s.evidence),
            None if settings.production_files().next().is_some() => {
                let f = settings.production_files().next().expect("checked");
                (
                    default,
                    Evidence::new(&f.path, 1, format!("{key} is not set: {default}")),
                )
            }
            None => {
                all_known = false;
                continue;
            }
        };
        let holds = value != negated;
        if !holds {
            return Some((false, evidence));
        }
        last = Some(evidence);
    }
    if all_known { last.map(|e| (true, e)) } else { None }
}

/// `X.GetValue("Key", false)`, `X.GetValue<bool>("Key")`, `X["Key"]=="true"` → (key, default).
fn config_read(conjunct: &str) -> Option<(String, bool)> {
    let conjunct = conjunct.trim_matches(|c| c == '(' || c == ')');
    if let Some((_, rest)) = conjunct.split_once(".GetValue") {
        let rest = rest.strip_prefix("<bool>").unwrap_or(rest);
        let args = rest.strip_prefix('(')?;
        let args = args.strip_suffix(')').unwrap_or(args);
        let mut parts = args.splitn(2, ',');
        let key = parts.next()?.strip_prefix('"')?.strip_suffix('"')?.to_string();
        let default = parts.next().map(|d| d.trim() == "true").unwrap_or(false);
        return Some((key, default));
    }
    let (lhs, rhs) = conjunct.split_once("==")?;
    let key = lhs.split_once("[\"")?.1.strip_suffix("\"]")?.to_string();
    let rhs = rhs.trim_matches('"');
    (rhs.eq_ignore_ascii_case("true")).then_some((key, false))
}

/// A feature-flag condition, `featureManager.IsEnabled(Feature.Hsts)`, `await
/// features.IsEnabledAsync("Hsts")` (optionally negated): `(negated, feature name)`.
fn feature_condition(condition: &str) -> Option<(bool, String)> {
    let c: String = condition.chars().filter(|c| !c.is_whitespace()).collect();
    let (negated, c) = match c.strip_prefix('!') {
        Some(rest) => (true, rest.to_string()),
        None => (false, c),
    };
    // `!(await x.IsEnabledAsync("F"))`
    let c = match c.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) => inner.to_string(),
        None => c,
    };
    let c = c.strip_prefix("await").unwrap_or(&c);
    let (_, args) = c
        .split_once(".IsEnabledAsync(")
        .or_else(|| c.split_once(".IsEnabled("))?;
    let arg = args.strip_suffix(')')?;
    let name = arg.trim_matches('"').rsplit('.').next()?.trim_matches('"');
    let ident = !name.is_empty() && name.chars().all(|ch| ch.is_alphanumeric() || ch == '_');
    (ident && !arg.contains(',')).then(|| (negated, name.to_string()))
}

/// A feature's Production state as Microsoft.FeatureManagement reads it: `FeatureManagement:<name>`
/// (`true`/`false`, or an object with filters, taken as on); a feature the section does not
/// name is off. `None` when Production configuration has no `FeatureManagement` section.
fn feature_value(settings: &AppSettings, feature: &str) -> Option<(bool, Evidence)> {
    if let Some(s) = setting(settings, &["FeatureManagement", feature]) {
        let on = !s.value.eq_ignore_ascii_case("false");
        return Some((on, s.evidence));
    }
    let mut section = None;
    for f in settings.production_files() {
        if let Some(e) = f.doc.entry_ci("FeatureManagement") {
            if let Some(x) = e.value.entry_ci(feature) {
                // An object (feature filters): the feature may be on.
                return Some((
                    true,
                    Evidence::new(&f.path, x.line, format!("FeatureManagement:{feature}")),
                ));
            }
            section = Some(Evidence::new(
                &f.path,
                e.line,
                format!("FeatureManagement does not name {feature}: off"),
            ));
        }
    }
    section.map(|e| (false, e))
}

fn flag_condition(condition: &str) -> Option<(bool, String)> {
    let c: String = condition.chars().filter(|c| !c.is_whitespace()).collect();
    let (mut negated, mut c) = match c.strip_prefix('!') {
        Some(rest) => (true, rest.to_string()),
        None => (false, c),
    };
    for (suffix, flips) in [
        ("==true", false),
        ("!=false", false),
        ("==false", true),
        ("!=true", true),
    ] {
        if let Some(rest) = c.strip_suffix(suffix) {
            negated ^= flips;
            c = rest.to_string();
            break;
        }
    }
    let (owner, flag) = c.rsplit_once('.')?;
    let ident = |t: &str| !t.is_empty() && t.chars().all(|ch| ch.is_alphanumeric() || ch == '_' || ch == '.');
    (ident(owner) && ident(flag) && !flag.contains('.') && flag.chars().next()?.is_uppercase())
        .then(|| (negated, flag.to_string()))
}

/// A configuration key's Production value (`IdentityServer:IssuerUri`): an environment
/// variable a deployment file gives the container (`IdentityServer__IssuerUri`) wins over
/// appsettings, as in ASP.NET Core's default configuration order. `env` is (file, line, name,
/// literal value). Deployment files that set the key to different values leave it unknown.
pub fn configuration_value(
    settings: &AppSettings,
    env: &[(String, usize, String, Option<String>)],
    key: &str,
) -> Option<Setting> {
    let from_env: Vec<&(String, usize, String, Option<String>)> = env
        .iter()
        .filter(|(_, _, name, value)| value.is_some() && name.replace("__", ":").eq_ignore_ascii_case(key))
        .collect();
    // Deployments that disagree (a staging and a production compose file): the files whose
    // name says production decide, when there are such files and they agree.
    let agreeing = |candidates: &[&(String, usize, String, Option<String>)]| -> Option<Setting> {
        let (file, line, name, Some(value)) = candidates.first()? else {
            return None;
        };
        candidates
            .iter()
            .all(|(_, _, _, v)| v.as_deref() == Some(value.as_str()))
            .then(|| Setting {
                value: value.clone(),
                evidence: Evidence::new(file, *line, format!("{name} = {value}")),
            })
    };
    if !from_env.is_empty() {
        if let Some(s) = agreeing(&from_env) {
            return Some(s);
        }
        let production: Vec<_> = from_env
            .iter()
            .copied()
            .filter(|(f, _, _, _)| crate::checklist::environment::production_named(f))
            .collect();
        return agreeing(&production);
    }
    setting(settings, &key.split(':').collect::<Vec<_>>())
}

/// The configuration key an expression reads: `configuration.GetValue<string>("A:B")`,
/// `Configuration["A:B"]`, `config.GetSection("A")["B"]` (→ `A:B`).
pub fn configuration_key(expr: &str) -> Option<String> {
    let e: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
    let lit = |t: &str| {
        t.strip_prefix('"')
            .and_then(|r| r.split('"').next())
            .map(str::to_string)
    };
    if let Some((_, rest)) = e.split_once("GetValue<")
        && let Some((_, arg)) = rest.split_once(">(")
    {
        return lit(arg);
    }
    // The non-generic `GetValue("Key", default)` (ConfigurationBinder's overloads taking a Type
    // or a default value) and `GetConnectionString`-less `GetValue(typeof(T), "Key")`.
    if let Some((_, rest)) = e.split_once("GetValue(") {
        let arg = rest
            .strip_prefix("typeof(")
            .and_then(|r| r.split_once("),").map(|(_, a)| a))
            .unwrap_or(rest);
        return lit(arg);
    }
    if let Some((_, rest)) = e.split_once("GetSection(")
        && let Some(section) = lit(rest)
    {
        let tail = rest.split_once(")[").map(|(_, t)| t).and_then(lit);
        return Some(match tail {
            Some(k) => format!("{section}:{k}"),
            None => section,
        });
    }
    let (owner, rest) = e.split_once("[\"")?;
    let reads_configuration = owner.to_ascii_lowercase().ends_with("configuration") || owner.ends_with("config");
    reads_configuration.then(|| rest.split('"').next().unwrap_or("").to_string())
}

/// The configuration key `expr` reads, also through a section held in a local of the same
/// method: `var idp = Configuration.GetSection("IdentityServer");` then `idp["Issuer"]` (or
/// `idp.GetValue<string>("Issuer")`) reads `IdentityServer:Issuer`. `line` is where `expr` is
/// used; the section's local is the last one of that name declared before it.
pub fn configuration_key_in(code: &Code, file: &str, method: Option<&str>, line: usize, expr: &str) -> Option<String> {
    let through_section = || {
        let e: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
        let (owner, rest) = e.split_once("[\"").or_else(|| {
            e.split_once(".GetValue<")
                .and_then(|(o, r)| r.split_once(">(\"").map(|(_, k)| (o, k)))
        })?;
        let key = rest.split('"').next().filter(|k| !k.is_empty())?;
        if !owner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        let local = code
            .locals
            .iter()
            .rfind(|l| l.name == owner && l.file == file && l.method.as_deref() == method && l.line <= line)?;
        let section = configuration_key(&local.init).filter(|_| local.init.contains("GetSection("))?;
        Some(format!("{section}:{key}"))
    };
    through_section().or_else(|| configuration_key(expr))
}

/// Seconds of a .NET `TimeSpan` string as configuration binds it: `[-][d.]hh:mm[:ss[.fff]]`.
pub fn timespan_text_seconds(text: &str) -> Option<f64> {
    let t = text.trim();
    let (days, clock) = match t.split_once('.') {
        Some((d, rest)) if rest.contains(':') && !d.contains(':') => (d.parse::<f64>().ok()?, rest),
        _ => (0.0, t),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        // A bare number is days.
        return if parts.len() == 1 {
            t.parse::<f64>().ok().map(|d| d * 86_400.0)
        } else {
            None
        };
    }
    let h: f64 = parts[0].parse().ok()?;
    let m: f64 = parts[1].parse().ok()?;
    let s: f64 = parts.get(2).map(|s| s.parse().ok()).unwrap_or(Some(0.0))?;
    Some(days * 86_400.0 + h * 3_600.0 + m * 60.0 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_path_on_a_bound_object_reads_the_sections_key_and_production_files_decide() {
        let mut code = Code::default();
        code.add_file(
            "Startup.cs",
            "class Startup {\n  public Startup(IConfiguration c) { Config = c.GetSection(\"App\").Get<Config>(); }\n}\n",
        );
        assert_eq!(
            bound_member_keys(&code, "Config.Self.PublicOrigin"),
            vec!["App:Self:PublicOrigin".to_string()]
        );
        assert!(bound_member_keys(&code, "config.self").is_empty());
        let env = vec![
            (
                "docker-compose-staging.yml".to_string(),
                3,
                "App__Self__PublicOrigin".to_string(),
                Some("https://id.staging.acme.io".to_string()),
            ),
            (
                "docker-compose-production.yml".to_string(),
                9,
                "App__Self__PublicOrigin".to_string(),
                Some("https://id.acme.io".to_string()),
            ),
        ];
        let s = settings(&[]);
        let v = configuration_value(&s, &env, "App:Self:PublicOrigin").expect("production decides");
        assert_eq!((v.value.as_str(), v.evidence.line), ("https://id.acme.io", 9));
        // Two disagreeing files neither of which says production: unknown.
        let mut other = env.clone();
        other[1].0 = "docker-compose.override.yml".to_string();
        assert!(configuration_value(&s, &other, "App:Self:PublicOrigin").is_none());
    }

    #[test]
    fn a_key_read_through_a_section_local_is_the_sections_key() {
        let mut code = Code::default();
        code.add_file(
            "Startup.cs",
            "class S {\n  void Up(IConfiguration Configuration) {\n    var idp = Configuration.GetSection(\"IdentityServer\");\n    var issuer = idp[\"Issuer\"];\n    var web = idp.GetValue<string>(\"WebOrigin\");\n  }\n}\n",
        );
        let key = |expr: &str, line| configuration_key_in(&code, "Startup.cs", Some("Up"), line, expr);
        assert_eq!(key("idp[\"Issuer\"]", 4).as_deref(), Some("IdentityServer:Issuer"));
        assert_eq!(
            key("idp.GetValue<string>(\"WebOrigin\")", 5).as_deref(),
            Some("IdentityServer:WebOrigin")
        );
        // Used before the section local is declared, or an unrelated indexer: no key.
        assert_eq!(key("idp[\"Issuer\"]", 2), None);
        assert_eq!(key("headers[\"Issuer\"]", 4), None);
        assert_eq!(key("Configuration[\"A:B\"]", 1).as_deref(), Some("A:B"));
    }

    #[test]
    fn configuration_reads_in_a_condition_are_evaluated() {
        let s = settings(&[(
            "appsettings.Production.json",
            "{\n  \"UseHttpsRedirection\": false,\n  \"Https\": { \"Enabled\": true }\n}\n",
        )]);
        let off = config_condition(
            &s,
            "Configuration.GetValue(\"UseHttpsRedirection\", false) && (Other.Thing() || env.IsDevelopment())",
        );
        assert_eq!(off.map(|(v, e)| (v, e.line)), Some((false, 2)));
        assert_eq!(
            config_condition(&s, "configuration.GetValue<bool>(\"Https:Enabled\")").map(|x| x.0),
            Some(true)
        );
        assert_eq!(
            config_condition(&s, "Configuration[\"Missing\"] == \"true\"").map(|x| x.0),
            Some(false)
        );
        assert_eq!(
            config_condition(&s, "!Configuration.GetValue(\"Missing\", true)").map(|x| x.0),
            Some(false)
        );
        assert_eq!(config_condition(&s, "env.IsProduction()"), None);
    }

    #[test]
    fn feature_flags_are_read_from_the_feature_management_section() {
        assert_eq!(
            feature_condition("featureManager.IsEnabled(Feature.HttpsRedirection)"),
            Some((false, "HttpsRedirection".into()))
        );
        assert_eq!(
            feature_condition("!await features.IsEnabledAsync(\"Hsts\")"),
            Some((true, "Hsts".into()))
        );
        assert_eq!(feature_condition("options.Enabled"), None);
        let s = settings(&[(
            "appsettings.json",
            "{\n  \"FeatureManagement\": {\n    \"Hsts\": true\n  }\n}\n",
        )]);
        assert!(feature_value(&s, "Hsts").unwrap().0);
        let (on, at) = feature_value(&s, "HttpsRedirection").unwrap();
        assert!(!on, "a feature the section does not name is off");
        assert_eq!(at.line, 2);
        assert!(feature_value(&settings(&[("appsettings.json", "{}")]), "Hsts").is_none());
    }

    fn settings(files: &[(&str, &str)]) -> AppSettings {
        AppSettings::load(files)
    }

    #[test]
    fn production_overlay_wins_and_keys_are_case_insensitive() {
        let s = settings(&[
            (
                "appsettings.json",
                "{\n  \"IdentityServer\": {\n    \"Events\": { \"RaiseErrorEvents\": false }\n  }\n}",
            ),
            (
                "appsettings.Production.json",
                "{\n  \"identityServer\": {\n    \"events\": {\n      \"raiseErrorEvents\": true\n    }\n  }\n}",
            ),
            (
                "appsettings.Development.json",
                "{ \"IdentityServer\": { \"Events\": { \"RaiseErrorEvents\": false } } }",
            ),
        ]);
        let v = setting(&s, &["IdentityServer", "Events", "RaiseErrorEvents"]).unwrap();
        assert_eq!(v.value, "true");
        assert_eq!(
            (v.evidence.file.as_str(), v.evidence.line),
            ("appsettings.Production.json", 4)
        );
        assert!(setting(&s, &["IdentityServer", "Events", "RaiseSuccessEvents"]).is_none());
    }

    #[test]
    fn bound_section_is_found_from_code() {
        let mut code = Code::default();
        code.add_file(
            "Program.cs",
            "builder.Services.AddIdentityServer(builder.Configuration.GetSection(\"IdentityServer:Options\"));",
        );
        let (section, ev) = identityserver_section(&code).unwrap();
        assert_eq!(section, "IdentityServer:Options");
        assert_eq!(ev.line, 1);
        let s = settings(&[(
            "appsettings.json",
            "{ \"IdentityServer\": { \"Options\": { \"KeyManagement\": { \"RotationInterval\": \"30.00:00:00\" } } } }",
        )]);
        let v = identityserver_setting(&code, &s, "KeyManagement.RotationInterval").unwrap();
        assert_eq!(timespan_text_seconds(&v.value), Some(30.0 * 86_400.0));
    }

    #[test]
    fn a_branch_on_a_bound_flag_is_evaluated_with_the_production_value() {
        let mut code = Code::default();
        code.add_file(
            "Proxy.cs",
            "static void UseProxy(IApplicationBuilder app, IConfiguration c) {\n\
             var s = c.GetSection(\"ProxyHeaders\").Get<ProxySettings>();\n\
             if (s.TrustEveryone) { o.KnownProxies.Clear(); } else { o.KnownProxies.Add(p); }\n\
             if (!s.Strict) { o.ForwardLimit = null; }\n\
             if (s.Other) { o.KnownNetworks.Clear(); }\n\
             }\n",
        );
        let s = settings(&[
            ("appsettings.json", "{ \"ProxyHeaders\": { \"TrustEveryone\": false } }"),
            (
                "appsettings.Production.json",
                "{\n  \"ProxyHeaders\": {\n    \"TrustEveryone\": true\n  }\n}",
            ),
        ]);
        let runs = |name: &str| {
            let call = code.calls.iter().find(|c| c.name == name).unwrap();
            branch_in_production(&code, &s, call).map(|(runs, ev)| (runs, ev.file, ev.line))
        };
        assert_eq!(runs("Clear"), Some((true, "appsettings.Production.json".into(), 3)));
        assert_eq!(runs("Add"), Some((false, "appsettings.Production.json".into(), 3)));
        assert_eq!(flag_condition("!s.Strict"), Some((true, "Strict".into())));
        assert_eq!(flag_condition("s.Flag == false"), Some((true, "Flag".into())));
        assert_eq!(flag_condition("a || b"), None);
        assert_eq!(flag_condition("list.Count > 0"), None);
        // A flag no configuration sets: unknown, assumed to run.
        let other = code.calls.iter().filter(|c| c.name == "Clear").nth(1).unwrap();
        assert_eq!(branch_in_production(&code, &s, other), None);
    }

    #[test]
    fn deployment_environment_wins_over_appsettings_unless_deployments_disagree() {
        let s = settings(&[(
            "appsettings.json",
            "{\n  \"IdentityServer\": {\n    \"IssuerUri\": \"https://localhost:5000\"\n  }\n}",
        )]);
        let env = |v: &[&str]| -> Vec<(String, usize, String, Option<String>)> {
            v.iter()
                .enumerate()
                .map(|(i, v)| {
                    (
                        "compose.yml".into(),
                        i + 10,
                        "IdentityServer__IssuerUri".into(),
                        Some(v.to_string()),
                    )
                })
                .collect()
        };
        let v = configuration_value(&s, &env(&["https://login.example.com"]), "IdentityServer:IssuerUri").unwrap();
        assert_eq!((v.value.as_str(), v.evidence.line), ("https://login.example.com", 10));
        let v = configuration_value(&s, &[], "identityserver:issueruri").unwrap();
        assert_eq!((v.value.as_str(), v.evidence.line), ("https://localhost:5000", 3));
        assert_eq!(
            configuration_value(&s, &env(&["https://a", "https://b"]), "IdentityServer:IssuerUri"),
            None
        );
    }

    #[test]
    fn configuration_keys_read_by_expressions() {
        assert_eq!(
            configuration_key("configuration.GetValue(\"Issuer\", \"\")").as_deref(),
            Some("Issuer")
        );
        assert_eq!(
            configuration_key("config.GetValue(typeof(string), \"Auth:Issuer\")").as_deref(),
            Some("Auth:Issuer")
        );
        let key = |e: &str| configuration_key(e);
        assert_eq!(
            key("_configuration.GetValue<string>(\"IdentityServer:IssuerUri\")").as_deref(),
            Some("IdentityServer:IssuerUri")
        );
        assert_eq!(key("Configuration[\"Auth:Issuer\"]").as_deref(), Some("Auth:Issuer"));
        assert_eq!(
            key("config.GetSection(\"Auth\")[\"Issuer\"]").as_deref(),
            Some("Auth:Issuer")
        );
        assert_eq!(key("\"https://login.example.com\""), None);
        assert_eq!(key("names[\"x\"]"), None);
    }

    #[test]
    fn a_typed_settings_helper_named_for_its_type_reads_that_section() {
        let mut code = Code::default();
        code.add_file(
            "Setup.cs",
            "static void AddSts(IServiceCollection services) {\n\
             var issuer = services.ReadSettings<IssuerSettings>(nameof(IssuerSettings));\n\
             services.AddIdentityServer(o => { o.IssuerUri = issuer.PublicIssuer; });\n\
             }\n",
        );
        let s = settings(&[(
            "appsettings.json",
            "{\n  \"IssuerSettings\": {\n    \"PublicIssuer\": \"https://id.example.test\"\n  }\n}",
        )]);
        let v = bound_value(&code, &s, "Setup.cs", Some("AddSts"), "issuer.PublicIssuer").unwrap();
        assert_eq!((v.value.as_str(), v.evidence.line), ("https://id.example.test", 3));
    }

    #[test]
    fn timespans_parse_like_dotnet() {
        assert_eq!(timespan_text_seconds("01:30:00"), Some(5_400.0));
        assert_eq!(timespan_text_seconds("14.00:00:00"), Some(14.0 * 86_400.0));
        assert_eq!(timespan_text_seconds("00:05"), Some(300.0));
        assert_eq!(timespan_text_seconds("soon"), None);
    }
}
