//! One rule per catalogue item: reads the parsed context (C#, appsettings, nginx, Terraform,
//! Kubernetes/Helm, Dockerfiles, idsgen.yaml) and decides pass / fail / not-found / n/a /
//! operator-step with file:line evidence. Cross-kind items combine the kinds they need here.

use crate::checklist::appsettings::{SecretKind, connection_password, is_placeholder, level_rank};
use crate::checklist::context::Context;
use crate::checklist::csharp::{Call, eval_number, timespan_seconds};
use crate::checklist::finding::{Evidence, Status};
use crate::checklist::kubernetes::{containers, pod_spec};
use crate::checklist::nginx::{self, ProxyLocation};
use crate::checklist::tree::Tree;

/// What a rule decides, before catalogue text and skips are added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Status.
    pub status: Status,
    /// One sentence.
    pub summary: String,
    /// Findings (fail) or supporting places (other statuses).
    pub evidence: Vec<Evidence>,
    /// Context for a failure.
    pub related: Vec<Evidence>,
    /// Operator-step command.
    pub command: Option<String>,
}

impl Outcome {
    fn new(status: Status, summary: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self {
            status,
            summary: summary.into(),
            evidence,
            related: Vec::new(),
            command: None,
        }
    }
    fn pass(summary: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self::new(Status::Pass, summary, evidence)
    }
    fn fail(summary: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self::new(Status::Fail, summary, evidence)
    }
    fn na(summary: impl Into<String>) -> Self {
        Self::new(Status::NotApplicable, summary, Vec::new())
    }
    fn not_found(summary: impl Into<String>) -> Self {
        Self::new(Status::NotFound, summary, Vec::new())
    }
    fn operator(summary: impl Into<String>, command: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self {
            command: Some(command.into()),
            ..Self::new(Status::OperatorStep, summary, evidence)
        }
    }
    fn with_related(mut self, related: Vec<Evidence>) -> Self {
        self.related = related;
        self
    }
}

const NO_HOST: &str = "no IdentityServer host found: no C# file in the tree calls AddIdentityServer";
const ONE_YEAR: f64 = 31_536_000.0;

fn ev(c: &Call, note: impl Into<String>) -> Evidence {
    Evidence::new(&c.file, c.line, note)
}

/// Evaluates item `id`.
pub fn evaluate(id: &str, ctx: &Context) -> Outcome {
    match id {
        "DP1" => dp1(ctx),
        "DP2" => dp2(ctx),
        "DP3" => dp3(ctx),
        "DP4" => dp4(ctx),
        "SK1" => sk1(ctx),
        "SK2" => sk2(ctx),
        "SK3" => sk3(ctx),
        "TLS1" => tls1(ctx),
        "TLS2" => tls2(ctx),
        "TLS3" => tls3(ctx),
        "RP1" => rp1(ctx),
        "RP2" => rp2(ctx),
        "RP3" => rp3(ctx),
        "DB1" => db1(ctx),
        "DB2" => db2(ctx),
        "DB3" => db3(ctx),
        "DB4" => db4(ctx),
        "OBS1" => obs1(ctx),
        "OBS2" => obs2(ctx),
        "OBS3" => obs3(ctx),
        "OBS4" => obs4(ctx),
        "SEC1" => sec1(ctx),
        "SEC2" => sec2(ctx),
        "SEC3" => sec3(ctx),
        "SEC4" => sec4(ctx),
        "MI1" => mi1(ctx),
        "MI2" => mi2(ctx),
        "MI3" => mi3(ctx),
        "MI4" => mi4(ctx),
        "X1" => x1(ctx),
        "X2" => x2(ctx),
        "X3" => x3(ctx),
        "X4" => x4(ctx),
        "X5" => x5(ctx),
        "X6" => x6(ctx),
        "X7" => x7(ctx),
        "X8" => x8(ctx),
        "X9" => x9(ctx),
        "X10" => crate::checklist::event_sink::x10(ctx),
        _ => Outcome::na("unknown item"),
    }
}

/// The host anchor, or a not-found outcome.
fn host(ctx: &Context) -> Result<Evidence, Outcome> {
    ctx.host.clone().ok_or_else(|| Outcome::not_found(NO_HOST))
}

/// Where Data Protection is set up, else the host anchor.
fn dp_anchor(ctx: &Context, anchor: &Evidence) -> Evidence {
    ctx.code
        .call("AddDataProtection")
        .map(|c| ev(c, "AddDataProtection()"))
        .unwrap_or_else(|| Evidence::new(&anchor.file, anchor.line, "no AddDataProtection() in the host"))
}

fn dp1(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let persist: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name.starts_with("PersistKeysTo"))
        .map(|c| ev(c, &c.name))
        .collect();
    if persist.is_empty() {
        let at = dp_anchor(ctx, &anchor);
        return Outcome::fail(
            "Data Protection keys are not persisted: no PersistKeysTo… call, so each instance keeps its own key ring",
            vec![at],
        );
    }
    Outcome::pass(format!("keys persist via {}", persist[0].note), persist)
}

fn dp2(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    match ctx.code.call("SetApplicationName") {
        Some(c) => Outcome::pass(
            format!("SetApplicationName({})", c.args_text()),
            vec![ev(c, "SetApplicationName")],
        ),
        None => Outcome::fail(
            "no SetApplicationName(...): the application name derives from the content root path",
            vec![dp_anchor(ctx, &anchor)],
        ),
    }
}

fn dp3(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let protect: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name.starts_with("ProtectKeysWith") || c.name == "PersistKeysToAWSSystemsManager")
        .map(|c| ev(c, &c.name))
        .collect();
    if protect.is_empty() {
        return Outcome::fail(
            "keys are stored unencrypted: no ProtectKeysWith… call on AddDataProtection()",
            vec![dp_anchor(ctx, &anchor)],
        );
    }
    Outcome::pass(format!("keys protected at rest via {}", protect[0].note), protect)
}

