//! Which files the engine reads: classification by path (so a 10,000-file repository costs one
//! walk and a few reads) and the walk itself, which respects .gitignore like git does.

use crate::checklist::finding::Evidence;
use crate::error::{Error, Result};
use std::path::Path;

/// Files larger than this are not configuration; they are skipped unread (and reported).
const MAX_FILE_BYTES: u64 = crate::limits::MAX_CHECK_FILE_BYTES;

/// What a walk read, and what it could not read and why.
#[derive(Debug, Default)]
pub struct Walked {
    /// `(relative path, contents)` sorted by path.
    pub files: Vec<(String, String)>,
    /// Files the engine would have read but did not (too large, not UTF-8, unreadable, a
    /// symlink loop or a link out of the tree): each item that could depend on them is not a pass.
    pub skipped: Vec<Evidence>,
}

/// What a file is, judged by its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// A C# source file.
    CSharp,
    /// A `.csproj` or MSBuild `.props` file (target framework), or a solution (`.sln`, `.slnx`).
    Project,
    /// `appsettings*.json`.
    AppSettings,
    /// A candidate nginx configuration; the nginx module confirms by parsing.
    Nginx,
    /// An HAProxy configuration (`haproxy.cfg`).
    HaProxy,
    /// Terraform (`.tf`, `.tfvars`).
    Terraform,
    /// Azure Bicep (`.bicep`): App Service sites and their settings.
    Bicep,
    /// A YAML file other than idsgen.yaml: Kubernetes manifests, Helm values and templates.
    Yaml,
    /// `idsgen.yaml`: the deployment's own spec.
    Spec,
    /// A Dockerfile / Containerfile.
    Dockerfile,
    /// `.dockerignore`.
    DockerIgnore,
    /// `.gitignore` (any directory).
    GitIgnore,
    /// `Duende_License.key`.
    LicenseKey,
    /// A development signing key: `keys/*.json`, `tempkey.jwk`, `tempkey.rsa`.
    SigningKey,
    /// `.idsgen/check.yaml`: skips with reasons.
    CheckConfig,
    /// A `redis.conf`.
    RedisConf,
    /// A PKCS#12 container (`.pfx`, `.p12`): a certificate with its private key. Its presence is
    /// the fact; the binary content is never read.
    Certificate,
    /// A shell, PowerShell or batch script, a Makefile or a justfile: where migrations run when
    /// the application does not run them (`dotnet ef database update`, a migrations bundle).
    Script,
    /// A README or a deployment guide (`.md`): read only for what it says the cluster runs
    /// (the ingress controller an Ingress without a class goes to).
    Docs,
    /// Another `.json` file: configuration only when the host's code adds it
    /// (`AddJsonFile("config/config.json")`); package manifests and web assets are not read.
    Json,
}

