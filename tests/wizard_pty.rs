//! `idsgen init` driven end to end in a real pseudo-terminal (expectrl): the real binary, real
//! inquire prompts, keys sent as a user types them. Every wait is bounded, so a hang fails.

#![cfg(unix)]

use expectrl::{Eof, Session, WaitStatus};
use idsgen::commands::render::render_spec;
use idsgen::spec::load;
use idsgen::spec::presets;
use idsgen::spec::types::Spec;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

// Generous for a loaded CI machine (tests run in parallel on 2 cores); a hang still fails.
const TIMEOUT: Duration = Duration::from_secs(60);
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const BACKSPACE: &str = "\x7f";

type Pty = Session;

/// Starts `idsgen init -o DIR ARGS` in a fresh pseudo-terminal.
fn spawn(dir: &Path, args: &[&str]) -> Pty {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_idsgen"));
    cmd.arg("init").arg("-o").arg(dir).args(args);
    cmd.env("TERM", "xterm-256color").env("NO_COLOR", "1");
    let mut pty = Session::spawn(cmd).expect("spawn idsgen in a pty");
    // Wide enough that no question wraps.
    pty.get_process_mut().set_window_size(200, 50).expect("set pty size");
    pty.set_expect_timeout(Some(TIMEOUT));
    pty
}

/// Waits for a question (by the start of its text) and the end of its help line (every prompt
/// ends with the keys, drawn after the terminal is in raw mode, so typed keys are not lost on a
/// busy machine), then types `keys`.
fn answer(pty: &mut Pty, question: &str, keys: &str) {
    if let Err(e) = pty.expect(question) {
        panic!("waiting for question {question:?}: {e}");
    }
    if let Err(e) = pty.expect("Ctrl-C: quit") {
        panic!("waiting for the help line of {question:?}: {e}");
    }
    // The prompt is drawn before its input loop reads; on a loaded machine keys sent at once were
    // lost (2 of ~20 full runs, always at the first question), so give the loop a moment.
    std::thread::sleep(Duration::from_millis(150));
    pty.send(keys).expect("send keys");
}

/// Reads everything up to the end of the process's output, and its exit code.
fn finish(pty: &mut Pty) -> (String, i32) {
    let captured = pty.expect(Eof).expect("the wizard ends within the timeout");
    let text = String::from_utf8_lossy(captured.as_bytes()).into_owned();
    let code = match pty.get_process().wait().expect("wait for idsgen") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("idsgen did not exit normally: {other:?}\n{text}"),
    };
    (text, code)
}

/// Clears a pre-filled text answer and types a new one.
fn replace(pty: &mut Pty, question: &str, old_len: usize, new: &str) {
    answer(pty, question, &BACKSPACE.repeat(old_len + 4));
    pty.send(format!("{new}{ENTER}")).expect("send keys");
}

fn preset(name: &str) -> Spec {
    let p = presets::find(name).unwrap();
    load::parse(p.name, p.text).unwrap()
}

fn written_spec(dir: &Path) -> Spec {
    let text = std::fs::read_to_string(dir.join("idsgen.yaml")).expect("idsgen.yaml written");
    load::parse("idsgen.yaml", &text).expect("idsgen.yaml parses")
}

/// Every file the spec renders is on disk with the rendered content.
fn assert_rendered(dir: &Path, spec: &Spec) {
    let files = render_spec(spec, None).unwrap();
    assert!(files.len() > 1, "more than the spec is rendered");
    for f in files {
        let on_disk =
            std::fs::read_to_string(dir.join(&f.path)).unwrap_or_else(|e| panic!("{} not written: {e}", f.path));
        if f.path != "idsgen.yaml" {
            assert_eq!(on_disk, f.contents, "{} differs from a fresh render", f.path);
        }
    }
}

