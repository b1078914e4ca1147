//! The lock, plan classes, 3-way merge, atomic apply and its faults, on synthetic rendered trees
//! (independent of the templates), plus process-level kill and concurrency tests.

use idsgen::outputs::{Ownership, RenderedFile};
use idsgen::workspace::apply::{DirLock, DiskSink, Sink, Staged, apply};
use idsgen::workspace::lock::{LOCK_FILE, Lock};
use idsgen::workspace::plan::{Class, Plan, PlanOptions, plan};
use std::io;
use std::path::Path;

fn file(path: &str, contents: &str) -> RenderedFile {
    RenderedFile::managed(path, contents.to_string())
}

fn lines(prefix: &str, n: usize) -> String {
    (1..=n).map(|i| format!("{prefix} line {i}\n")).collect()
}

fn plan_for(dir: &Path, files: &[RenderedFile], options: &PlanOptions) -> Plan {
    let lock = Lock::load(dir).expect("lock readable");
    plan(dir, files, lock.as_ref(), "spec", options)
}

fn apply_all(dir: &Path, files: &[RenderedFile]) -> Plan {
    let p = plan_for(dir, files, &PlanOptions::default());
    apply(dir, &p, &mut DiskSink::open(dir).unwrap()).expect("apply works");
    p
}

fn class_of(p: &Plan, path: &str) -> Class {
    p.entries
        .iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("{path} not in plan"))
        .class
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

#[test]
fn first_apply_creates_and_second_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![file("a.txt", "one\n"), file("sub/b.txt", "two\n")];
    let p = apply_all(dir.path(), &files);
    assert_eq!(class_of(&p, "a.txt"), Class::Create);
    assert_eq!(read(dir.path(), "sub/b.txt"), "two\n");
    let lock_before = Lock::load(dir.path()).unwrap();
    let again = plan_for(dir.path(), &files, &PlanOptions::default());
    assert!(
        again.entries.iter().all(|e| e.class == Class::Unchanged),
        "{:?}",
        again.entries
    );
    assert!(!again.has_changes(lock_before.as_ref()));
}

#[test]
fn every_class_is_reached() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base_edit = lines("edit", 12);
    let base_conflict = lines("conflict", 5);
    apply_all(
        d,
        &[
            file("untouched.txt", "old\n"),
            file("edited.txt", &base_edit),
            file("clash.txt", &base_conflict),
            file("orphan-clean.txt", "bye\n"),
            file("orphan-edited.txt", "bye\n"),
            file("deleted.txt", "gone\n"),
            file("same.txt", "same\n"),
        ],
    );
    // The user edits: top of edited.txt, line 3 of clash.txt, one orphan; deletes one file.
    std::fs::write(
        d.join("edited.txt"),
        base_edit.replacen("edit line 1\n", "my header\n", 1),
    )
    .unwrap();
    std::fs::write(d.join("clash.txt"), base_conflict.replace("conflict line 3", "mine")).unwrap();
    std::fs::write(d.join("orphan-edited.txt"), "bye, edited\n").unwrap();
    std::fs::remove_file(d.join("deleted.txt")).unwrap();
    // The new render changes the bottom of edited.txt and line 3 of clash.txt.
    let new = vec![
        file("untouched.txt", "new\n"),
        file("edited.txt", &base_edit.replace("edit line 12", "rendered footer")),
        file("clash.txt", &base_conflict.replace("conflict line 3", "theirs")),
        file("deleted.txt", "gone\n"),
        file("same.txt", "same\n"),
        file("fresh.txt", "hello\n"),
    ];
    let p = plan_for(d, &new, &PlanOptions::default());
    assert_eq!(class_of(&p, "untouched.txt"), Class::Update);
    assert_eq!(class_of(&p, "edited.txt"), Class::Merge);
    assert_eq!(class_of(&p, "clash.txt"), Class::Conflict);
    assert_eq!(class_of(&p, "orphan-clean.txt"), Class::OrphanDelete);
    assert_eq!(class_of(&p, "orphan-edited.txt"), Class::OrphanKept);
    assert_eq!(class_of(&p, "deleted.txt"), Class::Skipped);
    assert_eq!(class_of(&p, "same.txt"), Class::Unchanged);
    assert_eq!(class_of(&p, "fresh.txt"), Class::Create);

    let applied = apply(d, &p, &mut DiskSink::open(d).unwrap()).unwrap();
    assert_eq!(applied.conflicts, vec!["clash.txt".to_string()]);
    let merged = read(d, "edited.txt");
    assert!(
        merged.starts_with("my header\n") && merged.contains("rendered footer"),
        "{merged}"
    );
    let clash = read(d, "clash.txt");
    assert!(
        clash.contains("<<<<<<< your edit (on disk)\nmine\n") && clash.contains("theirs\n>>>>>>> new render by idsgen"),
        "{clash}"
    );
    assert!(!d.join("orphan-clean.txt").exists(), "untouched orphan deleted");
    assert_eq!(read(d, "orphan-edited.txt"), "bye, edited\n", "edited orphan kept");
    assert!(!d.join("deleted.txt").exists(), "a file the user deleted stays deleted");

    // A conflicted file is not merged again while it has markers.
    let p2 = plan_for(d, &new, &PlanOptions::default());
    assert_eq!(class_of(&p2, "clash.txt"), Class::Conflict);
    assert!(
        p2.entries
            .iter()
            .find(|e| e.path == "clash.txt")
            .unwrap()
            .result
            .is_none()
    );

    // --restore brings the deleted file back.
    let p3 = plan_for(
        d,
        &new,
        &PlanOptions {
            restore: vec!["deleted.txt".into()],
            own: vec![],
        },
    );
    assert_eq!(class_of(&p3, "deleted.txt"), Class::Create);
}

