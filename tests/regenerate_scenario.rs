//! Issue 5's scenario through the real binary: render onprem-nginx, edit files by hand, switch the
//! spec to Kubernetes (two proxy hops, four instances), then plan and apply. Every file's class is
//! derived from what the two renders and the edits make it, so the test tracks the templates.

use assert_cmd::Command;
use idsgen::spec::presets;
use std::collections::BTreeMap;
use std::path::Path;

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").unwrap();
    cmd.env("NO_COLOR", "1").env_remove("IDSGEN_FAULT_ABORT_AFTER_COMMITS");
    cmd
}

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in std::fs::read_dir(&p).unwrap().flatten() {
            let path = e.path();
            let rel = path.strip_prefix(dir).unwrap().display().to_string();
            if rel.starts_with(".idsgen") {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

fn kubernetes_spec_text() -> String {
    let text = presets::find("kubernetes").unwrap().text;
    assert!(
        text.contains("max_instances: 6"),
        "the kubernetes preset changed; update this test"
    );
    text.replace("max_instances: 6", "max_instances: 4")
}

#[test]
fn switching_onprem_nginx_to_kubernetes_keeps_edits_marks_overlaps_and_deletes_untouched_orphans() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("deploy");
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(&dir)
        .assert()
        .success();
    let old = files(&dir);

    // What the new spec renders on its own (the "theirs" side), for the expected classes.
    let k8s_spec = kubernetes_spec_text();
    let fresh = work.path().join("fresh");
    std::fs::create_dir_all(&fresh).unwrap();
    std::fs::write(fresh.join("idsgen.yaml"), &k8s_spec).unwrap();
    idsgen()
        .args(["render", "--spec"])
        .arg(fresh.join("idsgen.yaml"))
        .arg("-o")
        .arg(&fresh)
        .assert()
        .success();
    let new = files(&fresh);

    // Hand edits.
    let program = "src/Acme.Identity/Program.cs";
    let props = "src/Acme.Identity/idsgen.packages.props";
    let site = "deploy/nginx/conf.d/acme-identity.conf";
    for p in [program, props, site] {
        assert!(
            old.contains_key(p),
            "onprem-nginx no longer renders {p}; update this test"
        );
    }
    // Program.cs: a line appended at the end, far from anything the switch changes.
    let my_line = "// ops: on-call runbook at https://wiki.example.com/idsrv\n";
    std::fs::write(dir.join(program), format!("{}{my_line}", old[program])).unwrap();
    // Props: pin another version of a package the switch removes (overlaps with the new render).
    let systemd_line = old[props]
        .lines()
        .find(|l| l.contains("Microsoft.Extensions.Hosting.Systemd"))
        .unwrap()
        .to_string();
    let pinned = systemd_line.replace("Version=\"", "Version=\"99.");
    std::fs::write(dir.join(props), old[props].replace(&systemd_line, &pinned)).unwrap();
    // The nginx site: a local addition; the file is no longer produced on Kubernetes.
    std::fs::write(dir.join(site), format!("{}# ops: local tweak\n", old[site])).unwrap();
    // The switch itself.
    std::fs::write(dir.join("idsgen.yaml"), &k8s_spec).unwrap();
    let edited = [program, props, site, "idsgen.yaml"];

    // Expected class of every file.
    let mut expected: BTreeMap<String, &str> = BTreeMap::new();
    for (path, content) in &new {
        let class = if path == "idsgen.yaml" {
            "unchanged" // the user's text is the spec
        } else if path == program {
            "merge"
        } else if path == props {
            "conflict"
        } else if !old.contains_key(path) {
            "create"
        } else if &old[path] == content {
            "unchanged"
        } else {
            "update"
        };
        expected.insert(path.clone(), class);
    }
    for path in old.keys().filter(|p| !new.contains_key(*p)) {
        expected.insert(
            path.clone(),
            if edited.contains(&path.as_str()) {
                "keep"
            } else {
                "delete"
            },
        );
    }
    assert!(
        expected.values().any(|c| *c == "delete"),
        "the switch orphans untouched nginx/systemd files"
    );
    assert!(
        expected.values().any(|c| *c == "create"),
        "the switch creates container files"
    );

    let out = idsgen()
        .args(["plan", "-o"])
        .arg(&dir)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for (path, class) in &expected {
        let found = out.lines().any(|l| {
            let mut words = l.split_whitespace();
            words.next() == Some(class) && words.next() == Some(path.as_str())
        });
        assert!(found, "expected `{class} {path}` in the plan:\n{out}");
    }

    let out = idsgen()
        .args(["apply", "-o"])
        .arg(&dir)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("need your attention") && out.contains(props), "{out}");
    let after = files(&dir);
    // The non-overlapping edit survives next to the new render's changes.
    assert!(after[program].ends_with(my_line), "my edit kept");
    assert!(
        after[program].contains("options.ForwardLimit = 1;"),
        "new render merged in"
    );
    assert!(!after[program].contains("UseSystemd"), "on-prem-only code merged out");
    // The overlap is marked with labelled markers holding both sides.
    assert!(
        after[props].contains("<<<<<<< your edit (on disk)") && after[props].contains(&pinned),
        "{}",
        after[props]
    );
    assert!(after[props].contains(">>>>>>> new render by idsgen"));
    // Orphans: the edited one kept, the untouched ones deleted; new files created.
    assert!(after[site].ends_with("# ops: local tweak\n"));
    for (path, class) in &expected {
        match *class {
            "delete" => assert!(!after.contains_key(path), "{path} should be deleted"),
            "create" | "update" | "unchanged" => assert_eq!(after.get(path), new.get(path), "{path}"),
            _ => {}
        }
    }
    assert_eq!(after["idsgen.yaml"], k8s_spec, "the user's spec text is untouched");
}