/// Runs the printed `idsgen render --preset ... --set ...` line through a shell into another
/// directory and checks it writes the same spec the wizard did.
fn assert_printed_preset_command_rebuilds(out: &str, dir: &Path, spec: &Spec) {
    let suffix = format!(" -o {}", dir.display());
    let line = out
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("idsgen render --preset "))
        .unwrap_or_else(|| panic!("no --preset command printed:\n{out}"));
    let args = line
        .strip_prefix("idsgen ")
        .and_then(|l| l.strip_suffix(&suffix))
        .unwrap_or_else(|| panic!("unexpected command line {line:?}"));
    let other = tempfile::tempdir().unwrap();
    let script = format!("\"$0\" {args} -o \"$1\"");
    let run = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_idsgen"))
        .arg(other.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{line}\n{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(&written_spec(other.path()), spec, "{line}");
}

/// The client questions when the preset's `spa` and `worker` (m2m) clients are accepted.
fn accept_spa_and_worker(pty: &mut Pty) {
    for q in [
        "Set up a first client?",
        "Client kind",
        "Client id",
        "Redirect URIs",
        "CORS origins",
        "Set up client 2?",
        "Client kind",
        "Client id",
        "Name of the client-secret secret",
        "Set up client 3?",
    ] {
        answer(pty, q, ENTER);
    }
}

/// The Kubernetes questions between the target and the clients, in the order they are asked.
const KUBERNETES_QUESTIONS: [&str; 17] = [
    "Project (assembly) name",
    "Keep this proxy chain?",
    ".NET version",
    "Duende IdentityServer major version",
    "Fewest instances",
    "Most instances",
    "Public URL",
    "Path base",
    "Database engine",
    "Name of the database connection-string secret",
    "Where do Data Protection keys live?",
    "Absolute path of the PFX file",
    "Name of the PFX password secret",
    "Who runs Redis?",
    "Name of the Redis connection-string secret",
    "Redis persistence",
    "Name of the Duende license-key secret",
];

/// The on-prem questions between the target and the nginx versions, in the order they are asked.
const ONPREM_QUESTIONS: [&str; 16] = [
    "Project (assembly) name",
    "Keep this proxy chain?",
    ".NET version",
    "Duende IdentityServer major version",
    // Nothing autoscales on-prem: one count, no fewest/most range.
    "How many IdentityServer instances per host?",
    "Public URL",
    "Path base",
    "Database engine",
    "Name of the database connection-string secret",
    "Where do Data Protection keys live?",
    "Absolute path of the PFX file",
    "Name of the PFX password secret",
    "Who runs Redis?",
    "Name of the Redis connection-string secret",
    "Redis persistence",
    "Name of the Duende license-key secret",
];

#[test]
fn onprem_linux_with_every_default_writes_the_onprem_nginx_preset() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", &format!("on-prem{ENTER}"));
    for q in ONPREM_QUESTIONS
        .iter()
        .chain(&["nginx version on the hosts", "OpenSSL version nginx is linked against"])
    {
        answer(&mut pty, q, ENTER);
    }
    accept_spa_and_worker(&mut pty);
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");

    let spec = written_spec(dir.path());
    assert_eq!(spec, preset("onprem-nginx"));
    assert_rendered(dir.path(), &spec);
    let d = dir.path().display();
    assert!(
        out.contains(&format!("idsgen render --spec {d}/idsgen.yaml -o {d}")),
        "{out}"
    );
    assert!(
        out.contains(&format!("idsgen render --preset onprem-nginx -o {d}")),
        "{out}"
    );
}