#[test]
fn ownership_modes_are_respected_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut env = file("app.env", "KEY=placeholder\n");
    env.ownership = Ownership::CreateOnly;
    apply_all(d, &[env.clone(), file("nginx.conf", "v1\n")]);
    std::fs::write(d.join("app.env"), "KEY=real\n").unwrap();
    // Mark nginx.conf user-owned: it is diffed, never written again.
    let own = PlanOptions {
        restore: vec![],
        own: vec![("nginx.conf".into(), Ownership::UserOwned)],
    };
    let mut env2 = env.clone();
    env2.contents = "KEY=placeholder\nOTHER=x\n".into();
    let p = plan_for(d, &[env2.clone(), file("nginx.conf", "v2\n")], &own);
    assert_eq!(class_of(&p, "app.env"), Class::Skipped);
    assert_eq!(class_of(&p, "nginx.conf"), Class::Skipped);
    apply(d, &p, &mut DiskSink::open(d).unwrap()).unwrap();
    assert_eq!(read(d, "app.env"), "KEY=real\n");
    assert_eq!(read(d, "nginx.conf"), "v1\n");
    // Remembered: without --own the lock still says user-owned.
    let lock = Lock::load(d).unwrap().unwrap();
    assert_eq!(lock.files["nginx.conf"].ownership, Ownership::UserOwned);
    let p = plan_for(d, &[env2, file("nginx.conf", "v3\n")], &PlanOptions::default());
    assert_eq!(class_of(&p, "nginx.conf"), Class::Skipped);
}

/// A sink over the disk that fails on a chosen operation.
struct FailingSink {
    inner: DiskSink,
    fail_stage_of: Option<&'static str>,
    fail_after_commits: Option<usize>,
    commits: usize,
}

impl Sink for FailingSink {
    fn stage(&mut self, target: &str, contents: &[u8], executable: bool) -> io::Result<Staged> {
        if self.fail_stage_of == Some(target) {
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "No space left on device (simulated)",
            ));
        }
        self.inner.stage(target, contents, executable)
    }
    fn commit(&mut self, staged: Staged) -> io::Result<()> {
        if self.fail_after_commits == Some(self.commits) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "read-only file (simulated)",
            ));
        }
        self.commits += 1;
        self.inner.commit(staged)
    }
    fn remove(&mut self, target: &str) -> io::Result<()> {
        self.inner.remove(target)
    }
}