fn dp4(ctx: &Context) -> Outcome {
    let Some(keys) = ctx.redis_keys.clone() else {
        return Outcome::na("Data Protection keys do not persist to Redis");
    };
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for r in ctx.tf.resources("azurerm_redis_cache") {
        let sku = r.attr("sku_name").and_then(|a| a.value.as_str()).unwrap_or("");
        let conf = r.nested("redis_configuration").next();
        let on = |k: &str| conf.and_then(|c| c.attr(k)).and_then(|a| a.value.as_bool()) == Some(true);
        let policy = conf
            .and_then(|c| c.attr("maxmemory_policy"))
            .and_then(|a| a.value.as_str().map(|s| (a.line, s)));
        if let Some((line, p)) = policy.filter(|(_, p)| p.starts_with("allkeys")) {
            fails.push(Evidence::new(
                &r.file,
                line,
                format!("{} evicts keys without TTL (maxmemory_policy = {p})", r.address()),
            ));
        }
        if !sku.eq_ignore_ascii_case("Premium") && !sku.is_empty() {
            fails.push(Evidence::new(
                &r.file,
                r.line,
                format!(
                    "{} is {sku}: Azure Cache for Redis persists only on Premium",
                    r.address()
                ),
            ));
        } else if on("rdb_backup_enabled") || on("aof_backup_enabled") {
            passes.push(Evidence::new(
                &r.file,
                r.line,
                format!("{} with RDB/AOF backup", r.address()),
            ));
        } else {
            fails.push(Evidence::new(
                &r.file,
                r.line,
                format!("{} has neither rdb_backup_enabled nor aof_backup_enabled", r.address()),
            ));
        }
    }
    for r in ctx.tf.resources("azurerm_managed_redis") {
        let db = r.nested("default_database").next();
        let set = |k: &str| db.and_then(|d| d.attr(k)).is_some();
        if let Some(p) = db.and_then(|d| d.attr("eviction_policy")).filter(|a| {
            a.value
                .as_str()
                .is_some_and(|s| s.to_ascii_lowercase().starts_with("allkeys"))
        }) {
            fails.push(Evidence::new(
                &r.file,
                p.line,
                format!("{} evicts keys without TTL", r.address()),
            ));
        }
        if set("persistence_append_only_file_backup_frequency") || set("persistence_redis_database_backup_frequency") {
            passes.push(Evidence::new(
                &r.file,
                r.line,
                format!("{} with persistence", r.address()),
            ));
        } else {
            fails.push(Evidence::new(
                &r.file,
                r.line,
                format!(
                    "{} sets no default_database persistence_*_backup_frequency",
                    r.address()
                ),
            ));
        }
    }
    for rtype in [
        "aws_elasticache_replication_group",
        "aws_elasticache_cluster",
        "aws_elasticache_serverless_cache",
    ] {
        for r in ctx.tf.resources(rtype) {
            let n = r
                .attr("snapshot_retention_limit")
                .and_then(|a| a.value.as_f64())
                .unwrap_or(0.0);
            if n > 0.0 {
                passes.push(Evidence::new(
                    &r.file,
                    r.line,
                    format!("{} keeps snapshots for {n} days", r.address()),
                ));
            } else {
                fails.push(Evidence::new(
                    &r.file,
                    r.line,
                    format!(
                        "{} has no snapshot_retention_limit: a node loss loses the key ring",
                        r.address()
                    ),
                ));
            }
        }
    }
    for r in ctx.tf.resources("aws_memorydb_cluster") {
        passes.push(Evidence::new(
            &r.file,
            r.line,
            format!("{} (MemoryDB is durable)", r.address()),
        ));
    }
    for (path, text) in &ctx.redis_confs {
        let mut aof = None;
        let mut save = None;
        for (i, line) in text.lines().enumerate() {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["appendonly", v] => aof = Some((i + 1, *v == "yes")),
                ["save", rest @ ..] => save = Some((i + 1, !rest.is_empty() && rest != [r#""""#])),
                ["maxmemory-policy", p] if p.starts_with("allkeys") => fails.push(Evidence::new(
                    path,
                    i + 1,
                    format!("maxmemory-policy {p} evicts keys without TTL"),
                )),
                _ => {}
            }
        }
        match (aof, save) {
            (Some((l, true)), _) | (_, Some((l, true))) => passes.push(Evidence::new(path, l, "persistence on")),
            (Some((l, false)), _) | (None, Some((l, false))) => {
                fails.push(Evidence::new(path, l, "appendonly no and no save points"))
            }
            (None, None) => {}
        }
    }
    for v in &ctx.kube.values {
        v.doc.walk(&mut |path, entry, node| {
            let Some(entry) = entry else { return };
            if path.len() >= 2 && path[path.len() - 2] == "persistence" && entry.key == "enabled" {
                let within_redis = path.iter().any(|p| p.to_ascii_lowercase().contains("redis"));
                if within_redis && node.as_bool() == Some(false) {
                    fails.push(Evidence::new(
                        &v.file,
                        entry.line,
                        format!("{} is false", path.join(".")),
                    ));
                }
            }
        });
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "the Redis that holds the Data Protection keys does not persist them",
            fails,
        )
        .with_related(vec![keys]);
    }
    if !passes.is_empty() {
        return Outcome::pass("Redis persistence is on", passes);
    }
    if let Some(s) = &ctx.spec
        && let Some(r) = &s.spec.redis
        && r.persistence == crate::spec::types::RedisPersistence::None
    {
        return Outcome::fail(
            "idsgen.yaml declares Redis without persistence while it holds the keys",
            vec![s.at(&["redis", "persistence"], "redis.persistence: none")],
        );
    }
    Outcome::operator(
        "Redis holds the keys but its persistence is configured outside this tree",
        "redis-cli -u \"$REDIS_URL\" INFO persistence | grep -E '^(aof_enabled|rdb_last_bgsave_status|rdb_changes_since_last_save):'   # expect aof_enabled:1 or a recent successful RDB save",
        vec![keys],
    )
}

fn sk1(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if let Some(c) = ctx.code.call("AddOperationalStore") {
        return Outcome::pass(
            "AddOperationalStore registers the EF signing-key store",
            vec![ev(c, "AddOperationalStore")],
        );
    }
    if let Some(c) = ctx.code.call("AddSigningKeyStore") {
        return Outcome::pass(
            format!("custom signing-key store {}", c.type_args),
            vec![ev(c, "AddSigningKeyStore")],
        );
    }
    Outcome::fail(
        "no AddOperationalStore: automatic key management writes signing keys to ./keys on each instance",
        vec![anchor],
    )
}

fn sk2(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if let Some(a) = ctx
        .code
        .assigns_to("KeyManagement.Enabled")
        .find(|a| a.value == "false")
    {
        return Outcome::na(format!(
            "automatic key management is off ({}:{}); signing keys are managed by hand",
            a.file, a.line
        ));
    }
    let Some(rot) = ctx.code.assigns_to("KeyManagement.RotationInterval").next() else {
        return Outcome::fail(
            "KeyManagement.RotationInterval is not set: rotation runs on defaults nobody reviewed",
            vec![anchor],
        );
    };
    let prop = ctx.code.assigns_to("KeyManagement.PropagationTime").next();
    let rot_s = timespan_seconds(&rot.value);
    let prop_s = prop.and_then(|p| timespan_seconds(&p.value)).or(Some(14.0 * 86_400.0));
    if let (Some(r), Some(p)) = (rot_s, prop_s)
        && r <= p
    {
        return Outcome::fail(
            format!(
                "RotationInterval ({}) must exceed PropagationTime: IdentityServer throws at startup",
                rot.value
            ),
            vec![Evidence::new(
                &rot.file,
                rot.line,
                "RotationInterval <= PropagationTime",
            )],
        );
    }
    Outcome::pass(
        format!("RotationInterval = {}", rot.value),
        vec![Evidence::new(&rot.file, rot.line, "KeyManagement.RotationInterval")],
    )
}

/// Whether `path` is ignored by the .gitignore files of the tree.
fn git_ignored(ctx: &Context, path: &str) -> Option<bool> {
    let mut decided = None;
    let mut gis: Vec<&(String, String)> = ctx.gitignores.iter().collect();
    // Deeper files override shallower ones.
    gis.sort_by_key(|(p, _)| p.matches('/').count());
    for (gi_path, text) in gis {
        let dir = gi_path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        if !dir.is_empty() && !path.starts_with(&format!("{dir}/")) {
            continue;
        }
        let root = std::path::Path::new("/r").join(dir);
        let mut b = ignore::gitignore::GitignoreBuilder::new(&root);
        for line in text.lines() {
            let _ = b.add_line(None, line);
        }
        let Ok(gi) = b.build() else { continue };
        let full = std::path::Path::new("/r").join(path);
        match gi.matched_path_or_any_parents(&full, false) {
            ignore::Match::Ignore(_) => decided = Some(true),
            ignore::Match::Whitelist(_) => decided = Some(false),
            ignore::Match::None => {
                decided.get_or_insert(false);
            }
        }
    }
    decided
}

/// Whether a .dockerignore excludes `path` (relative to the build context). Patterns follow
/// Docker: anchored at the context root, `*` within a segment, `**` across, `!` re-includes.
fn docker_ignored(text: &str, path: &str) -> bool {
    let mut ignored = false;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (negate, pat) = match line.strip_prefix('!') {
            Some(p) => (true, p.trim()),
            None => (false, line),
        };
        let pat = pat
            .trim_start_matches("./")
            .trim_start_matches('/')
            .trim_end_matches('/');
        let Ok(glob) = globset::GlobBuilder::new(pat).literal_separator(true).build() else {
            continue;
        };
        let m = glob.compile_matcher();
        let mut prefix = String::new();
        let hit = path.split('/').any(|seg| {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(seg);
            m.is_match(&prefix)
        });
        if hit {
            ignored = !negate;
        }
    }
    ignored
}

