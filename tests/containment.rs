//! Containment (issue 8 item 1): no command writes, renames, merges into or deletes anything
//! outside the output directory, whatever the directory holds. Every case plants a symlink (or a
//! lock entry) pointing into a sentinel directory outside and checks the sentinel is unchanged
//! byte for byte, and that the command refused with an error naming the culprit.
#![cfg(unix)]

use assert_cmd::Command;
use idsgen::outputs::RenderedFile;
use idsgen::workspace::apply::{DiskSink, apply};
use idsgen::workspace::confine::OutputDir;
use idsgen::workspace::lock::{LOCK_FILE, Lock};
use idsgen::workspace::plan::{PlanOptions, plan};
use idsgen::workspace::write::write_tree;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").unwrap();
    cmd.env("NO_COLOR", "1").env_remove("IDSGEN_FAULT_ABORT_AFTER_COMMITS");
    cmd
}

/// Every entry under `d` (files with contents, dirs, links with targets), not following links.
fn snapshot(d: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![d.to_path_buf()];
    while let Some(p) = stack.pop() {
        let Ok(read) = std::fs::read_dir(&p) else { continue };
        for e in read.flatten() {
            let path = e.path();
            let rel = path.strip_prefix(d).unwrap().display().to_string();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.file_type().is_symlink() {
                out.push((rel, format!("-> {}", std::fs::read_link(&path).unwrap().display())));
            } else if meta.is_dir() {
                out.push((rel, "dir".to_string()));
                stack.push(path);
            } else {
                use std::os::unix::fs::PermissionsExt;
                let bytes = std::fs::read(&path).unwrap();
                out.push((
                    rel,
                    format!(
                        "{:o} {}",
                        meta.permissions().mode() & 0o7777,
                        String::from_utf8_lossy(&bytes)
                    ),
                ));
            }
        }
    }
    out.sort();
    out
}

/// An output directory and a sentinel directory beside it holding files idsgen must never touch.
struct Scene {
    _tmp: tempfile::TempDir,
    out: PathBuf,
    sentinel: PathBuf,
}

fn scene() -> Scene {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let sentinel = tmp.path().join("sentinel");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(sentinel.join("nginx")).unwrap();
    std::fs::write(sentinel.join("precious.txt"), "do not touch\n").unwrap();
    std::fs::write(sentinel.join("nginx/nginx.conf"), "# the host's real nginx.conf\n").unwrap();
    Scene {
        _tmp: tmp,
        out,
        sentinel,
    }
}

fn render(dir: &Path) -> std::process::Output {
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(dir)
        .output()
        .unwrap()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn render_refuses_a_directory_symlink_to_outside_and_writes_nothing() {
    let s = scene();
    symlink(&s.sentinel, s.out.join("deploy")).unwrap();
    let before = (snapshot(&s.sentinel), snapshot(&s.out));
    let o = render(&s.out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("`deploy` is a symbolic link") && err.contains("fix:"),
        "{err}"
    );
    assert_eq!(
        (snapshot(&s.sentinel), snapshot(&s.out)),
        before,
        "nothing written anywhere"
    );
    // --dry-run reports the same refusal with the same status.
    let o = idsgen()
        .args(["render", "--dry-run", "--preset", "onprem-nginx", "-o"])
        .arg(&s.out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("`deploy` is a symbolic link"), "{}", stderr(&o));
}

#[test]
fn apply_refuses_to_merge_into_a_file_behind_a_symlinked_directory() {
    let s = scene();
    assert!(render(&s.out).status.success());
    // deploy/nginx -> the host's nginx directory (think /etc/nginx).
    std::fs::remove_dir_all(s.out.join("deploy/nginx")).unwrap();
    symlink(s.sentinel.join("nginx"), s.out.join("deploy/nginx")).unwrap();
    let before = (snapshot(&s.sentinel), snapshot(&s.out));
    for cmd in ["plan", "apply"] {
        let o = idsgen()
            .args([cmd, "-o"])
            .arg(&s.out)
            .args(["--set", "public.origin=https://login.example.org"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{cmd}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("`deploy/nginx` is a symbolic link"),
            "{cmd}: {}",
            stderr(&o)
        );
        assert_eq!(
            (snapshot(&s.sentinel), snapshot(&s.out)),
            before,
            "{cmd} wrote something"
        );
    }
}

#[test]
fn a_symlinked_state_directory_is_refused_by_every_command() {
    let s = scene();
    assert!(render(&s.out).status.success());
    let state = s.out.join(".idsgen");
    std::fs::rename(&state, s.sentinel.join("state")).unwrap();
    symlink(s.sentinel.join("state"), &state).unwrap();
    let before = (snapshot(&s.sentinel), snapshot(&s.out));
    for args in [
        vec!["render", "--preset", "onprem-nginx", "--force"],
        vec!["plan"],
        vec!["apply"],
    ] {
        let o = idsgen().args(&args).arg("-o").arg(&s.out).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("`.idsgen` is a symbolic link"),
            "{args:?}: {}",
            stderr(&o)
        );
        assert_eq!(
            (snapshot(&s.sentinel), snapshot(&s.out)),
            before,
            "{args:?} wrote something"
        );
    }
}

#[test]
fn symlinked_and_dangling_files_are_refused() {
    for dangling in [false, true] {
        let s = scene();
        assert!(render(&s.out).status.success());
        let target = if dangling {
            s.sentinel.join("not-there-yet.conf")
        } else {
            s.sentinel.join("precious.txt")
        };
        std::fs::remove_file(s.out.join("CHECKLIST.md")).unwrap();
        symlink(&target, s.out.join("CHECKLIST.md")).unwrap();
        let before = (snapshot(&s.sentinel), snapshot(&s.out));
        let o = idsgen()
            .args(["render", "--force", "--preset", "onprem-nginx", "-o"])
            .arg(&s.out)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("`CHECKLIST.md` is a symbolic link"),
            "{}",
            stderr(&o)
        );
        assert_eq!((snapshot(&s.sentinel), snapshot(&s.out)), before);
        assert!(!target.exists() || !dangling, "the dangling target was created");
    }
}