#[test]
fn aws_ecs_with_every_default_writes_the_aws_ecs_preset_and_never_asks_about_nginx() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", &format!("AWS ECS{ENTER}"));
    for q in [
        "Project (assembly) name",
        "Keep this proxy chain?",
        ".NET version",
        "Duende IdentityServer major version",
        "Fewest instances",
        "Most instances",
        "Public URL",
        "Path base",
        "Database engine",
        "Name of the database connection-string secret",
        // ECS: SSM with KMS is the only protected key store, so neither choice is asked.
        "SSM parameter name prefix",
        "KMS key id",
        "Who runs Redis?",
        "Name of the Redis connection-string secret",
        "Name of the Duende license-key secret",
    ] {
        answer(&mut pty, q, ENTER);
    }
    accept_spa_and_worker(&mut pty);
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("nginx version"), "nginx asked on aws-ecs:\n{out}");
    assert!(
        !out.contains("Redis persistence"),
        "persistence asked though Redis holds no keys"
    );

    let spec = written_spec(dir.path());
    assert_eq!(spec, preset("aws-ecs"));
    assert_rendered(dir.path(), &spec);
    let d = dir.path().display();
    assert!(
        out.contains(&format!("idsgen render --spec {d}/idsgen.yaml -o {d}")),
        "{out}"
    );
    assert!(out.contains(&format!("idsgen render --preset aws-ecs -o {d}")), "{out}");
    assert_printed_preset_command_rebuilds(&out, dir.path(), &spec);
}

#[test]
fn changed_answers_land_in_the_spec_and_in_the_printed_set_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let base = preset("aws-ecs");
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", &format!("AWS ECS{ENTER}"));
    for q in [
        "Project (assembly) name",
        "Keep this proxy chain?",
        ".NET version",
        "Duende IdentityServer major version",
        "Fewest instances",
    ] {
        answer(&mut pty, q, ENTER);
    }
    answer(&mut pty, "Most instances", &format!("4{ENTER}"));
    // An http origin is refused as typed, with the spec's own message; then fixed.
    replace(
        &mut pty,
        "Public URL",
        base.public.origin.len(),
        "http://login.example.org",
    );
    let refusal = idsgen::spec::fields::https_origin("http://login.example.org").unwrap_err();
    let shown: String = refusal.chars().take(40).collect();
    if let Err(e) = pty.expect(shown.as_str()) {
        panic!("the origin rule's message {refusal:?} is not shown: {e}");
    }
    pty.send(BACKSPACE.repeat(40)).unwrap();
    pty.send(format!("https://login.example.org{ENTER}")).unwrap();
    answer(&mut pty, "Path base", &format!("/identity{ENTER}"));
    for q in [
        "Database engine",
        "Name of the database connection-string secret",
        // ECS: SSM with KMS is the only protected key store, so neither choice is asked.
        "SSM parameter name prefix",
        "KMS key id",
        "Who runs Redis?",
        "Name of the Redis connection-string secret",
        "Name of the Duende license-key secret",
        "Set up a first client?",
        "Client kind",
        "Client id",
        "Redirect URIs",
        "CORS origins",
    ] {
        answer(&mut pty, q, ENTER);
    }
    answer(&mut pty, "Set up client 2?", &format!("n{ENTER}"));
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");

    let mut expected = base;
    expected.hosting.max_instances = 4;
    expected.public.origin = "https://login.example.org".into();
    expected.public.path_base = Some("/identity".into());
    expected.clients.truncate(1);
    let spec = written_spec(dir.path());
    assert_eq!(spec, expected);
    assert_rendered(dir.path(), &spec);
    assert_printed_preset_command_rebuilds(&out, dir.path(), &spec);
    for set in [
        "--set hosting.max_instances=4",
        "--set public.origin=https://login.example.org",
        "--set public.path_base=/identity",
        "--set 'clients=[{",
    ] {
        assert!(out.contains(set), "missing `{set}` in:\n{out}");
    }
}

#[test]
fn ctrl_c_on_the_first_question_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", CTRL_C);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 130, "{out}");
    assert!(out.contains("cancelled, nothing written"), "{out}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "something was written"
    );
}