/// Classifies a relative path (`/` separators); `None` means the engine ignores the file.
pub fn classify(path: &str) -> Option<FileKind> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let lower = name.to_ascii_lowercase();
    let dirs: Vec<&str> = path.split('/').rev().skip(1).collect();
    if path == ".idsgen/check.yaml" || path.ends_with("/.idsgen/check.yaml") {
        return Some(FileKind::CheckConfig);
    }
    if lower == "idsgen.yaml" {
        return Some(FileKind::Spec);
    }
    if lower == "duende_license.key" {
        return Some(FileKind::LicenseKey);
    }
    if lower == ".gitignore" {
        return Some(FileKind::GitIgnore);
    }
    if lower == ".dockerignore" {
        return Some(FileKind::DockerIgnore);
    }
    // `Dockerfile`, `Dockerfile.prod`, `Dockerfile-TokenService`, `Dockerfile_api`, `api.dockerfile`,
    // `Containerfile` (docker build -f takes any name; these are the ones repositories use).
    if lower == "dockerfile"
        || lower.starts_with("dockerfile.")
        || ((lower.starts_with("dockerfile-") || lower.starts_with("dockerfile_")) && !lower.contains('.'))
        || lower.ends_with(".dockerfile")
        || lower == "containerfile"
    {
        return Some(FileKind::Dockerfile);
    }
    if lower.starts_with("redis") && lower.ends_with(".conf") {
        return Some(FileKind::RedisConf);
    }
    // Development keys: tempkey.jwk (Duende, IdentityServer4 4.x), tempkey.rsa (IdentityServer4
    // before 4.0) and the file-system key store's keys/*.json.
    if lower == "tempkey.jwk"
        || lower == "tempkey.rsa"
        || (dirs.first().is_some_and(|d| *d == "keys") && lower.ends_with(".json"))
    {
        return Some(FileKind::SigningKey);
    }
    if lower == "makefile" || lower == "justfile" {
        return Some(FileKind::Script);
    }
    if (lower.starts_with("appsettings") || lower.starts_with("serilog")) && lower.ends_with(".json") {
        return Some(FileKind::AppSettings);
    }
    if crate::checklist::haproxy::is_haproxy_path(path) {
        return Some(FileKind::HaProxy);
    }
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if matches!(ext, "pfx" | "p12") {
        return Some(FileKind::Certificate);
    }
    if ext == "json" {
        let not_configuration = NOT_CONFIGURATION_JSON.iter().any(|n| lower == *n)
            || lower.starts_with("tsconfig")
            || lower.starts_with("jsconfig")
            || lower.ends_with(".min.json")
            || dirs.iter().any(|d| {
                matches!(
                    *d,
                    "wwwroot" | ".vscode" | ".github" | "Properties" | "i18n" | "locales"
                )
            });
        return (!not_configuration).then_some(FileKind::Json);
    }
    if ext == "md" {
        const GUIDES: &[&str] = &[
            "readme",
            "deploy",
            "install",
            "setup",
            "kubernetes",
            "k8s",
            "prereq",
            "getting",
        ];
        return GUIDES.iter().any(|g| lower.contains(g)).then_some(FileKind::Docs);
    }
    match ext {
        "cs" => Some(FileKind::CSharp),
        "csproj" | "props" | "sln" | "slnx" => Some(FileKind::Project),
        // Variable values (`terraform.tfvars`, `*.auto.tfvars`) are HCL attributes too.
        "tf" | "tfvars" => Some(FileKind::Terraform),
        "bicep" => Some(FileKind::Bicep),
        "sh" | "bash" | "ps1" | "cmd" | "bat" => Some(FileKind::Script),
        "yaml" | "yml" => Some(FileKind::Yaml),
        "conf" | "nginx" => Some(FileKind::Nginx),
        // A site kept as text beside the app (`nginx_default_configuration.txt`); the nginx
        // module confirms it by parsing, like any candidate.
        "txt" if lower.contains("nginx") => Some(FileKind::Nginx),
        "" if dirs
            .iter()
            .any(|d| matches!(*d, "sites-available" | "sites-enabled" | "nginx" | "conf.d")) =>
        {
            Some(FileKind::Nginx)
        }
        _ => None,
    }
}

/// `.json` files that are never .NET configuration.
const NOT_CONFIGURATION_JSON: &[&str] = &[
    "package.json",
    "package-lock.json",
    "global.json",
    "launchsettings.json",
    "composer.json",
    "renovate.json",
    ".eslintrc.json",
    "nuget.json",
    "dotnet-tools.json",
    "manifest.json",
    "libman.json",
    "bundleconfig.json",
];

/// Directory names never descended into.
const SKIPPED_DIRS: &[&str] = &["node_modules", "bin", "obj", ".vs", ".idea"];

/// Reads every file under `root` that the engine can use, as `(relative path, contents)` sorted
/// by path. Honours .gitignore (also without a `.git` directory), reads hidden files such as
/// .gitignore and .dockerignore, never descends into `.git`. Skipped files are dropped here;
/// `walk_tree` reports them.
pub fn walk(root: &Path) -> Result<Vec<(String, String)>> {
    walk_tree(root).map(|w| w.files)
}