fn snapshot(d: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![d.to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in std::fs::read_dir(&p).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.ends_with("apply.lock") {
                out.push((
                    path.strip_prefix(d).unwrap().display().to_string(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_full_disk_while_staging_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    apply_all(
        d,
        &[file("a.txt", "a1\n"), file("b.txt", "b1\n"), file("c.txt", "c1\n")],
    );
    let before = snapshot(d);
    let new = [file("a.txt", "a2\n"), file("b.txt", "b2\n"), file("c.txt", "c2\n")];
    let p = plan_for(d, &new, &PlanOptions::default());
    let mut sink = FailingSink {
        inner: DiskSink::open(d).unwrap(),
        fail_stage_of: Some("c.txt"),
        fail_after_commits: None,
        commits: 0,
    };
    let err = apply(d, &p, &mut sink).unwrap_err().to_string();
    assert!(err.contains("c.txt") && err.contains("No space left"), "{err}");
    assert_eq!(snapshot(d), before, "nothing changed, no temp files left");
}

#[test]
fn a_failure_between_two_renames_leaves_old_or_new_and_the_next_apply_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    apply_all(
        d,
        &[file("a.txt", "a1\n"), file("b.txt", "b1\n"), file("c.txt", "c1\n")],
    );
    let lock_before = std::fs::read_to_string(d.join(LOCK_FILE)).unwrap();
    let new = [file("a.txt", "a2\n"), file("b.txt", "b2\n"), file("c.txt", "c2\n")];
    let p = plan_for(d, &new, &PlanOptions::default());
    let mut sink = FailingSink {
        inner: DiskSink::open(d).unwrap(),
        fail_stage_of: None,
        fail_after_commits: Some(1),
        commits: 0,
    };
    let err = apply(d, &p, &mut sink).unwrap_err().to_string();
    assert!(err.contains("read-only"), "{err}");
    for (name, old, new) in [
        ("a.txt", "a1\n", "a2\n"),
        ("b.txt", "b1\n", "b2\n"),
        ("c.txt", "c1\n", "c2\n"),
    ] {
        let now = read(d, name);
        assert!(now == old || now == new, "{name} is half-written: {now:?}");
    }
    assert_eq!(read(d, "a.txt"), "a2\n");
    assert_eq!(read(d, "b.txt"), "b1\n");
    assert_eq!(
        std::fs::read_to_string(d.join(LOCK_FILE)).unwrap(),
        lock_before,
        "lock untouched"
    );
    // Recovery: the next plan sees a.txt already new, b and c untouched since the last render.
    let p = plan_for(d, &new, &PlanOptions::default());
    assert_eq!(class_of(&p, "a.txt"), Class::Unchanged);
    assert_eq!(class_of(&p, "b.txt"), Class::Update);
    apply(d, &p, &mut DiskSink::open(d).unwrap()).unwrap();
    let last = plan_for(d, &new, &PlanOptions::default());
    assert!(last.entries.iter().all(|e| e.class == Class::Unchanged));
}

#[test]
fn a_lock_edited_by_hand_is_refused_with_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    apply_all(dir.path(), &[file("a.txt", "a\n")]);
    let lock_path = dir.path().join(LOCK_FILE);
    let text = std::fs::read_to_string(&lock_path)
        .unwrap()
        .replace("\"base\": \"a\\n\"", "\"base\": \"b\\n\"");
    std::fs::write(&lock_path, text).unwrap();
    let err = Lock::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("sha256") && err.contains("restore"), "{err}");
}

#[test]
fn the_directory_lock_excludes_a_second_holder() {
    let dir = tempfile::tempdir().unwrap();
    let first = DirLock::acquire(dir.path(), || panic!("the first holder never waits")).unwrap();
    let path = dir.path().to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let mut waited = false;
        let _second = DirLock::acquire(&path, || waited = true).unwrap();
        tx.send(waited).unwrap();
    });
    assert!(
        rx.recv_timeout(std::time::Duration::from_millis(500)).is_err(),
        "second holder got the lock while the first held it"
    );
    drop(first);
    assert!(
        rx.recv_timeout(std::time::Duration::from_secs(10)).unwrap(),
        "second holder reported waiting"
    );
    waiter.join().unwrap();
}