#[test]
fn esc_goes_back_one_question_and_keeps_the_answer_given_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", &format!("AWS ECS{ENTER}"));
    // The default is a placeholder: typing replaces it (no `Acme.IdentityAcme.Login`).
    answer(&mut pty, "Project (assembly) name", &format!("Acme.Login{ENTER}"));
    answer(&mut pty, "Keep this proxy chain?", ESC);
    // Back at the name, with the answer given as the new default.
    if let Err(e) = pty.expect("Project (assembly) name") {
        panic!("Esc did not go back to the name: {e}");
    }
    answer(&mut pty, "Acme.Login", ENTER);
    for q in [
        "Keep this proxy chain?",
        ".NET version",
        "Duende IdentityServer major version",
        "Fewest instances",
        "Most instances",
        "Public URL",
        "Path base",
        "Database engine",
        "Name of the database connection-string secret",
        "SSM parameter name prefix",
        "KMS key id",
        "Who runs Redis?",
        "Name of the Redis connection-string secret",
        "Name of the Duende license-key secret",
    ] {
        answer(&mut pty, q, ENTER);
    }
    accept_spa_and_worker(&mut pty);
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");
    let mut expected = preset("aws-ecs");
    expected.project.name = "Acme.Login".into();
    assert_eq!(written_spec(dir.path()), expected);
}

#[test]
fn the_review_lists_assumed_values_and_placeholders_and_changes_one_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", &format!("on-prem{ENTER}"));
    for q in ONPREM_QUESTIONS
        .iter()
        .chain(&["nginx version on the hosts", "OpenSSL version nginx is linked against"])
    {
        answer(&mut pty, q, ENTER);
    }
    accept_spa_and_worker(&mut pty);
    // Assumed values the user never typed, and the placeholder they accepted, marked.
    for shown in [
        "Assumed values",
        "clients[0].scopes",
        "Placeholders: NOT production-ready",
        "! public.origin = https://id.example.com",
    ] {
        if let Err(e) = pty.expect(shown) {
            panic!("the review does not show {shown:?}: {e}");
        }
    }
    // Change the placeholder: the list filters as you type.
    answer(
        &mut pty,
        "Write idsgen.yaml and render the deployment?",
        &format!("Change one{ENTER}"),
    );
    answer(&mut pty, "Which value?", &format!("public.origin{ENTER}"));
    answer(
        &mut pty,
        "New value for public.origin",
        &format!("http://login.acme-corp.io{ENTER}"),
    );
    // Refused at its own question with the spec's rule, then fixed.
    if let Err(e) = pty.expect("https") {
        panic!("an http origin is not refused: {e}");
    }
    pty.send(BACKSPACE.repeat(40)).unwrap();
    pty.send(format!("https://login.acme-corp.io{ENTER}")).unwrap();
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");
    let mut expected = preset("onprem-nginx");
    expected.public.origin = "https://login.acme-corp.io".into();
    assert_eq!(written_spec(dir.path()), expected);
    assert_rendered(dir.path(), &expected);
    // The closing screen: next steps in order, then the command without questions.
    let steps = ["Next steps:", "1. Commit", "2. ", "3. ", "4. ", "5. ", "idsgen plan"];
    let mut at = 0;
    for s in steps {
        let found = out[at..]
            .find(s)
            .unwrap_or_else(|| panic!("{s:?} missing or out of order:\n{out}"));
        at += found;
    }
    assert!(out.contains("--set public.origin=https://login.acme-corp.io"), "{out}");
}

#[test]
fn ctrl_c_halfway_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn(dir.path(), &[]);
    answer(&mut pty, "Where will IdentityServer run?", ENTER);
    answer(&mut pty, "Project (assembly) name", ENTER);
    answer(&mut pty, "Keep this proxy chain?", ENTER);
    answer(&mut pty, ".NET version", CTRL_C);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 130, "{out}");
    assert!(out.contains("cancelled, nothing written"), "{out}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "something was written"
    );
}