fn sk3(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let mut fails: Vec<Evidence> = ctx
        .key_files
        .iter()
        .map(|k| Evidence::new(k, 1, "signing key file committed (not ignored)"))
        .collect();
    let mut passes = Vec::new();
    if ctx.gitignores.is_empty() {
        if fails.is_empty() {
            return Outcome::not_found("no .gitignore in the checked tree; check the repository root's");
        }
    } else {
        for dir in &ctx.host_dirs {
            let probe = if dir.is_empty() {
                "keys/is-signing-key-x.json".to_string()
            } else {
                format!("{dir}/keys/is-signing-key-x.json")
            };
            match git_ignored(ctx, &probe) {
                Some(true) => passes.push(Evidence::new(
                    &ctx.gitignores[0].0,
                    1,
                    format!("{}/keys/ is git-ignored", dir),
                )),
                _ => {
                    let gi = ctx
                        .gitignores
                        .iter()
                        .map(|(p, _)| p.as_str())
                        .min_by_key(|p| p.len())
                        .unwrap_or(".gitignore");
                    fails.push(Evidence::new(
                        gi,
                        1,
                        format!(
                            ".gitignore does not exclude {}/keys/",
                            if dir.is_empty() { "." } else { dir }
                        ),
                    ));
                }
            }
        }
    }
    for d in &ctx.dockerfiles {
        let Some(copy) = d
            .instructions
            .iter()
            .find(|i| i.name == "COPY" && !i.args.contains("--from"))
        else {
            continue;
        };
        let ctx_dir = d.path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
        // The context is the Dockerfile's directory or the tree root, whichever has a .dockerignore.
        let candidates = [ctx_dir.to_string(), String::new()];
        let found = candidates.iter().find_map(|c| {
            let p = if c.is_empty() {
                ".dockerignore".to_string()
            } else {
                format!("{c}/.dockerignore")
            };
            ctx.dockerignores
                .iter()
                .find(|(dp, _)| *dp == p)
                .map(|(dp, t)| (c.clone(), dp.clone(), t.clone()))
        });
        let excluded = match &found {
            Some((c, _, text)) => ctx.host_dirs.iter().all(|dir| {
                let rel = dir.strip_prefix(c.as_str()).unwrap_or(dir).trim_start_matches('/');
                let probe = if rel.is_empty() {
                    "keys/k.json".to_string()
                } else {
                    format!("{rel}/keys/k.json")
                };
                docker_ignored(text, &probe)
            }),
            None => false,
        };
        if excluded {
            passes.push(Evidence::new(
                found.map(|f| f.1).unwrap_or_default(),
                1,
                "keys/ excluded from the build context",
            ));
        } else {
            fails.push(Evidence::new(
                &d.path,
                copy.line,
                "COPY with no .dockerignore excluding keys/: keys land in the image build",
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("signing keys can reach source control or images", fails).with_related(vec![anchor]);
    }
    Outcome::pass("keys/ is excluded from git (and from the image build context)", passes)
}

/// HSTS the app sends: Some((seconds, evidence)) when UseHsts() runs.
fn app_hsts(ctx: &Context) -> Option<(f64, Evidence)> {
    let use_hsts = ctx.code.call("UseHsts")?;
    let max_age = ctx
        .code
        .assigns_to("MaxAge")
        .find(|a| a.enclosing.iter().any(|e| e == "AddHsts") || a.enclosing.iter().any(|e| e == "Configure"));
    Some(match max_age {
        Some(a) => (
            timespan_seconds(&a.value).unwrap_or(f64::MAX),
            Evidence::new(&a.file, a.line, format!("HSTS MaxAge = {}", a.value)),
        ),
        None => (
            30.0 * 86_400.0,
            ev(use_hsts, "UseHsts() with the default MaxAge of 30 days"),
        ),
    })
}

fn hsts_header<'a>(loc: &ProxyLocation<'a>) -> Option<&'a nginx::Directive> {
    loc.effective_list("add_header")
        .into_iter()
        .find(|d| d.arg(0).eq_ignore_ascii_case("Strict-Transport-Security"))
}

fn max_age(value: &str) -> Option<f64> {
    value
        .split(';')
        .find_map(|p| p.trim().strip_prefix("max-age=").and_then(|v| v.trim().parse().ok()))
}

fn tls1(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let app = app_hsts(ctx);
    let app_ok = app.as_ref().is_some_and(|(s, _)| *s >= ONE_YEAR);
    if let Some((secs, e)) = &app {
        if *secs < ONE_YEAR {
            fails.push(Evidence::new(
                &e.file,
                e.line,
                format!("{} is {:.0} days, below 365", e.note, secs / 86_400.0),
            ));
        } else {
            passes.push(e.clone());
        }
    }
    for server in ctx.nginx.servers().iter().filter(|s| s.tls()) {
        for loc in server.proxy_locations() {
            match hsts_header(&loc) {
                Some(h) => {
                    let age = max_age(h.arg(1)).unwrap_or(0.0);
                    if age < ONE_YEAR {
                        fails.push(Evidence::new(
                            &h.file,
                            h.line,
                            format!("Strict-Transport-Security max-age={age:.0}, below 31536000"),
                        ));
                    } else if !h.args.iter().any(|a| a == "always") {
                        fails.push(Evidence::new(
                            &h.file,
                            h.line,
                            "add_header Strict-Transport-Security without `always`: error responses carry no HSTS",
                        ));
                    } else {
                        passes.push(Evidence::new(&h.file, h.line, "nginx Strict-Transport-Security"));
                    }
                }
                None if !app_ok => {
                    let (file, line) = loc
                        .location
                        .map(|l| (l.file.as_str(), l.line))
                        .unwrap_or((loc.proxy_pass.file.as_str(), loc.proxy_pass.line));
                    let inherited_elsewhere = server.contexts().iter().any(|c| {
                        c.iter().any(|d| {
                            d.name == "add_header" && d.arg(0).eq_ignore_ascii_case("Strict-Transport-Security")
                        })
                    });
                    let note = if inherited_elsewhere {
                        "add_header in this location drops the server's Strict-Transport-Security (add_header is inherited only by levels that set none)"
                    } else {
                        "responses through this location carry no Strict-Transport-Security and the app sends none"
                    };
                    fails.push(Evidence::new(file, line, note));
                }
                None => {}
            }
        }
    }
    let cm_hsts = ctx
        .kube
        .of_kind("ConfigMap")
        .filter_map(|c| c.doc.get("data").map(|d| (c, d)))
        .find_map(|(c, d)| {
            d.entry("hsts")
                .map(|e| (c, e.clone()))
                .or_else(|| d.entry("hsts-max-age").map(|e| (c, e.clone())))
        });
    if !ctx.ingress_nginx().is_empty() {
        match &cm_hsts {
            Some((c, e)) if e.key == "hsts" && e.value.as_str() == Some("false") => {
                if !app_ok {
                    fails.push(Evidence::new(&c.file, e.line, "ingress-nginx hsts: \"false\""));
                }
            }
            Some((c, e)) if e.key == "hsts-max-age" && e.value.as_u64().unwrap_or(0) < ONE_YEAR as u64 => {
                fails.push(Evidence::new(
                    &c.file,
                    e.line,
                    "ingress-nginx hsts-max-age below 31536000",
                ));
            }
            _ => {
                let i = ctx.ingress_nginx()[0];
                passes.push(Evidence::new(
                    &i.file,
                    i.line,
                    "ingress-nginx sends HSTS max-age=31536000 by default",
                ));
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("HSTS is missing or shorter than one year somewhere in the chain", fails);
    }
    if !passes.is_empty() {
        return Outcome::pass("HSTS max-age is at least one year", passes);
    }
    Outcome::fail(
        "nothing sends Strict-Transport-Security: no app.UseHsts() and no HSTS header at a proxy in the tree",
        vec![
            ctx.code
                .call("Build")
                .map(|c| ev(c, "builder.Build()"))
                .unwrap_or(anchor),
        ],
    )
}

fn tls2(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if let Some(c) = ctx.code.call("UseHttpsRedirection") {
        return Outcome::pass(
            "app.UseHttpsRedirection() is in the pipeline",
            vec![ev(c, "UseHttpsRedirection")],
        );
    }
    for s in ctx.nginx.servers() {
        if let Some(r) = s.redirects_to_https() {
            return Outcome::pass(
                "the TLS edge redirects http to https",
                vec![Evidence::new(&r.file, r.line, "nginx return 30x https://")],
            );
        }
    }
    for i in ctx.ingress_nginx() {
        if i.doc.at(&["spec", "tls"]).is_some() {
            return Outcome::pass(
                "ingress-nginx redirects http to https for Ingresses with TLS (ssl-redirect defaults to true)",
                vec![Evidence::new(&i.file, i.line, "Ingress with spec.tls")],
            );
        }
    }
    Outcome::fail(
        "no UseHttpsRedirection() and no http->https redirect at a proxy in the tree",
        vec![
            ctx.code
                .call("Build")
                .map(|c| ev(c, "builder.Build()"))
                .unwrap_or(anchor),
        ],
    )
}

/// `curl` command that prints the live issuer.
fn issuer_command(ctx: &Context, expect: &str) -> String {
    let host = ctx.public_host.clone().unwrap_or_else(|| "HOST".to_string());
    format!("curl -s https://{host}/.well-known/openid-configuration | jq -r .issuer   # expect {expect}")
}

/// The `ForwardedHeaders = ...` assignment, if any.
fn forwarded_headers_assign(ctx: &Context) -> Option<&crate::checklist::csharp::Assign> {
    ctx.code
        .assigns_to("ForwardedHeaders")
        .find(|a| a.value.contains("ForwardedHeaders."))
}

fn honours(ctx: &Context, flag: &str) -> Option<bool> {
    forwarded_headers_assign(ctx).map(|a| a.value.contains(flag) || a.value.contains("ForwardedHeaders.All"))
}

/// Whether something sits in front of nginx (so nginx's `$scheme` is not the client's).
fn nginx_behind_proxy(ctx: &Context) -> bool {
    ctx.hops.as_ref().is_some_and(|h| h.value > 1)
}

fn tls3(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails = Vec::new();
    if let Some(a) = ctx.code.assigns_to("IssuerUri").next()
        && a.strings.first().is_some_and(|s| s.starts_with("http://"))
    {
        fails.push(Evidence::new(&a.file, a.line, "IssuerUri is http://"));
    }
    for server in ctx.nginx.servers() {
        for loc in server.proxy_locations() {
            let sent = loc.sent_headers();
            match sent.get("x-forwarded-proto") {
                None => fails.push(Evidence::new(
                    &loc.proxy_pass.file,
                    loc.proxy_pass.line,
                    "proxy_pass without proxy_set_header X-Forwarded-Proto: the app sees http",
                )),
                Some(d) if d.arg(1) == "$scheme" && !server.tls() && nginx_behind_proxy(ctx) => {
                    fails.push(Evidence::new(
                        &d.file,
                        d.line,
                        "X-Forwarded-Proto $scheme on a plain-http nginx behind a TLS-terminating proxy sends http",
                    ))
                }
                Some(_) => {}
            }
        }
    }
    if ctx.proxy_evidence().is_some()
        && let Some(false) = honours(ctx, "XForwardedProto")
        && let Some(a) = forwarded_headers_assign(ctx)
    {
        fails.push(Evidence::new(
            &a.file,
            a.line,
            "ForwardedHeaders does not include XForwardedProto",
        ));
    }
    if !fails.is_empty() {
        return Outcome::fail("the issuer will be built as http:// behind the proxy", fails);
    }
    if let Some(a) = ctx.code.assigns_to("IssuerUri").next()
        && a.strings.first().is_some_and(|s| s.starts_with("https://"))
    {
        return Outcome::pass(
            "IssuerUri is set to an https URL",
            vec![Evidence::new(&a.file, a.line, "IssuerUri")],
        );
    }
    Outcome::operator(
        "the issuer is inferred per request; the files forward the scheme correctly, verify the live discovery document",
        issuer_command(ctx, "https://…"),
        Vec::new(),
    )
}

fn proxy_applies(ctx: &Context) -> Option<Evidence> {
    ctx.proxy_evidence().or_else(|| {
        ctx.code
            .calls
            .iter()
            .find(|c| {
                (c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"))
                    || c.name == "UseForwardedHeaders"
            })
            .map(|c| ev(c, &c.name))
    })
}

fn loopback(addr: &str) -> bool {
    addr.starts_with("127.") || addr == "::1" || addr == "localhost"
}

/// The proxy connects from loopback only (nginx on the app host), which the defaults trust.
fn proxy_on_loopback(ctx: &Context) -> bool {
    if let Some(s) = &ctx.spec {
        return s
            .spec
            .proxy
            .hops
            .iter()
            .filter(|h| crate::model::forwarding::is_l7(h.kind))
            .all(|h| {
                !h.trusted_networks.is_empty()
                    && h.trusted_networks
                        .iter()
                        .all(|n| loopback(n.split('/').next().unwrap_or(n)))
            });
    }
    let upstream_servers: Vec<String> = ctx
        .nginx
        .upstreams()
        .iter()
        .flat_map(|(u, _)| {
            u.children()
                .iter()
                .filter(|s| s.name == "server")
                .map(|s| s.arg(0).to_string())
        })
        .collect();
    let locs: Vec<String> = ctx
        .nginx
        .servers()
        .iter()
        .flat_map(|s| {
            s.proxy_locations()
                .into_iter()
                .map(|l| l.proxy_pass.arg(0).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    !locs.is_empty()
        && locs.iter().all(|target| {
            let hostport = target
                .split("://")
                .nth(1)
                .unwrap_or(target)
                .split('/')
                .next()
                .unwrap_or("");
            let host = hostport.rsplit_once(':').map(|(h, _)| h).unwrap_or(hostport);
            loopback(host)
                || (!upstream_servers.is_empty()
                    && upstream_servers
                        .iter()
                        .all(|s| loopback(s.split(':').next().unwrap_or(s))))
        })
}

fn env_enabled_forwarding(ctx: &Context) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = ctx
        .env_literals()
        .into_iter()
        .filter(|(_, _, n, v)| {
            n == "ASPNETCORE_FORWARDEDHEADERS_ENABLED" && v.as_deref().is_some_and(|v| v.eq_ignore_ascii_case("true"))
        })
        .map(|(f, l, _, _)| {
            Evidence::new(
                f,
                l,
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED=true clears the trust lists and trusts any peer",
            )
        })
        .collect();
    out.extend(
        ctx.tf_strings()
            .into_iter()
            .filter(|(_, _, k, v)| k == "ASPNETCORE_FORWARDEDHEADERS_ENABLED" && v.eq_ignore_ascii_case("true"))
            .map(|(f, l, _, _)| {
                Evidence::new(
                    f,
                    l,
                    "ASPNETCORE_FORWARDEDHEADERS_ENABLED=true clears the trust lists and trusts any peer",
                )
            }),
    );
    out
}

fn rp1(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let Some(proxy) = proxy_applies(ctx) else {
        return Outcome::na("no reverse proxy in the tree and forwarded headers are not configured");
    };
    let mut fails = env_enabled_forwarding(ctx);
    let trust_lists = ["KnownProxies", "KnownNetworks", "KnownIPNetworks"];
    let adds: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.name == "Add"
                && c.receiver
                    .as_deref()
                    .is_some_and(|r| trust_lists.iter().any(|t| r.ends_with(t)))
        })
        .collect();
    let clears: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.name == "Clear"
                && c.receiver
                    .as_deref()
                    .is_some_and(|r| trust_lists.iter().any(|t| r.ends_with(t)))
        })
        .collect();
    let configure = ctx
        .code
        .calls
        .iter()
        .find(|c| c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"));
    let creation = ctx
        .code
        .creations
        .iter()
        .find(|c| c.type_name == "ForwardedHeadersOptions");
    let configured_at = configure
        .map(|c| ev(c, "Configure<ForwardedHeadersOptions>"))
        .or_else(|| creation.map(|c| Evidence::new(&c.file, c.line, "new ForwardedHeadersOptions")));
    match &configured_at {
        None if fails.is_empty() => fails.push(Evidence::new(
            &anchor.file,
            anchor.line,
            format!(
                "a proxy is in front ({}:{}) but ForwardedHeadersOptions is not configured",
                proxy.file, proxy.line
            ),
        )),
        None => {}
        Some(at) => {
            if forwarded_headers_assign(ctx).is_none() {
                fails.push(Evidence::new(
                    &at.file,
                    at.line,
                    "ForwardedHeaders is not set: it defaults to None, nothing is honoured",
                ));
            }
            if adds.is_empty() {
                if let Some(c) = clears.first() {
                    fails.push(ev(c, "trust list cleared and nothing added: any peer is trusted"));
                } else if !proxy_on_loopback(ctx) {
                    fails.push(Evidence::new(&at.file, at.line, "no KnownProxies/KnownIPNetworks added: only loopback is trusted, the proxy's headers are ignored"));
                }
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("forwarded headers are not restricted to the known proxies", fails);
    }
    let mut evidence: Vec<Evidence> = configured_at.into_iter().collect();
    evidence.extend(
        adds.iter()
            .map(|c| ev(c, format!("{}.Add", c.receiver.clone().unwrap_or_default()))),
    );
    Outcome::pass("forwarded headers trust exactly the configured proxies", evidence)
}

fn rp2(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if proxy_applies(ctx).is_none() {
        return Outcome::na("no reverse proxy in the tree and forwarded headers are not configured");
    }
    let Some(fh) = ctx.code.call("UseForwardedHeaders") else {
        if let Some(e) = env_enabled_forwarding(ctx).into_iter().next() {
            return Outcome::pass(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED inserts the middleware first (see RP1 for its trust problem)",
                vec![e],
            );
        }
        let first = ctx.code.calls.iter().find(|c| is_middleware(ctx, c));
        return Outcome::fail(
            "app.UseForwardedHeaders() is never called: configured options are never applied",
            vec![first.map(|c| ev(c, "first middleware")).unwrap_or(anchor)],
        );
    };
    let before: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.file == fh.file && c.offset < fh.offset && is_middleware(ctx, c))
        .filter(|c| !matches!(c.name.as_str(), "UseExceptionHandler" | "UseDeveloperExceptionPage"))
        .map(|c| ev(c, format!("{} runs before UseForwardedHeaders", c.name)))
        .collect();
    if !before.is_empty() {
        let names: Vec<&str> = before.iter().map(|e| e.note.split(' ').next().unwrap_or("")).collect();
        return Outcome::fail(
            format!("UseForwardedHeaders() runs after {}", names.join(", ")),
            vec![ev(fh, "UseForwardedHeaders")],
        )
        .with_related(before);
    }
    Outcome::pass(
        "UseForwardedHeaders() is the first middleware",
        vec![ev(fh, "UseForwardedHeaders")],
    )
}

fn is_middleware(ctx: &Context, c: &Call) -> bool {
    c.name.starts_with("Use")
        && c.receiver
            .as_deref()
            .is_some_and(|r| ctx.code.app_vars.iter().any(|v| v == r) || (ctx.code.app_vars.is_empty() && r == "app"))
}

fn rp3(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let expected = ctx
        .spec
        .as_ref()
        .map(|s| crate::model::Model::from_spec(&s.spec).issuer)
        .or_else(|| ctx.public_host.as_ref().map(|h| format!("https://{h}")));
    let mut fails = Vec::new();
    if let Some(a) = ctx.code.assigns_to("IssuerUri").next()
        && let (Some(v), Some(exp)) = (a.strings.first(), &expected)
        && v.trim_end_matches('/') != exp.trim_end_matches('/')
    {
        fails.push(Evidence::new(
            &a.file,
            a.line,
            format!("IssuerUri {v} is not the public URL {exp}"),
        ));
    }
    for server in ctx.nginx.servers() {
        for loc in server.proxy_locations() {
            let sent = loc.sent_headers();
            let host = sent.get("host");
            let xfh = sent.get("x-forwarded-host");
            if host.is_none() && xfh.is_none() {
                fails.push(Evidence::new(
                    &loc.proxy_pass.file,
                    loc.proxy_pass.line,
                    "proxy_pass without Host $host or X-Forwarded-Host: the app sees the upstream name ($proxy_host)",
                ));
            } else if host.is_none()
                && let Some(d) = xfh
                && honours(ctx, "XForwardedHost") == Some(false)
            {
                fails.push(Evidence::new(
                    &d.file,
                    d.line,
                    "only X-Forwarded-Host is sent, and ForwardedHeaders does not include XForwardedHost",
                ));
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the issuer will not be the public URL", fails);
    }
    if let Some(a) = ctx.code.assigns_to("IssuerUri").next()
        && let (Some(v), Some(exp)) = (a.strings.first(), &expected)
        && v.trim_end_matches('/') == exp.trim_end_matches('/')
    {
        return Outcome::pass(
            format!("IssuerUri is pinned to the public URL {exp}"),
            vec![Evidence::new(&a.file, a.line, "IssuerUri")],
        );
    }
    let exp = expected.unwrap_or_else(|| "the public https origin".to_string());
    Outcome::operator(
        "the files keep the public host; verify the live issuer equals the public URL",
        issuer_command(ctx, &exp),
        Vec::new(),
    )
}

/// Whether a method (by name) is only reached under a mode guard.
fn method_guarded(ctx: &Context, method: &str, depth: usize) -> bool {
    if depth > 4 {
        return false;
    }
    let callers: Vec<&Call> = ctx.code.calls.iter().filter(|c| c.name == method).collect();
    callers.iter().all(|c| call_guarded(ctx, c, depth + 1))
}

fn call_guarded(ctx: &Context, c: &Call, depth: usize) -> bool {
    if c.guard.is_some() {
        return true;
    }
    if c.in_hosted_service {
        return false;
    }
    match &c.method {
        Some(m) if m != "Main" => method_guarded(ctx, m, depth),
        _ => false,
    }
}

fn db1(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let migrations: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            matches!(
                c.name.as_str(),
                "Migrate" | "MigrateAsync" | "EnsureCreated" | "EnsureCreatedAsync"
            )
        })
        .filter(|c| c.receiver.as_deref().is_some_and(|r| r.ends_with("Database")))
        .collect();
    let (startup, guarded): (Vec<&Call>, Vec<&Call>) = migrations.into_iter().partition(|c| !call_guarded(ctx, c, 0));
    if !startup.is_empty() {
        return Outcome::fail(
            "migrations run on the normal startup path",
            startup
                .iter()
                .map(|c| ev(c, format!("{} on the startup path", c.name)))
                .collect(),
        );
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
    Outcome::pass("no migration runs on the startup path", evidence)
}

fn db2(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let Some(store) = ctx.code.call("AddOperationalStore") else {
        return Outcome::na("no EF operational store (AddOperationalStore)");
    };
    match ctx.code.assigns_to("EnableTokenCleanup").last() {
        Some(a) if a.value == "true" => Outcome::pass(
            "EnableTokenCleanup = true",
            vec![Evidence::new(&a.file, a.line, "EnableTokenCleanup")],
        ),
        Some(a) => Outcome::fail(
            format!("EnableTokenCleanup = {}", a.value),
            vec![Evidence::new(&a.file, a.line, "EnableTokenCleanup is not true")],
        ),
        None => Outcome::fail(
            "AddOperationalStore without EnableTokenCleanup = true (it defaults to false)",
            vec![ev(store, "AddOperationalStore without EnableTokenCleanup")],
        ),
    }
}

fn db3(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails: Vec<Evidence> = ctx
        .settings
        .secrets()
        .into_iter()
        .filter(|s| s.kind == SecretKind::ConnectionPassword)
        .map(|s| Evidence::new(s.file, s.line, format!("password in {}", s.key)))
        .collect();
    for (file, line, name, value) in ctx.settings.connection_strings() {
        if value.to_ascii_lowercase().contains("(localdb)") {
            fails.push(Evidence::new(
                file,
                line,
                format!("{name} points at LocalDB, a development default"),
            ));
        }
    }
    for s in &ctx.code.strings {
        if connection_password(&s.value).is_some() {
            fails.push(Evidence::new(
                &s.file,
                s.line,
                "connection string with a literal password in code",
            ));
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if value.as_deref().is_some_and(|v| connection_password(v).is_some()) {
            fails.push(Evidence::new(
                file,
                line,
                format!("env {name} holds a literal password"),
            ));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if connection_password(&value).is_some() {
            fails.push(Evidence::new(file, line, format!("{key} holds a literal password")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("credentials are committed instead of read from a secret", fails);
    }
    let reads: Vec<Evidence> = ctx
        .code
        .calls_named("GetConnectionString")
        .map(|c| ev(c, "GetConnectionString"))
        .collect();
    Outcome::pass(
        "no literal credentials in appsettings, code, manifests or Terraform",
        reads,
    )
}

fn db4(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let providers: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            matches!(
                c.name.as_str(),
                "UseSqlServer" | "UseNpgsql" | "UseMySql" | "UseOracle" | "UseAzureSql"
            )
        })
        .collect();
    if providers.is_empty() {
        return Outcome::na("no relational EF provider call (UseSqlServer/UseNpgsql/...) in the host");
    }
    let anywhere = ctx.code.call("EnableRetryOnFailure").is_some() || ctx.code.call("ExecutionStrategy").is_some();
    let lacking: Vec<Evidence> = providers
        .iter()
        .filter(|c| {
            let has = c
                .args
                .iter()
                .any(|a| a.text.contains("EnableRetryOnFailure") || a.text.contains("ExecutionStrategy"));
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
        .map(|c| ev(c, format!("{} without EnableRetryOnFailure", c.name)))
        .collect();
    if !lacking.is_empty() {
        return Outcome::fail("some database connections do not retry transient failures", lacking);
    }
    Outcome::pass(
        "every provider call enables retry on failure",
        providers.iter().map(|c| ev(c, &c.name)).collect(),
    )
}

fn obs1(ctx: &Context) -> Outcome {
    let prod: Vec<_> = ctx.settings.production_files().collect();
    if prod.is_empty() {
        return Outcome::not_found("no appsettings.json or appsettings.Production.json in the tree");
    }
    let levels = ctx.settings.production_levels();
    let mut fails = Vec::new();
    for l in &levels {
        // Host lifetime messages are a handful of lines at start and stop.
        // The event sink's category stays at Information so raised events are kept (X10).
        if l.category.eq_ignore_ascii_case("Microsoft.Hosting.Lifetime")
            || crate::checklist::event_sink::is_event_category(&l.category)
        {
            continue;
        }
        if level_rank(&l.level).is_some_and(|r| r < 3) {
            fails.push(Evidence::new(&l.file, l.line, format!("{} = {}", l.key, l.level)));
        }
    }
    let has_default = levels
        .iter()
        .any(|l| l.key.eq_ignore_ascii_case("Logging:LogLevel:Default"));
    if !has_default {
        let f = prod.iter().find(|f| f.environment.is_some()).unwrap_or(&prod[0]);
        fails.push(Evidence::new(
            &f.path,
            f.doc.entry_ci("Logging").map(|e| e.line).unwrap_or(1),
            "Logging:LogLevel:Default is not set: it defaults to Information",
        ));
    }
    if !fails.is_empty() {
        return Outcome::fail("production log levels are below Warning", fails);
    }
    Outcome::pass(
        "production log levels are Warning or above",
        levels
            .iter()
            .map(|l| Evidence::new(&l.file, l.line, format!("{} = {}", l.key, l.level)))
            .collect(),
    )
}

fn obs2(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let Some(otel) = ctx
        .code
        .call("AddOpenTelemetry")
        .filter(|c| c.receiver.as_deref() != Some("builder.Logging"))
        .or_else(|| {
            ctx.code
                .calls_named("AddOpenTelemetry")
                .find(|c| c.receiver.as_deref() != Some("builder.Logging"))
        })
    else {
        return Outcome::fail(
            "OpenTelemetry is not configured (no services.AddOpenTelemetry())",
            vec![anchor],
        );
    };
    let meter = ctx
        .code
        .calls_named("AddMeter")
        .find(|c| c.strings().any(|s| s == "Duende.IdentityServer") || c.args_text().contains("Telemetry.ServiceName"));
    let source = ctx.code.calls_named("AddSource").find(|c| {
        c.strings().any(|s| s.starts_with("Duende.IdentityServer"))
            || c.args_text().contains("IdentityServerConstants.Tracing")
    });
    let mut missing = Vec::new();
    if ctx.code.call("WithMetrics").is_none() || meter.is_none() {
        missing.push("metrics with AddMeter(\"Duende.IdentityServer\")");
    }
    if ctx.code.call("WithTracing").is_none() || source.is_none() {
        missing.push("tracing with AddSource(IdentityServerConstants.Tracing.Basic)");
    }
    if !missing.is_empty() {
        return Outcome::fail(
            format!("OpenTelemetry lacks {}", missing.join(" and ")),
            vec![ev(otel, "AddOpenTelemetry()")],
        );
    }
    let mut evidence = vec![ev(otel, "AddOpenTelemetry()")];
    evidence.extend(meter.map(|c| ev(c, "AddMeter")));
    evidence.extend(source.map(|c| ev(c, "AddSource")));
    Outcome::pass("OpenTelemetry metrics and traces include IdentityServer", evidence)
}

/// `(path, call)` of every MapHealthChecks.
fn health_maps(ctx: &Context) -> Vec<(String, &Call)> {
    ctx.code
        .calls_named("MapHealthChecks")
        .filter_map(|c| c.args.first().and_then(|a| a.strings.first()).map(|p| (p.clone(), c)))
        .collect()
}

fn obs3(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let maps = health_maps(ctx);
    let ready = maps.iter().find(|(p, _)| p.contains("ready"));
    let live = maps.iter().find(|(p, _)| p.contains("live"));
    let mut missing = Vec::new();
    if ready.is_none() {
        missing.push("a readiness endpoint (/health/ready)");
    }
    if live.is_none() {
        missing.push("a liveness endpoint (/health/live)");
    }
    if ctx.code.call("AddHealthChecks").is_none() {
        missing.push("services.AddHealthChecks()");
    }
    if !missing.is_empty() {
        let at = maps.first().map(|(_, c)| ev(c, "MapHealthChecks")).unwrap_or(anchor);
        return Outcome::fail(format!("missing {}", missing.join(", ")), vec![at]);
    }
    let mut evidence: Vec<Evidence> = maps
        .iter()
        .map(|(p, c)| ev(c, format!("MapHealthChecks(\"{p}\")")))
        .collect();
    for o in &ctx.kube.objects {
        for c in containers(o) {
            if let Some(p) = c.at(&["readinessProbe", "httpGet", "path"]) {
                evidence.push(Evidence::new(&o.file, p.line, "readinessProbe"));
            }
        }
    }
    Outcome::pass("readiness and liveness endpoints are mapped", evidence)
}

fn obs4(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let names = ["RaiseSuccessEvents", "RaiseFailureEvents", "RaiseErrorEvents"];
    let mut on = Vec::new();
    let mut missing = Vec::new();
    for n in names {
        match ctx.code.assigns_to(&format!("Events.{n}")).last() {
            Some(a) if a.value == "true" => on.push(Evidence::new(&a.file, a.line, n)),
            _ => missing.push(n),
        }
    }
    if !missing.is_empty() {
        return Outcome::fail(
            format!("{} not set to true (events default to off)", missing.join(", ")),
            vec![anchor],
        );
    }
    Outcome::pass("success, failure and error events are raised", on)
}

/// C# `new Client { ... }` initializers: (creation index, line, file).
fn clients(ctx: &Context) -> Vec<usize> {
    ctx.code
        .creations
        .iter()
        .enumerate()
        .filter(|(_, c)| c.type_name == "Client")
        .map(|(i, _)| i)
        .collect()
}

fn sec1(ctx: &Context) -> Outcome {
    let mut browser = Vec::new();
    let mut fails = Vec::new();
    for a in ctx.code.assigns_to("AllowedCorsOrigins") {
        browser.push(Evidence::new(&a.file, a.line, "AllowedCorsOrigins"));
        if a.strings.iter().any(|s| s.trim() == "*") {
            fails.push(Evidence::new(&a.file, a.line, "AllowedCorsOrigins contains \"*\""));
        }
    }
    for c in ctx.code.calls.iter() {
        let cors_add = c.name == "Add" && c.receiver.as_deref().is_some_and(|r| r.ends_with("AllowedCorsOrigins"));
        if cors_add || c.name == "WithOrigins" {
            browser.push(ev(c, &c.name));
            if c.strings().any(|s| s.trim() == "*") {
                fails.push(ev(c, format!("{} with \"*\"", c.name)));
            }
        }
        if c.name == "AllowAnyOrigin" {
            fails.push(ev(c, "AllowAnyOrigin()"));
        }
        if c.name == "SetIsOriginAllowed" && c.args_text().replace(' ', "").ends_with("=>true") {
            fails.push(ev(c, "SetIsOriginAllowed(_ => true) allows every origin"));
        }
        if c.name == "AddCors" {
            browser.push(ev(c, "AddCors"));
        }
    }
    for f in ctx.settings.production_files() {
        f.doc.walk(&mut |_, entry, node| {
            if let Some(e) = entry
                && e.key.eq_ignore_ascii_case("AllowedCorsOrigins")
            {
                browser.push(Evidence::new(&f.path, e.line, "AllowedCorsOrigins"));
                for item in node.items() {
                    if item.as_str() == Some("*") {
                        fails.push(Evidence::new(&f.path, item.line, "AllowedCorsOrigins contains \"*\""));
                    }
                }
            }
        });
    }
    if let Some(s) = &ctx.spec
        && s.spec
            .clients
            .iter()
            .any(|c| c.kind == crate::spec::types::ClientKind::Spa || !c.cors_origins.is_empty())
    {
        browser.push(s.at(&["clients"], "browser clients in idsgen.yaml"));
    }
    if !fails.is_empty() {
        return Outcome::fail("CORS allows any origin", fails);
    }
    if browser.is_empty() {
        return Outcome::na("no browser clients: no AllowedCorsOrigins, AddCors or spa client found");
    }
    Outcome::pass("CORS origins are explicit", browser)
}

fn interactive(grant: &str) -> bool {
    [
        "Code",
        "Hybrid",
        "Implicit",
        "DeviceFlow",
        "Ciba",
        "ResourceOwnerPassword",
    ]
    .iter()
    .any(|g| grant.contains(g))
}

fn sec2(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let code_clients = clients(ctx);
    for &i in &code_clients {
        let c = &ctx.code.creations[i];
        let grant = ctx
            .code
            .assigns_in(i)
            .find(|a| a.target == "AllowedGrantTypes")
            .map(|a| a.value.clone())
            .unwrap_or_default();
        let id = ctx
            .code
            .assigns_in(i)
            .find(|a| a.target == "ClientId")
            .and_then(|a| a.strings.first().cloned())
            .unwrap_or_default();
        let life = ctx.code.assigns_in(i).find(|a| a.target == "AccessTokenLifetime");
        match life.and_then(|a| eval_number(&a.value).map(|n| (a, n))) {
            Some((a, n)) if n > 3600.0 => fails.push(Evidence::new(
                &a.file,
                a.line,
                format!("client {id}: AccessTokenLifetime {n} s"),
            )),
            Some((a, n)) => passes.push(Evidence::new(
                &a.file,
                a.line,
                format!("client {id}: AccessTokenLifetime {n} s"),
            )),
            None if life.is_some() => passes.push(Evidence::new(
                &c.file,
                c.line,
                format!(
                    "client {id}: AccessTokenLifetime set from {}",
                    life.map(|a| a.value.clone()).unwrap_or_default()
                ),
            )),
            None if interactive(&grant) => fails.push(Evidence::new(
                &c.file,
                c.line,
                format!("interactive client {id} keeps the default AccessTokenLifetime (3600 s), never reviewed"),
            )),
            None => passes.push(Evidence::new(
                &c.file,
                c.line,
                format!("client {id}: default 3600 s for machine-to-machine"),
            )),
        }
    }
    for f in ctx.settings.production_files() {
        f.doc.walk(&mut |_, _, node| {
            if let Some(id) = node.entry_ci("ClientId") {
                match node.entry_ci("AccessTokenLifetime") {
                    Some(e) if e.value.as_u64().unwrap_or(0) > 3600 => {
                        fails.push(Evidence::new(&f.path, e.line, "AccessTokenLifetime above 3600 s"))
                    }
                    Some(e) => passes.push(Evidence::new(&f.path, e.line, "AccessTokenLifetime")),
                    None => {
                        let grants: Vec<&str> = node
                            .entry_ci("AllowedGrantTypes")
                            .map(|g| g.value.items().iter().filter_map(Tree::as_str).collect())
                            .unwrap_or_default();
                        if grants.iter().any(|g| *g != "client_credentials") {
                            fails.push(Evidence::new(
                                &f.path,
                                id.line,
                                "interactive client keeps the default AccessTokenLifetime (3600 s)",
                            ));
                        }
                    }
                }
            }
        });
    }
    if !fails.is_empty() {
        return Outcome::fail("access token lifetimes are long or unreviewed", fails);
    }
    if !passes.is_empty() {
        return Outcome::pass("access token lifetimes are explicit and at most one hour", passes);
    }
    if let Some(c) = ctx.code.call("AddConfigurationStore") {
        return Outcome::operator(
            "clients live in the configuration database",
            "SELECT ClientId, AccessTokenLifetime FROM Clients WHERE AccessTokenLifetime > 3600;   -- expect no rows",
            vec![ev(c, "AddConfigurationStore")],
        );
    }
    Outcome::not_found("no client definitions found (code, appsettings or the configuration store)")
}

fn sec3(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for i in clients(ctx) {
        let c = &ctx.code.creations[i];
        let get = |t: &str| ctx.code.assigns_in(i).find(|a| a.target == t);
        let offline = get("AllowOfflineAccess").is_some_and(|a| a.value == "true");
        let refresh_opts = [
            "RefreshTokenUsage",
            "RefreshTokenExpiration",
            "AbsoluteRefreshTokenLifetime",
            "SlidingRefreshTokenLifetime",
        ];
        if !offline && refresh_opts.iter().all(|o| get(o).is_none()) {
            continue;
        }
        let id = get("ClientId")
            .and_then(|a| a.strings.first().cloned())
            .unwrap_or_default();
        let mut missing: Vec<&str> = ["RefreshTokenUsage", "RefreshTokenExpiration"]
            .into_iter()
            .filter(|o| get(o).is_none())
            .collect();
        if get("RefreshTokenExpiration").is_some_and(|a| a.value.contains("Sliding"))
            && get("SlidingRefreshTokenLifetime").is_none()
        {
            missing.push("SlidingRefreshTokenLifetime");
        }
        if missing.is_empty() {
            passes.push(Evidence::new(
                &c.file,
                c.line,
                format!("client {id}: refresh token policy set"),
            ));
        } else {
            fails.push(Evidence::new(
                &c.file,
                c.line,
                format!("client {id} allows refresh tokens without {}", missing.join(", ")),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("refresh token policies are left at their defaults", fails);
    }
    if !passes.is_empty() {
        return Outcome::pass("refresh token usage and expiration are explicit", passes);
    }
    if clients(ctx).is_empty()
        && let Some(c) = ctx.code.call("AddConfigurationStore")
    {
        return Outcome::operator(
            "clients live in the configuration database",
            "SELECT ClientId, RefreshTokenUsage, RefreshTokenExpiration, AbsoluteRefreshTokenLifetime, SlidingRefreshTokenLifetime FROM Clients WHERE AllowOfflineAccess = 1;   -- review each row",
            vec![ev(c, "AddConfigurationStore")],
        );
    }
    Outcome::na("no client allows offline access")
}

fn sec4(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails: Vec<Evidence> = ctx
        .settings
        .secrets()
        .into_iter()
        .filter(|s| s.kind == SecretKind::Client)
        .map(|s| Evidence::new(s.file, s.line, format!("literal secret in {}", s.key)))
        .collect();
    for c in ctx.code.creations.iter().filter(|c| c.type_name == "Secret") {
        if let Some(first) = c.args.first()
            && let Some(lit) = first.strip_prefix('"')
            && !is_placeholder(lit.split('"').next().unwrap_or(""))
        {
            fails.push(Evidence::new(
                &c.file,
                c.line,
                "new Secret(\"…\") with a literal value in code",
            ));
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if name.to_ascii_lowercase().contains("secret") && value.as_deref().is_some_and(|v| !is_placeholder(v)) {
            fails.push(Evidence::new(file, line, format!("env {name} holds a literal secret")));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if key.to_ascii_lowercase().ends_with("secret") && !is_placeholder(&value) {
            fails.push(Evidence::new(file, line, format!("{key} holds a literal secret")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("client secrets are committed", fails);
    }
    Outcome::pass(
        "no literal client secrets in appsettings, code, manifests or Terraform",
        Vec::new(),
    )
}

/// `Some(reason)` when multi-instance items do not apply.
fn single_instance(ctx: &Context) -> Option<String> {
    match &ctx.instances {
        None => Some("instance count unknown: no idsgen.yaml, replica count, autoscaler, ECS service or nginx upstream in the tree; one instance assumed".into()),
        Some(f) if f.value <= 1 => Some(format!("one instance ({}:{}: {})", f.evidence.file, f.evidence.line, f.evidence.note)),
        Some(_) => None,
    }
}

fn multi_related(ctx: &Context) -> Vec<Evidence> {
    ctx.instances.iter().map(|f| f.evidence.clone()).collect()
}

fn mi1(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if let Some(c) = ctx.code.call("AddInMemoryPersistedGrants") {
        return Outcome::fail(
            "in-memory grants with more than one instance",
            vec![ev(c, "AddInMemoryPersistedGrants()")],
        )
        .with_related(multi_related(ctx));
    }
    match ctx.code.call("AddOperationalStore") {
        Some(c) => Outcome::pass(
            "grants are in the EF operational store",
            vec![ev(c, "AddOperationalStore")],
        ),
        None => Outcome::fail(
            "no AddOperationalStore: grants stay in each instance's memory",
            vec![anchor],
        )
        .with_related(multi_related(ctx)),
    }
}

fn mi2(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let shared = [
        "AddStackExchangeRedisCache",
        "AddDistributedSqlServerCache",
        "AddCosmosCache",
        "AddDistributedPostgreSqlCache",
        "AddNCacheDistributedCache",
    ];
    if let Some(c) = ctx.code.calls.iter().find(|c| shared.contains(&c.name.as_str())) {
        return Outcome::pass(format!("shared cache via {}", c.name), vec![ev(c, &c.name)]);
    }
    let at = ctx
        .code
        .call("AddDistributedMemoryCache")
        .map(|c| ev(c, "AddDistributedMemoryCache()"))
        .unwrap_or(anchor);
    Outcome::fail(
        "no shared IDistributedCache: AddIdentityServer() falls back to a per-process memory cache",
        vec![at],
    )
    .with_related(multi_related(ctx))
}

fn mi3(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    if let Err(o) = host(ctx) {
        return o;
    }
    let Some(store) = ctx.code.call("AddConfigurationStore") else {
        return Outcome::na("no EF configuration store: clients and resources come from code");
    };
    match ctx.code.call("AddConfigurationStoreCache") {
        Some(c) => Outcome::pass(
            "AddConfigurationStoreCache()",
            vec![ev(c, "AddConfigurationStoreCache")],
        ),
        None => Outcome::fail(
            "AddConfigurationStore without AddConfigurationStoreCache()",
            vec![ev(store, "AddConfigurationStore")],
        ),
    }
}

fn mi4(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| matches!(c.name.as_str(), "UseSqlite" | "UseInMemoryDatabase"))
        .map(|c| ev(c, format!("{}: a per-instance database", c.name)))
        .collect();
    for (file, line, name, value) in ctx.settings.connection_strings() {
        let lower = value.to_ascii_lowercase();
        if ["localhost", "127.0.0.1", "(localdb)", "[::1]"]
            .iter()
            .any(|l| lower.contains(l))
        {
            fails.push(Evidence::new(
                file,
                line,
                format!("{name} points at this machine, not a shared server"),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("instances do not share one database and one Redis", fails)
            .with_related(multi_related(ctx));
    }
    let selector = ctx.kube.of_kind("Deployment").find_map(|d| {
        let labels = d.doc.at(&["spec", "selector", "matchLabels"])?;
        let parts: Vec<String> = labels
            .entries()
            .iter()
            .filter_map(|e| {
                e.value
                    .as_str()
                    .filter(|v| *v != "HELM")
                    .map(|v| format!("{}={v}", e.key))
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(","))
    });
    let cmd = match selector {
        Some(sel) => format!(
            "for p in $(kubectl get pods -l {sel} -o name); do kubectl exec \"$p\" -- sh -c 'printenv ConnectionStrings__IdentityServer ConnectionStrings__Redis | sha256sum'; done | sort -u | wc -l   # expect 1"
        ),
        None => "on every instance: printenv ConnectionStrings__IdentityServer ConnectionStrings__Redis | sha256sum   # expect the same hash everywhere".to_string(),
    };
    Outcome::operator(
        "the connection strings come from shared secrets; verify every instance resolves the same ones",
        cmd,
        multi_related(ctx),
    )
}

fn tag_strings(c: &Call) -> Vec<String> {
    c.args
        .iter()
        .filter(|a| {
            a.name.as_deref() == Some("tags")
                || (a.name.is_none()
                    && (a.text.starts_with("new[]")
                        || a.text.starts_with("new string[]")
                        || a.text.starts_with('[')
                        || a.text.starts_with("new List<string>")))
        })
        .flat_map(|a| a.strings.clone())
        .collect()
}

fn x1(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let checks: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.chained_on("AddHealthChecks")
                || (c.chain.first().is_some_and(|h| h == "AddHealthChecks") && c.name != "AddHealthChecks")
        })
        .filter(|c| c.name.starts_with("Add") && c.name != "AddHealthChecks")
        .collect();
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for (path, map) in health_maps(ctx) {
        let at = (map.file.clone(), map.offset);
        let predicate = ctx
            .code
            .assigns
            .iter()
            .find(|a| a.target == "Predicate" && a.call_at.as_ref() == Some(&at));
        let is_ready = path.contains("ready");
        let selects: Vec<&Call> = match predicate {
            None => checks.clone(),
            Some(p) if p.value.ends_with("=> false") => Vec::new(),
            Some(p) if p.value.contains("Tags.Contains") => {
                let wanted: Vec<&String> = p.strings.iter().collect();
                checks
                    .iter()
                    .copied()
                    .filter(|c| tag_strings(c).iter().any(|t| wanted.contains(&t)))
                    .collect()
            }
            Some(_) => checks.clone(),
        };
        if !is_ready {
            continue;
        }
        let place = predicate
            .map(|p| Evidence::new(&p.file, p.line, "readiness predicate"))
            .unwrap_or_else(|| ev(map, "MapHealthChecks"));
        if selects.is_empty() {
            let note = match predicate {
                Some(p) if p.value.contains("Tags.Contains") => format!(
                    "{} matches no registered check: readiness always reports Healthy",
                    p.value
                ),
                _ => format!("{path} runs no health check: readiness always reports Healthy"),
            };
            fails.push(Evidence::new(place.file, place.line, note));
        } else {
            passes.push(place);
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the readiness endpoint runs no checks", fails).with_related(
            checks
                .iter()
                .map(|c| ev(c, format!("{} registered with tags {:?}", c.name, tag_strings(c))))
                .collect(),
        );
    }
    if passes.is_empty() {
        return Outcome::na("no readiness endpoint is mapped");
    }
    Outcome::pass("the readiness endpoint runs at least one registered check", passes)
}

fn x2(ctx: &Context) -> Outcome {
    let Some(net10) = ctx.net10.clone() else {
        return Outcome::na("the host does not target .NET 10");
    };
    if let Err(o) = host(ctx) {
        return o;
    }
    let uses: Vec<Evidence> = ctx
        .code
        .members
        .iter()
        .filter(|m| m.name == "KnownNetworks")
        .map(|m| Evidence::new(&m.file, m.line, "KnownNetworks is obsolete on .NET 10 (ASPDEPR005)"))
        .collect();
    if !uses.is_empty() {
        return Outcome::fail("KnownNetworks is used on .NET 10", uses).with_related(vec![net10]);
    }
    Outcome::pass("no obsolete KnownNetworks on .NET 10", vec![net10])
}

fn x3(ctx: &Context) -> Outcome {
    let tuning: Vec<&crate::checklist::csharp::Assign> = ctx
        .code
        .assigns
        .iter()
        .filter(|a| a.targets("TokenCleanupBatchSize") || a.targets("TokenCleanupInterval"))
        .collect();
    if tuning.is_empty() {
        return Outcome::na("TokenCleanupInterval/TokenCleanupBatchSize are not set");
    }
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for t in tuning {
        let enabled = ctx
            .code
            .assigns
            .iter()
            .any(|a| a.targets("EnableTokenCleanup") && a.value == "true" && a.call_at == t.call_at);
        if enabled {
            passes.push(Evidence::new(
                &t.file,
                t.line,
                format!("{} with EnableTokenCleanup = true", t.target),
            ));
        } else {
            fails.push(Evidence::new(
                &t.file,
                t.line,
                format!(
                    "{} without EnableTokenCleanup = true in the same options: no cleanup runs",
                    t.target
                ),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("token cleanup is tuned but not enabled", fails);
    }
    Outcome::pass("token cleanup settings come with EnableTokenCleanup = true", passes)
}

fn x4(ctx: &Context) -> Outcome {
    let calls: Vec<&Call> = ctx.code.calls_named("AddOidcStateDataFormatterCache").collect();
    if calls.is_empty() {
        return Outcome::na("AddOidcStateDataFormatterCache is not called");
    }
    let wrong: Vec<Evidence> = calls
        .iter()
        .filter(|c| {
            c.chained_on("AddIdentityServer")
                || c.chain.len() > 1
                    && c.chain[..c.chain.len() - 1]
                        .iter()
                        .any(|n| n.starts_with("AddInMemory") || n.ends_with("Store"))
        })
        .map(|c| {
            ev(
                c,
                "AddOidcStateDataFormatterCache chained on the IdentityServer builder",
            )
        })
        .collect();
    if !wrong.is_empty() {
        return Outcome::fail(
            "AddOidcStateDataFormatterCache is called on IIdentityServerBuilder (CS1061)",
            wrong,
        );
    }
    Outcome::pass(
        "AddOidcStateDataFormatterCache is called on IServiceCollection",
        calls.iter().map(|c| ev(c, "AddOidcStateDataFormatterCache")).collect(),
    )
}

fn x5(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let mut applies = false;
    for server in ctx.nginx.servers() {
        for loc in server.proxy_locations() {
            applies = true;
            let page = 4096;
            let buf_dir = loc.effective("proxy_buffer_size");
            let buffer = buf_dir.and_then(|d| nginx::size(d.arg(0))).unwrap_or(page);
            let bufs_dir = loc.effective("proxy_buffers");
            let (n, size) = bufs_dir
                .and_then(|d| Some((d.arg(0).parse::<u64>().ok()?, nginx::size(d.arg(1))?)))
                .unwrap_or((8, page));
            let busy_dir = loc.effective("proxy_busy_buffers_size");
            let busy = busy_dir
                .and_then(|d| nginx::size(d.arg(0)))
                .unwrap_or(2 * buffer.max(size));
            let place = |d: Option<&nginx::Directive>| {
                d.map(|d| Evidence::new(&d.file, d.line, ""))
                    .unwrap_or_else(|| Evidence::new(&loc.proxy_pass.file, loc.proxy_pass.line, ""))
            };
            if buffer < 16 * 1024 {
                let mut e = place(buf_dir);
                e.note = format!(
                    "proxy_buffer_size {}k is below 16k: OIDC cookies overflow it (502 upstream sent too big header)",
                    buffer / 1024
                );
                fails.push(e);
            } else if busy < buffer.max(size) {
                let mut e = place(busy_dir.or(buf_dir));
                e.note = "nginx -t rejects this: proxy_busy_buffers_size must be >= max(proxy_buffer_size, one proxy_buffers buffer)".into();
                fails.push(e);
            } else if busy > (n.saturating_sub(1)) * size {
                let mut e = place(bufs_dir.or(busy_dir).or(buf_dir));
                e.note = format!(
                    "nginx -t rejects this: proxy_busy_buffers_size ({}k) must be less than all proxy_buffers ({n} x {}k) minus one buffer",
                    busy / 1024,
                    size / 1024
                );
                fails.push(e);
            } else {
                let mut e = place(buf_dir);
                e.note = format!("proxy_buffer_size {}k", buffer / 1024);
                passes.push(e);
            }
        }
    }
    let annotation = "nginx.ingress.kubernetes.io/proxy-buffer-size";
    let cm_size = ctx.kube.of_kind("ConfigMap").find_map(|c| {
        let e = c.doc.get("data")?.entry("proxy-buffer-size")?;
        Some((c, e.line, e.value.as_str().and_then(nginx::size).unwrap_or(0)))
    });
    let mut values_annotation = None;
    for v in &ctx.kube.values {
        v.doc.walk(&mut |_, entry, node| {
            if let Some(e) = entry
                && e.key == annotation
            {
                values_annotation = Some((v.file.clone(), e.line, node.as_str().and_then(nginx::size).unwrap_or(0)));
            }
        });
    }
    for ing in ctx.ingress_nginx() {
        applies = true;
        let own = ing
            .doc
            .at(&["metadata", "annotations"])
            .and_then(|a| a.entry(annotation));
        let (file, line, size) = match (own, &values_annotation, &cm_size) {
            (Some(e), _, _) if e.value.as_str() != Some("HELM") => (
                ing.file.clone(),
                e.line,
                e.value.as_str().and_then(nginx::size).unwrap_or(0),
            ),
            (_, Some((f, l, s)), _) if ing.templated => (f.clone(), *l, *s),
            (_, _, Some((c, l, s))) => (c.file.clone(), *l, *s),
            _ => (ing.file.clone(), ing.line, 4096),
        };
        if size < 16 * 1024 {
            fails.push(Evidence::new(
                file,
                line,
                format!(
                    "ingress-nginx proxy-buffer-size {}k (default 4k) is below 16k",
                    size / 1024
                ),
            ));
        } else {
            passes.push(Evidence::new(
                file,
                line,
                format!("ingress-nginx proxy-buffer-size {}k", size / 1024),
            ));
        }
    }
    if !applies {
        let declared = ctx.spec.as_ref().and_then(|s| {
            let i = s.spec.proxy.hops.iter().position(|h| {
                matches!(
                    h.kind,
                    crate::spec::types::HopKind::Nginx | crate::spec::types::HopKind::IngressNginx
                )
            })?;
            Some(format!("proxy.hops[{i}], {}:{}", s.path, s.line(&["proxy", "hops"])))
        });
        return match declared {
            Some(at) => Outcome::not_found(format!(
                "idsgen.yaml puts nginx/ingress-nginx in the chain ({at}) but its configuration (nginx conf, Ingress, controller values) is not in the tree"
            )),
            None => Outcome::na("no nginx or ingress-nginx proxies to the host in this tree"),
        };
    }
    if !fails.is_empty() {
        return Outcome::fail("proxy buffers are too small for OIDC cookies or invalid", fails);
    }
    Outcome::pass("proxy buffers hold OIDC headers", passes)
}

fn x6(ctx: &Context) -> Outcome {
    let Some(hops) = ctx.hops.clone() else {
        return Outcome::na("hop count unknown: no idsgen.yaml proxy.hops and no nginx chain in the tree");
    };
    if let Err(o) = host(ctx) {
        return o;
    }
    let Some(configure) = ctx
        .code
        .calls
        .iter()
        .find(|c| c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"))
    else {
        return Outcome::na("forwarded headers are not configured in code (RP1 covers that)");
    };
    let limit = ctx.code.assigns_to("ForwardLimit").last();
    let (value, place) = match limit {
        Some(a) if a.value == "null" => {
            return Outcome::fail(
                format!(
                    "ForwardLimit = null processes every X-Forwarded-For entry; the chain has {} hops",
                    hops.value
                ),
                vec![Evidence::new(&a.file, a.line, "ForwardLimit = null")],
            )
            .with_related(vec![hops.evidence]);
        }
        Some(a) => (
            eval_number(&a.value).map(|n| n as u32),
            Evidence::new(&a.file, a.line, format!("ForwardLimit = {}", a.value)),
        ),
        None => (Some(1), ev(configure, "ForwardLimit not set (defaults to 1)")),
    };
    match value {
        Some(v) if v == hops.value => Outcome::pass(
            format!("ForwardLimit {v} = {} hops", hops.value),
            vec![place, hops.evidence],
        ),
        Some(v) => Outcome::fail(
            format!("ForwardLimit {v} but the chain has {} layer-7 hops", hops.value),
            vec![place],
        )
        .with_related(vec![hops.evidence]),
        None => Outcome::operator(
            format!(
                "ForwardLimit is computed ({}); the chain has {} hops",
                place.note, hops.value
            ),
            issuer_command(ctx, "the public https origin"),
            vec![place, hops.evidence],
        ),
    }
}

fn x7(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    // An endpoint bound to a management port or behind authorization is not public, whatever
    // the proxy routes: `.RequireHost("*:8081")` / `.RequireAuthorization()` chained on its map call.
    let restricted = |map: &Call, marker: &str| {
        ctx.code.calls.iter().any(|r| {
            r.file == map.file
                && r.chained_on(&map.name)
                && r.receiver.as_deref().is_some_and(|t| t.contains(marker))
                && ((r.name == "RequireHost" && r.strings().any(|s| s.contains(':')))
                    || r.name == "RequireAuthorization")
        })
    };
    let mut paths: Vec<(String, &Call)> = Vec::new();
    for (p, c) in health_maps(ctx) {
        if !restricted(c, &format!("\"{p}\"")) {
            paths.push((p, c));
        }
    }
    for c in
        ctx.code.calls.iter().filter(|c| {
            c.name == "UseOpenTelemetryPrometheusScrapingEndpoint" || c.name == "MapPrometheusScrapingEndpoint"
        })
    {
        let port_predicate = c.args.iter().any(|a| a.text.contains("LocalPort"));
        if !port_predicate && !restricted(c, &c.name) {
            let p = c
                .args
                .first()
                .and_then(|a| a.strings.first().cloned())
                .unwrap_or_else(|| "/metrics".to_string());
            paths.push((p, c));
        }
    }
    if paths.is_empty() {
        return if health_maps(ctx).is_empty() {
            Outcome::na("no health or metrics endpoints are mapped")
        } else {
            Outcome::pass(
                "health and metrics endpoints are bound to a management port or require authorization",
                Vec::new(),
            )
        };
    }
    if let Some(single_port) = crate::checklist::single_port_hosts::x7_app_service(ctx, &paths) {
        return single_port;
    }
    let mut fails = Vec::new();
    let mut checked = false;
    for server in ctx
        .nginx
        .servers()
        .iter()
        .filter(|s| s.public() && !s.proxy_locations().is_empty())
    {
        checked = true;
        for (p, _) in &paths {
            if let Some(l) = server.select_location(p)
                && !nginx::denies(l)
                && l.children().iter().any(|d| d.name == "proxy_pass")
            {
                fails.push(Evidence::new(
                    &l.file,
                    l.line,
                    format!("{p} reaches the app through `location {}`", l.args.join(" ")),
                ));
            }
        }
    }
    for ing in ctx.kube.of_kind("Ingress") {
        checked = true;
        for rule in ing.doc.at(&["spec", "rules"]).map(Tree::items).unwrap_or(&[]) {
            for path in rule.at(&["http", "paths"]).map(Tree::items).unwrap_or(&[]) {
                let Some(pe) = path.entry("path") else { continue };
                let prefix = pe.value.as_str().unwrap_or("");
                let exact = path.get("pathType").and_then(Tree::as_str) == Some("Exact");
                for (p, _) in &paths {
                    let covered = if exact {
                        prefix == p
                    } else {
                        prefix == "HELM" || p.starts_with(prefix.trim_end_matches('/')) || prefix == "/"
                    };
                    if covered {
                        fails.push(Evidence::new(
                            &ing.file,
                            pe.line,
                            format!("{p} is routed publicly by Ingress path {prefix}"),
                        ));
                    }
                }
            }
        }
    }
    if !checked {
        let Some(proxy) = ctx.proxy_evidence() else {
            return Outcome::na(
                "no public proxy (nginx server, Ingress, load balancer, idsgen.yaml proxy.hops) in the tree",
            );
        };
        let host = ctx.public_host.clone().unwrap_or_else(|| "HOST".to_string());
        let list: Vec<&str> = paths.iter().map(|(p, _)| p.as_str()).collect();
        return Outcome::operator(
            format!(
                "a public proxy is in front ({}:{}) but its routing is not in the tree",
                proxy.file, proxy.line
            ),
            format!(
                "for p in {}; do curl -s -o /dev/null -w \"$p %{{http_code}}\\n\" https://{host}$p; done   # expect 403 or 404 for each",
                list.join(" ")
            ),
            paths.iter().map(|(p, c)| ev(c, format!("{p} mapped here"))).collect(),
        );
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "health or metrics endpoints are reachable through the public proxy",
            fails,
        )
        .with_related(paths.iter().map(|(p, c)| ev(c, format!("{p} mapped here"))).collect());
    }
    Outcome::pass(
        "the public proxy does not route health or metrics endpoints",
        Vec::new(),
    )
}

fn x8(ctx: &Context) -> Outcome {
    let mut fails: Vec<Evidence> = ctx
        .license_files
        .iter()
        .map(|f| Evidence::new(f, 1, "Duende_License.key committed"))
        .collect();
    fails.extend(
        ctx.settings
            .secrets()
            .into_iter()
            .filter(|s| s.kind == SecretKind::License)
            .map(|s| Evidence::new(s.file, s.line, format!("license key in {}", s.key))),
    );
    for a in ctx.code.assigns_to("LicenseKey") {
        if a.value.starts_with('"') && a.strings.first().is_some_and(|s| !is_placeholder(s)) {
            fails.push(Evidence::new(&a.file, a.line, "LicenseKey assigned a literal"));
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if name.to_ascii_lowercase().contains("licensekey") && value.as_deref().is_some_and(|v| !is_placeholder(v)) {
            fails.push(Evidence::new(file, line, format!("env {name} holds the license key")));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if key.to_ascii_lowercase().contains("licensekey") && !is_placeholder(&value) {
            fails.push(Evidence::new(file, line, format!("{key} holds the license key")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the Duende license key is committed", fails);
    }
    Outcome::pass("no license key in the tree", Vec::new())
}

fn x9(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let mut applies = false;
    for d in &ctx.dockerfiles {
        let Some(last_from) = d.instructions.iter().rposition(|i| i.name == "FROM") else {
            continue;
        };
        applies = true;
        let from = &d.instructions[last_from];
        let user = d.instructions[last_from..].iter().rfind(|i| i.name == "USER");
        match user {
            Some(u) if matches!(u.args.split(':').next().unwrap_or("").trim(), "root" | "0") => {
                fails.push(Evidence::new(&d.path, u.line, "USER root in the final stage"))
            }
            Some(u) => passes.push(Evidence::new(&d.path, u.line, format!("USER {}", u.args))),
            // Chiseled .NET images default to the non-root app user.
            None if from.args.contains("chiseled") || from.args.contains("distroless") => {
                passes.push(Evidence::new(&d.path, from.line, "non-root base image"))
            }
            None => fails.push(Evidence::new(
                &d.path,
                from.line,
                "final stage has no USER: the container runs as root",
            )),
        }
    }
    let values_ok = ctx.kube.values.iter().find_map(|v| {
        ["podSecurityContext", "securityContext", "containerSecurityContext"]
            .iter()
            .find_map(|k| {
                let sc = v.doc.get(k)?;
                let e = sc
                    .entry("runAsNonRoot")
                    .filter(|e| e.value.as_bool() == Some(true))
                    .or_else(|| sc.entry("runAsUser").filter(|e| e.value.as_u64().unwrap_or(0) > 0))?;
                Some(Evidence::new(&v.file, e.line, format!("{k}.{}", e.key)))
            })
    });
    for o in &ctx.kube.objects {
        let Some(spec) = pod_spec(o) else { continue };
        applies = true;
        let judge = |sc: Option<&Tree>| -> Option<Result<Evidence, Evidence>> {
            let sc = sc?;
            if let Some(e) = sc.entry("runAsUser")
                && e.value.as_u64() == Some(0)
            {
                return Some(Err(Evidence::new(&o.file, e.line, "runAsUser: 0")));
            }
            if let Some(e) = sc.entry("runAsNonRoot") {
                return Some(if e.value.as_bool() == Some(true) {
                    Ok(Evidence::new(&o.file, e.line, "runAsNonRoot: true"))
                } else if e.value.as_str() == Some("HELM") {
                    Ok(Evidence::new(&o.file, e.line, "runAsNonRoot from values"))
                } else {
                    Err(Evidence::new(&o.file, e.line, "runAsNonRoot is not true"))
                });
            }
            sc.entry("runAsUser")
                .filter(|e| e.value.as_u64().unwrap_or(0) > 0)
                .map(|e| Ok(Evidence::new(&o.file, e.line, "runAsUser > 0")))
        };
        let pod = judge(spec.get("securityContext"));
        for c in spec.get("containers").map(Tree::items).unwrap_or(&[]) {
            let verdict = judge(c.get("securityContext")).or_else(|| pod.clone());
            match verdict {
                Some(Ok(e)) => passes.push(e),
                Some(Err(e)) => fails.push(e),
                None if o.templated && values_ok.is_some() => passes.extend(values_ok.clone()),
                None => {
                    let line = c.entry("name").map(|e| e.line).unwrap_or(o.line);
                    fails.push(Evidence::new(
                        &o.file,
                        line,
                        format!("{} {}: no runAsNonRoot/runAsUser", o.kind, o.name),
                    ));
                }
            }
        }
    }
    if !applies {
        return Outcome::na("no Dockerfile, Kubernetes workload or Helm chart in the tree");
    }
    if !fails.is_empty() {
        return Outcome::fail("containers may run as root", fails);
    }
    Outcome::pass("containers run as a non-root user", passes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dockerignore_is_anchored_and_negatable() {
        assert!(docker_ignored("**/keys\n", "src/App/keys/k.json"));
        assert!(!docker_ignored("keys\n", "src/App/keys/k.json"));
        assert!(docker_ignored("keys/\n", "keys/k.json"));
        assert!(!docker_ignored("**/keys\n!src/App/keys\n", "src/App/keys/k.json"));
    }

    #[test]
    fn hsts_max_age_parses() {
        assert_eq!(max_age("max-age=63072000; includeSubDomains"), Some(63_072_000.0));
        assert_eq!(max_age("includeSubDomains"), None);
    }
}
