//! SK3: keys/ is excluded from source control and container images.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::host;
use crate::checklist::items::{HOST, Item, SIGNING_KEYS, Source};

/// SK3 in the catalogue.
pub const ITEM: Item = Item {
    id: "SK3",
    section: SIGNING_KEYS,
    title: "keys/ is excluded from source control and container images",
    applies: HOST,
    breaks: "Development signing keys committed to git or copied into an image leak private keys, and can end up signing production tokens.",
    fix: "Add `keys/` to .gitignore and, when a Dockerfile builds the image, to .dockerignore; delete committed key files and let new keys rotate in.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let mut fails: Vec<Evidence> = ctx
        .key_files
        .iter()
        .map(|k| Evidence::new(k, 1, "signing key file committed (not ignored)"))
        .collect();
    // A committed certificate with its private key is the signing key when the host signs with
    // a certificate (AddSigningCredential) or its name says so.
    let signs_with_certificate = ctx
        .code
        .calls_named("AddSigningCredential")
        .any(|c| !c.development_only);
    for cert in &ctx.certificates {
        let name = cert.rsplit('/').next().unwrap_or(cert).to_ascii_lowercase();
        let named = ["sign", "token", "idsrv", "identityserver", "jwt", "sts"]
            .iter()
            .any(|w| name.contains(w));
        if signs_with_certificate || named {
            fails.push(Evidence::new(
                cert,
                1,
                "a certificate with its private key (.pfx/.p12) is committed next to the host",
            ));
        }
    }
    let mut passes = Vec::new();
    // With no .gitignore in the tree the answer for git may be at a repository root above it;
    // the images are still judged below.
    let no_gitignore = ctx.gitignores.is_empty();
    if !no_gitignore {
        for dir in &ctx.host_dirs {
            let probe = if dir.is_empty() {
                "keys/is-signing-key-x.json".to_string()
            } else {
                format!("{dir}/keys/is-signing-key-x.json")
            };
            match git_ignored(ctx, &probe) {
                Some((true, at)) => {
                    let (file, line) = at.unwrap_or_else(|| (ctx.gitignores[0].0.clone(), 1));
                    passes.push(Evidence::new(file, line, format!("{}/keys/ is git-ignored", dir)))
                }
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
        // The COPY that brings the whole context (`COPY . ./`) is the one that carries keys in;
        // else the first COPY from the context.
        let copies: Vec<_> = d
            .instructions
            .iter()
            .filter(|i| i.name == "COPY" && !i.args.contains("--from"))
            .collect();
        let whole_context = |i: &&&crate::checklist::context::Instruction| {
            i.args
                .split_whitespace()
                .find(|a| !a.starts_with("--"))
                .is_some_and(|src| matches!(src, "." | "./"))
        };
        let Some(copy) = copies.iter().find(whole_context).or(copies.first()) else {
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
        let mut pattern_line = 1;
        let excluded = match &found {
            Some((c, _, text)) => ctx.host_dirs.iter().all(|dir| {
                let rel = dir.strip_prefix(c.as_str()).unwrap_or(dir).trim_start_matches('/');
                // The name Duende's key management writes (`keys/is-signing-key-<id>.json`), so
                // a pattern for the key files (`**/keys/*sign*.json`) counts like one for keys/.
                let probe = if rel.is_empty() {
                    "keys/is-signing-key-x.json".to_string()
                } else {
                    format!("{rel}/keys/is-signing-key-x.json")
                };
                match docker_ignored_at(text, &probe) {
                    Some(line) => {
                        pattern_line = line;
                        true
                    }
                    None => false,
                }
            }),
            None => false,
        };
        if excluded {
            passes.push(Evidence::new(
                found.map(|f| f.1).unwrap_or_default(),
                pattern_line,
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
    if no_gitignore {
        return Outcome::not_found("no .gitignore in the checked tree; check the repository root's");
    }
    Outcome::pass("keys/ is excluded from git (and from the image build context)", passes)
}

/// Whether `path` is ignored by the .gitignore files of the tree, with the file and line of
/// the pattern that decides when one does.
fn git_ignored(ctx: &Context, path: &str) -> Option<(bool, Option<(String, usize)>)> {
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
        let line_of = |g: &ignore::gitignore::Glob| {
            text.lines()
                .position(|l| l.trim() == g.original())
                .map(|i| (gi_path.clone(), i + 1))
        };
        match gi.matched_path_or_any_parents(&full, false) {
            ignore::Match::Ignore(g) => decided = Some((true, line_of(g))),
            ignore::Match::Whitelist(g) => decided = Some((false, line_of(g))),
            ignore::Match::None => {
                decided.get_or_insert((false, None));
            }
        }
    }
    decided
}

/// Whether a .dockerignore excludes `path` (relative to the build context): the 1-based line of
/// the pattern that decides, when one does. Patterns follow Docker: anchored at the context
/// root, `*` within a segment, `**` across, `!` re-includes.
fn docker_ignored_at(text: &str, path: &str) -> Option<usize> {
    let mut ignored = None;
    for (n, raw) in text.lines().enumerate() {
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
            ignored = (!negate).then_some(n + 1);
        }
    }
    ignored
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_for_the_key_files_exclude_them_from_git_and_the_image() {
        let files: Vec<(String, String)> = [
            ("src/Id/Program.cs", "builder.Services.AddIdentityServer();\n"),
            ("src/Id/Id.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
            (".gitignore", "bin/\n**/[Kk]eys/*sign*.json\n"),
            (".dockerignore", "**/bin\n**/[Kk]eys/*sign*.json\n"),
            (
                "src/Id/Dockerfile",
                "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . .\n",
            ),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, crate::checklist::finding::Status::Pass, "{o:?}");
        let cited: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(cited, vec![(".gitignore", 2), (".dockerignore", 2)], "{o:?}");
    }

    #[test]
    fn dockerignore_is_anchored_and_negatable() {
        assert!(docker_ignored_at("**/keys\n", "src/App/keys/k.json").is_some());
        assert!(docker_ignored_at("keys\n", "src/App/keys/k.json").is_none());
        assert!(docker_ignored_at("keys/\n", "keys/k.json").is_some());
        assert!(docker_ignored_at("**/keys\n!src/App/keys\n", "src/App/keys/k.json").is_none());
        // A pattern for the key files Duende writes, with a character class, excludes them.
        assert_eq!(
            docker_ignored_at("bin/\n**/[Kk]eys/*sign*.json\n", "src/App/keys/is-signing-key-x.json"),
            Some(2)
        );
    }
}