#[test]
fn reconfigure_offers_the_existing_answers_as_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let mut mine = preset("kubernetes");
    mine.hosting.max_instances = 9;
    mine.public.origin = "https://sso.example.net".into();
    let text = format!(
        "{}{}",
        idsgen::outputs::docs::SPEC_HEADER,
        yaml_serde::to_string(&mine).unwrap()
    );
    std::fs::write(dir.path().join("idsgen.yaml"), text).unwrap();

    let mut pty = spawn(dir.path(), &["--reconfigure"]);
    answer(&mut pty, "Where will IdentityServer run?", ENTER);
    for q in KUBERNETES_QUESTIONS {
        answer(&mut pty, q, ENTER);
    }
    accept_spa_and_worker(&mut pty);
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    // The plan is shown and applied through the 3-way merge, after a confirmation.
    answer(&mut pty, "Apply this plan?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");
    assert_eq!(written_spec(dir.path()), mine);
    assert!(out.contains("--set hosting.max_instances=9"), "{out}");
    assert_printed_preset_command_rebuilds(&out, dir.path(), &mine);
}

#[test]
fn reconfigure_on_a_hand_edited_deployment_merges_and_keeps_every_edit_and_comment() {
    let dir = tempfile::tempdir().unwrap();
    let render = Command::new(env!("CARGO_BIN_EXE_idsgen"))
        .args(["render", "--preset", "kubernetes", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(render.status.success(), "{}", String::from_utf8_lossy(&render.stderr));
    // A hand edit in a rendered file and a comment in the spec.
    let values = dir.path().join("deploy/helm/acme-identity/values.yaml");
    let text = std::fs::read_to_string(&values).unwrap();
    let edited = text.replacen("app:\n", "app:\n  # ops: reviewed by the platform team\n", 1);
    assert_ne!(edited, text);
    std::fs::write(&values, &edited).unwrap();
    let spec_path = dir.path().join("idsgen.yaml");
    let spec_text = std::fs::read_to_string(&spec_path).unwrap();
    let commented = spec_text.replacen("hosting:\n", "# sized for the Q1 launch\nhosting:\n", 1);
    std::fs::write(&spec_path, &commented).unwrap();

    let mut pty = spawn(dir.path(), &["--reconfigure"]);
    answer(&mut pty, "Where will IdentityServer run?", ENTER);
    for q in KUBERNETES_QUESTIONS {
        let keys = if q == "Most instances" {
            format!("9{ENTER}")
        } else {
            ENTER.to_string()
        };
        answer(&mut pty, q, &keys);
    }
    accept_spa_and_worker(&mut pty);
    answer(&mut pty, "Write idsgen.yaml and render the deployment?", ENTER);
    // The plan names the hand-edited file as a merge before anything is written.
    if let Err(e) = pty.expect("deploy/helm/acme-identity/values.yaml") {
        panic!("the plan does not list the edited values.yaml: {e}");
    }
    assert!(
        std::fs::read_to_string(&values).unwrap().contains("maxReplicas: 6"),
        "written before the confirmation"
    );
    answer(&mut pty, "Apply this plan?", ENTER);
    let (out, code) = finish(&mut pty);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("applied:"), "{out}");

    let values_after = std::fs::read_to_string(&values).unwrap();
    assert!(
        values_after.contains("# ops: reviewed by the platform team"),
        "hand edit lost:\n{values_after}"
    );
    assert!(
        values_after.contains("maxReplicas: 9"),
        "the change did not land:\n{values_after}"
    );
    let spec_after = std::fs::read_to_string(&spec_path).unwrap();
    assert!(
        spec_after.contains("# sized for the Q1 launch"),
        "spec comment lost:\n{spec_after}"
    );
    assert!(spec_after.contains("max_instances: 9"), "{spec_after}");
    assert_eq!(written_spec(dir.path()).hosting.max_instances, 9);
}

#[test]
fn init_without_a_terminal_exits_64_and_points_to_preset_and_spec() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_idsgen"))
        .arg("init")
        .arg("-o")
        .arg(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--preset") && err.contains("--spec"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
