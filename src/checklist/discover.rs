//! Which files the engine reads: classification by path (so a 10,000-file repository costs one
//! walk and a few reads) and the walk itself, which respects .gitignore like git does.

use crate::error::{Error, Result};
use std::path::Path;

/// Files larger than this are not configuration; they are skipped unread.
const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// What a file is, judged by its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// A C# source file.
    CSharp,
    /// A `.csproj` or MSBuild `.props` file (target framework).
    Project,
    /// `appsettings*.json`.
    AppSettings,
    /// A candidate nginx configuration; the nginx module confirms by parsing.
    Nginx,
    /// Terraform (`.tf`).
    Terraform,
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
    if lower == "dockerfile"
        || lower.starts_with("dockerfile.")
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
    if (lower.starts_with("appsettings") || lower.starts_with("serilog")) && lower.ends_with(".json") {
        return Some(FileKind::AppSettings);
    }
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "cs" => Some(FileKind::CSharp),
        "csproj" | "props" => Some(FileKind::Project),
        "tf" => Some(FileKind::Terraform),
        "yaml" | "yml" => Some(FileKind::Yaml),
        "conf" | "nginx" => Some(FileKind::Nginx),
        "" if dirs
            .iter()
            .any(|d| matches!(*d, "sites-available" | "sites-enabled" | "nginx" | "conf.d")) =>
        {
            Some(FileKind::Nginx)
        }
        _ => None,
    }
}

/// Directory names never descended into.
const SKIPPED_DIRS: &[&str] = &["node_modules", "bin", "obj", ".vs", ".idea"];

/// The file behind a walk entry, when the engine uses its kind and it is UTF-8 text.
fn read_entry(root: &Path, entry: &ignore::DirEntry) -> Option<(String, String)> {
    if !entry.file_type().is_some_and(|t| t.is_file()) {
        return None;
    }
    let rel = entry.path().strip_prefix(root).ok()?;
    let rel = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    classify(&rel)?;
    if entry.metadata().map(|m| m.len() > MAX_FILE_BYTES).unwrap_or(true) {
        return None;
    }
    let bytes = std::fs::read(entry.path()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    Some((rel, text))
}

/// Reads every file under `root` that the engine can use, as `(relative path, contents)` sorted
/// by path. Honours .gitignore (also without a `.git` directory), reads hidden files such as
/// .gitignore and .dockerignore, never descends into `.git`, and skips files that are not UTF-8.
pub fn walk(root: &Path) -> Result<Vec<(String, String)>> {
    if !root.exists() {
        return Err(Error::usage(format!(
            "{} does not exist\n  fix: pass a directory (or file) to check, e.g. `idsgen check .`",
            root.display()
        )));
    }
    if root.is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(root).map_err(|e| Error::io("reading", root, e))?;
        return Ok(vec![(name, text)]);
    }
    // A parallel walk: reading thousands of small files is I/O and syscall bound, and the
    // threads share nothing but the output list. Files are classified by path before they are
    // opened, so most of a repository is never read.
    let out = std::sync::Mutex::new(Vec::new());
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .require_git(false)
        .parents(false)
        .filter_entry(|e| {
            // Never configuration, whatever the .gitignore says: VCS data, package caches and
            // build output (bin/obj hold stale copies of appsettings.json).
            let dir = e.file_type().is_some_and(|t| t.is_dir());
            !(e.file_name() == ".git" || (dir && SKIPPED_DIRS.iter().any(|d| e.file_name() == *d)))
        })
        .build_parallel();
    walker.run(|| {
        let out = &out;
        Box::new(move |entry| {
            if let Some(file) = entry.ok().and_then(|e| read_entry(root, &e)) {
                out.lock().unwrap_or_else(|p| p.into_inner()).push(file);
            }
            ignore::WalkState::Continue
        })
    });
    let mut out = out.into_inner().unwrap_or_else(|p| p.into_inner());
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
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
        assert_eq!(classify("deploy/nginx/sites-available/identity"), Some(FileKind::Nginx));
        assert_eq!(classify(".idsgen/check.yaml"), Some(FileKind::CheckConfig));
        assert_eq!(classify("deploy/redis/redis-idsgen.conf"), Some(FileKind::RedisConf));
        assert_eq!(classify("README.md"), None);
        assert_eq!(classify("src/A/wwwroot/site.js"), None);
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