#[test]
fn a_symlinked_output_directory_itself_is_allowed() {
    let s = scene();
    let real = s.sentinel.join("real-out");
    std::fs::create_dir(&real).unwrap();
    let link = s.out.join("link");
    symlink(&real, &link).unwrap();
    let o = render(&link);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(real.join("idsgen.yaml").is_file() && real.join(LOCK_FILE).is_file());
    let o = idsgen().args(["apply", "-o"]).arg(&link).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

fn file(path: &str, contents: &str) -> RenderedFile {
    RenderedFile::managed(path, contents.to_string())
}

#[test]
fn a_topology_change_never_deletes_through_a_symlink() {
    let s = scene();
    let files = [
        file("keep.txt", "k\n"),
        file("deploy/nginx/nginx.conf", "# the host's real nginx.conf\n"),
    ];
    let lock = Lock::load(&s.out).unwrap();
    let p = plan(&s.out, &files, lock.as_ref(), "spec", &PlanOptions::default());
    apply(&s.out, &p, &mut DiskSink::open(&s.out).unwrap()).unwrap();
    // Someone swaps deploy/nginx for a link to the host's directory, whose nginx.conf has the very
    // bytes idsgen recorded; the next render no longer produces it (an orphan, "untouched").
    std::fs::remove_dir_all(s.out.join("deploy/nginx")).unwrap();
    symlink(s.sentinel.join("nginx"), s.out.join("deploy/nginx")).unwrap();
    let before = snapshot(&s.sentinel);
    let lock = Lock::load(&s.out).unwrap().unwrap();
    // What `plan`/`apply` check before anything else: every path of the render and the lock.
    let err = OutputDir::open(&s.out)
        .unwrap()
        .preflight(lock.files.keys().map(String::as_str))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`deploy/nginx` is a symbolic link"), "{err}");
    // And the apply layer itself, even when called without that check, never reaches through.
    let p = plan(&s.out, &files[..1], Some(&lock), "spec", &PlanOptions::default());
    let applied = apply(&s.out, &p, &mut DiskSink::open(&s.out).unwrap()).unwrap();
    assert!(applied.deleted.is_empty(), "{applied:?}");
    assert_eq!(snapshot(&s.sentinel), before);
}

#[test]
fn lock_entries_outside_or_not_normalised_make_the_lock_invalid() {
    for bad in [
        "../sentinel/precious.txt",
        "/abs/x",
        "a//b",
        "./a",
        "a/",
        "a\\b",
        "a/../b",
        ".idsgen/lock.json",
        ".git/config",
    ] {
        let s = scene();
        assert!(render(&s.out).status.success());
        let lock_path = s.out.join(LOCK_FILE);
        let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&lock_path).unwrap()).unwrap();
        let base = "do not touch\n";
        json["files"][bad] = serde_json::json!({
            "sha256": idsgen::workspace::lock::sha256_hex(base.as_bytes()),
            "ownership": "managed",
            "base": base,
        });
        std::fs::write(&lock_path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
        let err = Lock::load(&s.out).unwrap_err().to_string();
        assert!(
            err.contains(&format!("`{bad}`")) && err.contains("restore"),
            "{bad}: {err}"
        );
        let before = (snapshot(&s.sentinel), snapshot(&s.out));
        let o = idsgen().args(["apply", "-o"]).arg(&s.out).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{bad}: {}", stderr(&o));
        assert_eq!((snapshot(&s.sentinel), snapshot(&s.out)), before, "{bad}");
    }
}