/// Like `walk`, and says which files it skipped and why. Symlinks are followed inside the tree;
/// loops, links out of the tree, unreadable, oversized (judged by metadata, never read whole) and
/// non-UTF-8 files are reported, never fatal.
pub fn walk_tree(root: &Path) -> Result<Walked> {
    if !root.exists() {
        return Err(Error::usage(format!(
            "{} does not exist\n  fix: pass a directory (or file) to check, e.g. `idsgen check .`",
            root.display()
        )));
    }
    let mut out = Walked::default();
    if root.is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match read_text(root) {
            Ok(text) => out.files.push((name, text)),
            Err(why) => out.skipped.push(Evidence::new(name, 1, why)),
        }
        return Ok(out);
    }
    let real_root = std::fs::canonicalize(root).map_err(|e| Error::io("reading", root, e))?;
    // A parallel walk: reading thousands of small files is I/O and syscall bound, and the
    // threads share nothing but the output. Files are classified by path before they are
    // opened, so most of a repository is never read.
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .require_git(false)
        .parents(false)
        .follow_links(true)
        .filter_entry(|e| {
            // Never configuration, whatever the .gitignore says: VCS data, package caches and
            // build output (bin/obj hold stale copies of appsettings.json).
            let dir = e.file_type().is_some_and(|t| t.is_dir());
            !(e.file_name() == ".git" || (dir && SKIPPED_DIRS.iter().any(|d| e.file_name() == *d)))
        })
        .build_parallel();
    let shared = std::sync::Mutex::new(out);
    walker.run(|| {
        let shared = &shared;
        let real_root = &real_root;
        Box::new(move |entry| {
            let visited = visit(root, real_root, entry);
            let mut out = shared.lock().unwrap_or_else(|p| p.into_inner());
            match visited {
                Visited::Nothing => {}
                Visited::Read(path, text) => out.files.push((path, text)),
                Visited::Skipped(e) => out.skipped.push(e),
            }
            ignore::WalkState::Continue
        })
    });
    let mut out = shared.into_inner().unwrap_or_else(|p| p.into_inner());
    out.files.sort_by(|a, b| a.0.cmp(&b.0));
    out.skipped.sort();
    Ok(out)
}

fn error_path(e: &ignore::Error) -> Option<&Path> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::Loop { child, .. } => Some(child),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => error_path(err),
        _ => None,
    }
}

/// Reads a regular file of at most `MAX_FILE_BYTES` as UTF-8; otherwise says why not. The size
/// is judged from metadata and the read is capped too (special files report a length of 0).
fn read_text(path: &Path) -> std::result::Result<String, String> {
    use std::io::Read;
    // Judged before opening: opening a FIFO for reading blocks until someone writes to it.
    let meta = std::fs::metadata(path).map_err(|e| format!("not read: {e}"))?;
    if !meta.is_file() {
        return Err("not read: not a regular file".to_string());
    }
    let file = std::fs::File::open(path).map_err(|e| format!("not read: {e}"))?;
    crate::limits::check_size(meta.len(), MAX_FILE_BYTES, "file").map_err(|e| first_line(&e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("not read: {e}"))?;
    crate::limits::check_size(bytes.len() as u64, MAX_FILE_BYTES, "file").map_err(|e| first_line(&e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not read: not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })?;
    // A leading BOM is encoding, not content: every reader (C#, JSON, YAML, Dockerfile) sees
    // the text .NET and docker see.
    Ok(match crate::checklist::tree::strip_bom(&text) {
        stripped if stripped.len() < text.len() => stripped.to_string(),
        _ => text,
    })
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).to_string()
}

/// What one walk entry gave.
enum Visited {
    Nothing,
    Read(String, String),
    Skipped(Evidence),
}