#[test]
fn a_render_path_that_is_not_normalised_is_refused_before_writing() {
    let s = scene();
    let before = snapshot(&s.out);
    let err = write_tree(&s.out, &[file("ok.txt", "x"), file("../escape.txt", "x")], true, &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("`../escape.txt`"), "{err}");
    assert_eq!(snapshot(&s.out), before);
    assert!(!s.out.parent().unwrap().join("escape.txt").exists());
}

mod random_trees {
    //! Random trees of files, directories and links (into the tree, into the sentinel, dangling),
    //! with random renders and locks, never change the sentinel.
    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 3] = ["a", "b", "c"];

    #[derive(Debug, Clone)]
    enum Node {
        File,
        Dir,
        LinkOut,
        LinkOutFile,
        LinkIn,
        Dangling,
    }

    fn rel_path() -> impl Strategy<Value = String> {
        prop::collection::vec(0..NAMES.len(), 1..4)
            .prop_map(|v| v.iter().map(|i| NAMES[*i]).collect::<Vec<_>>().join("/"))
    }

    fn node() -> impl Strategy<Value = Node> {
        prop_oneof![
            Just(Node::File),
            Just(Node::Dir),
            Just(Node::LinkOut),
            Just(Node::LinkOutFile),
            Just(Node::LinkIn),
            Just(Node::Dangling),
        ]
    }

    fn build(s: &Scene, layout: &[(String, Node)]) {
        for (rel, node) in layout {
            let path = s.out.join(rel);
            if std::fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            // Parents that are missing become real directories; a parent that is a file or a
            // link makes this entry impossible: skip it.
            if std::fs::create_dir_all(path.parent().unwrap()).is_err() {
                continue;
            }
            let _ = match node {
                Node::File => std::fs::write(&path, "do not touch\n"),
                Node::Dir => std::fs::create_dir(&path),
                Node::LinkOut => symlink(&s.sentinel, &path),
                Node::LinkOutFile => symlink(s.sentinel.join("precious.txt"), &path),
                Node::LinkIn => symlink(&s.out, &path),
                Node::Dangling => symlink(s.sentinel.join("ghost"), &path),
            };
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]
        #[test]
        fn nothing_outside_ever_changes(
            layout in prop::collection::vec((rel_path(), node()), 0..8),
            rendered in prop::collection::vec(rel_path(), 1..5),
            locked in prop::collection::vec(rel_path(), 0..4),
        ) {
            let s = scene();
            std::fs::write(s.sentinel.join("a"), "do not touch\n").unwrap();
            build(&s, &layout);
            let before = snapshot(&s.sentinel);
            // A lock (as a pull request could plant it) whose bases equal the sentinel's bytes,
            // so every locked path not rendered looks like an untouched orphan to delete.
            let mut lock = Lock::new("spec".into());
            for p in &locked {
                let base = "do not touch\n".to_string();
                lock.files.insert(p.clone(), idsgen::workspace::lock::LockedFile {
                    sha256: idsgen::workspace::lock::sha256_hex(base.as_bytes()),
                    ownership: idsgen::outputs::Ownership::Managed,
                    base,
                });
            }
            let files: Vec<RenderedFile> = rendered.iter().map(|p| file(p, "new\n")).collect();
            let _ = write_tree(&s.out, &files, true, &[]);
            let p = plan(&s.out, &files, Some(&lock), "spec", &PlanOptions::default());
            if let Ok(mut sink) = DiskSink::open(&s.out) {
                let _ = apply(&s.out, &p, &mut sink);
            }
            prop_assert_eq!(snapshot(&s.sentinel), before);
        }
    }
}