fn rel_of(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads one walk entry if the engine uses its kind, or says why it could not.
fn visit(root: &Path, real_root: &Path, entry: std::result::Result<ignore::DirEntry, ignore::Error>) -> Visited {
    let entry = match entry {
        Ok(e) => e,
        Err(e) => {
            let path = error_path(&e)
                .map(|p| rel_of(root, p))
                .unwrap_or_else(|| ".".to_string());
            return Visited::Skipped(Evidence::new(path, 1, format!("not read: {e}")));
        }
    };
    if entry.file_type().is_some_and(|t| t.is_dir()) {
        return Visited::Nothing;
    }
    let rel = rel_of(root, entry.path());
    let Some(kind) = classify(&rel) else {
        return Visited::Nothing;
    };
    if kind == FileKind::Certificate {
        // Committed at this path is all the rules need; its bytes are binary.
        return Visited::Read(rel, String::new());
    }
    // A link may point anywhere (/dev/zero, /proc, another checkout): read only what resolves
    // inside the tree being checked.
    match std::fs::canonicalize(entry.path()) {
        Ok(real) if real.starts_with(real_root) => {}
        Ok(real) => {
            return Visited::Skipped(Evidence::new(
                &rel,
                1,
                format!("not read: a symlink to {} outside the checked tree", real.display()),
            ));
        }
        Err(e) => return Visited::Skipped(Evidence::new(&rel, 1, format!("not read: {e}"))),
    }
    match read_text(entry.path()) {
        Ok(text) => Visited::Read(rel, text),
        Err(why) => Visited::Skipped(Evidence::new(rel, 1, why)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_by_path() {
        assert_eq!(classify("src/A/Program.cs"), Some(FileKind::CSharp));
        assert_eq!(
            classify("src/A/appsettings.Production.json"),
            Some(FileKind::AppSettings)
        );
        assert_eq!(classify("src/A/keys/is-signing-key-1.json"), Some(FileKind::SigningKey));
        assert_eq!(classify("src/A/tempkey.jwk"), Some(FileKind::SigningKey));
        assert_eq!(classify("tempkey.rsa"), Some(FileKind::SigningKey));
        for dockerfile in [
            "Dockerfile-TokenService",
            "Dockerfile_identityservice",
            "docker/auth.dockerfile",
            "Dockerfile.prod",
            "Containerfile",
        ] {
            assert_eq!(classify(dockerfile), Some(FileKind::Dockerfile), "{dockerfile}");
        }
        assert_eq!(classify("Dockerfile-notes.md"), None);
        assert_eq!(classify("MySolution.sln"), Some(FileKind::Project));
        assert_eq!(classify("src/Id/Makefile"), Some(FileKind::Script));
        assert_eq!(classify("scripts/migrate.sh"), Some(FileKind::Script));
        assert_eq!(classify("src/A/Certs/idsrv-signing.pfx"), Some(FileKind::Certificate));
        assert_eq!(classify("deploy/nginx/sites-available/identity"), Some(FileKind::Nginx));
        assert_eq!(classify(".idsgen/check.yaml"), Some(FileKind::CheckConfig));
        assert_eq!(classify("deploy/redis/redis-idsgen.conf"), Some(FileKind::RedisConf));
        assert_eq!(classify("README.md"), Some(FileKind::Docs));
        assert_eq!(classify("docs/deploy-to-aks.md"), Some(FileKind::Docs));
        assert_eq!(classify("CHANGELOG.md"), None);
        assert_eq!(classify("deploy/nginx_site.txt"), Some(FileKind::Nginx));
        assert_eq!(classify("notes.txt"), None);
        assert_eq!(classify("src/A/wwwroot/site.js"), None);
    }

    #[test]
    fn a_binary_certificate_is_recorded_unread() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("Certs")).unwrap();
        std::fs::write(
            dir.path().join("Certs/sts-signing.pfx"),
            [0x30u8, 0x82, 0xff, 0xfe, 0x00],
        )
        .unwrap();
        let w = walk_tree(dir.path()).unwrap();
        assert_eq!(w.files, [("Certs/sts-signing.pfx".to_string(), String::new())]);
        assert!(w.skipped.is_empty(), "{:?}", w.skipped);
    }

    #[test]
    fn walk_drops_a_byte_order_mark() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("appsettings.json"), "\u{feff}{\"Logging\":{}}").unwrap();
        let files = walk(dir.path()).unwrap();
        assert_eq!(files[0].1, "{\"Logging\":{}}");
    }

    #[test]
    fn walk_respects_gitignore_without_git_dir() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitignore"), "keys/\n").unwrap();
        std::fs::create_dir_all(dir.path().join("src/keys")).unwrap();
        std::fs::write(dir.path().join("src/keys/is-signing-key-1.json"), "{}").unwrap();
        std::fs::write(dir.path().join("src/Program.cs"), "class P {}").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let files: Vec<String> = walk(dir.path()).unwrap().into_iter().map(|(p, _)| p).collect();
        assert_eq!(files, vec![".gitignore".to_string(), "src/Program.cs".to_string()]);
    }
}
