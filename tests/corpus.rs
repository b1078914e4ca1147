//! The real-world corpus (tests/corpus/<fixture>/): trees written in the shape of public
//! repositories that host IdentityServer, each with verdicts judged by reading it. Runs the built
//! `idsgen check --format json` on every tree, scores FAIL precision, FAIL recall and evidence
//! accuracy, prints every mismatch, and fails when a number drops below tests/corpus/SCORES.json.
//!
//! `CORPUS_BLESS=1 cargo test --test corpus` rewrites SCORES.json and the generated table in
//! tests/corpus/README.md from the current engine (do it when the numbers rise, after reading the
//! mismatch list).

use assert_cmd::Command;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What a fixture's expected.yaml holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// The public repository whose shape the tree reproduces.
    source: Source,
    /// Project directory of the IdentityServer host, when the tree has one.
    #[serde(default)]
    host: Option<String>,
    /// Item id → judged verdict.
    items: BTreeMap<String, Verdict>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    repo: String,
    commit: String,
    /// The shapes this repository showed, in a few words each.
    shapes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Verdict {
    verdict: Judged,
    why: String,
    /// Any one of these `file:line` places proves the verdict; empty = verdict alone is scored.
    #[serde(default)]
    evidence: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Judged {
    Pass,
    Fail,
    NotApplicable,
    Unknown,
}

impl Judged {
    fn label(self) -> &'static str {
        match self {
            Judged::Pass => "pass",
            Judged::Fail => "fail",
            Judged::NotApplicable => "not-applicable",
            Judged::Unknown => "not-found",
        }
    }
}

/// One item as `check` reported it.
#[derive(Debug, Clone, Default)]
struct Got {
    status: String,
    evidence: Vec<(String, usize)>,
}

/// The ratchet: counts behind the three ratios.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
struct Scores {
    /// Judged verdicts scored (pass or fail).
    verdicts: usize,
    /// Expected fail, reported FAIL.
    fail_true: usize,
    /// Expected pass/n-a/unknown, reported FAIL.
    fail_false: usize,
    /// Expected fail, not reported FAIL.
    fail_missed: usize,
    /// Right status and (when given) evidence at one of the expected places.
    evidence_right: usize,
    /// FAIL precision, percent.
    precision: f64,
    /// FAIL recall, percent.
    recall: f64,
    /// Verdicts with the right status and the right evidence, percent.
    evidence: f64,
}

impl Scores {
    fn finish(mut self) -> Self {
        let pct = |n: usize, d: usize| {
            if d == 0 {
                100.0
            } else {
                round1(100.0 * n as f64 / d as f64)
            }
        };
        self.precision = pct(self.fail_true, self.fail_true + self.fail_false);
        self.recall = pct(self.fail_true, self.fail_true + self.fail_missed);
        self.evidence = pct(self.evidence_right, self.verdicts);
        self
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Scores of one fixture plus its mismatches.
struct FixtureRun {
    name: String,
    expected: Expected,
    got: BTreeMap<String, Got>,
    scores: Scores,
    mismatches: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("expected.yaml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs the built binary on a tree; item id → what it reported.
fn check(tree: &Path) -> BTreeMap<String, Got> {
    let out = Command::cargo_bin("idsgen")
        .expect("binary built")
        .args(["check", "--format", "json"])
        .arg(tree)
        .output()
        .expect("idsgen runs");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "idsgen check {} exited {code:?}: {}",
        tree.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("check --format json prints JSON");
    let items = json["report"]["items"].as_array().cloned().unwrap_or_default();
    items
        .iter()
        .map(|i| {
            let evidence = i["evidence"]
                .as_array()
                .map(|es| {
                    es.iter()
                        .map(|e| {
                            (
                                e["file"].as_str().unwrap_or("").to_string(),
                                e["line"].as_u64().unwrap_or(0) as usize,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            (
                i["id"].as_str().unwrap_or("").to_string(),
                Got {
                    status: i["status"].as_str().unwrap_or("").to_string(),
                    evidence,
                },
            )
        })
        .collect()
}

fn parse_place(s: &str) -> (String, usize) {
    let (file, line) = s.rsplit_once(':').unwrap_or((s, "0"));
    (file.to_string(), line.parse().unwrap_or(0))
}

/// Scores one fixture's report against its verdicts.
fn score(name: &str, expected: &Expected, got: &BTreeMap<String, Got>) -> (Scores, Vec<String>) {
    let mut s = Scores::default();
    let mut mismatches = Vec::new();
    for (id, v) in &expected.items {
        let g = got.get(id).cloned().unwrap_or_else(|| Got {
            status: "absent".into(),
            evidence: Vec::new(),
        });
        let reported_fail = g.status == "fail";
        match (v.verdict, reported_fail) {
            (Judged::Fail, true) => s.fail_true += 1,
            (Judged::Fail, false) => s.fail_missed += 1,
            (_, true) => s.fail_false += 1,
            _ => {}
        }
        if !matches!(v.verdict, Judged::Pass | Judged::Fail) {
            continue;
        }
        s.verdicts += 1;
        let status_right = g.status == v.verdict.label();
        let places: Vec<(String, usize)> = v.evidence.iter().map(|e| parse_place(e)).collect();
        let evidence_right = places.is_empty() || g.evidence.iter().any(|e| places.contains(e));
        if status_right && evidence_right {
            s.evidence_right += 1;
            continue;
        }
        let shown: Vec<String> = g.evidence.iter().take(4).map(|(f, l)| format!("{f}:{l}")).collect();
        let what = if status_right { "evidence" } else { "verdict" };
        mismatches.push(format!(
            "{name} {id} [{what}]: expected {} at [{}], got {} at [{}] (why: {})",
            v.verdict.label(),
            v.evidence.join(", "),
            g.status,
            shown.join(", "),
            v.why
        ));
    }
    (s.finish(), mismatches)
}

fn run_all() -> Vec<FixtureRun> {
    fixtures()
        .into_iter()
        .map(|name| {
            let dir = corpus_dir().join(&name);
            let text = std::fs::read_to_string(dir.join("expected.yaml")).expect("expected.yaml readable");
            let expected: Expected =
                yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("tests/corpus/{name}/expected.yaml: {e}"));
            let got = check(&dir.join("tree"));
            let (scores, mismatches) = score(&name, &expected, &got);
            FixtureRun {
                name,
                expected,
                got,
                scores,
                mismatches,
            }
        })
        .collect()
}

fn total(runs: &[FixtureRun]) -> Scores {
    runs.iter()
        .fold(Scores::default(), |mut t, r| {
            t.verdicts += r.scores.verdicts;
            t.fail_true += r.scores.fail_true;
            t.fail_false += r.scores.fail_false;
            t.fail_missed += r.scores.fail_missed;
            t.evidence_right += r.scores.evidence_right;
            t
        })
        .finish()
}

/// The generated part of tests/corpus/README.md: one row per fixture.
fn table(runs: &[FixtureRun], t: &Scores) -> String {
    let mut out = String::new();
    out.push_str("| fixture | repository @ commit | shapes | `idsgen check` says | right | verdicts right |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for r in runs {
        let says: Vec<String> = r
            .expected
            .items
            .iter()
            .map(|(id, v)| {
                let st = r.got.get(id).map(|g| g.status.as_str()).unwrap_or("absent");
                // Wrong verdicts stand out; wrong evidence is in the mismatch list.
                if st == v.verdict.label() {
                    format!("{id} {st}")
                } else {
                    format!("**{id} {st}** ✗")
                }
            })
            .collect();
        let right: Vec<String> = r
            .expected
            .items
            .iter()
            .map(|(id, v)| format!("{id} {}", v.verdict.label()))
            .collect();
        let host = r
            .expected
            .host
            .as_deref()
            .map(|h| format!(" (host `{h}`)"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| `{}`{host} | [{}](https://github.com/{}) @ `{}` | {} | {} | {} | {}/{} |",
            r.name,
            r.expected.source.repo,
            r.expected.source.repo,
            &r.expected.source.commit[..r.expected.source.commit.len().min(10)],
            r.expected.source.shapes.join("; "),
            says.join(", "),
            right.join(", "),
            r.scores.evidence_right,
            r.scores.verdicts
        );
    }
    let _ = writeln!(
        out,
        "\nOver {} judged verdicts: FAIL precision **{}%** ({} of {} FAILs right), FAIL recall **{}%** ({} of {} failures found), right verdict with right evidence **{}%** ({} of {}).",
        t.verdicts,
        t.precision,
        t.fail_true,
        t.fail_true + t.fail_false,
        t.recall,
        t.fail_true,
        t.fail_true + t.fail_missed,
        t.evidence,
        t.evidence_right,
        t.verdicts
    );
    out
}

const BEGIN: &str = "<!-- corpus-scores:begin (generated by CORPUS_BLESS=1 cargo test --test corpus) -->";
const END: &str = "<!-- corpus-scores:end -->";

fn splice(readme: &str, generated: &str) -> Option<String> {
    let start = readme.find(BEGIN)? + BEGIN.len();
    let end = readme.find(END)?;
    (start <= end).then(|| format!("{}\n{}{}", &readme[..start], generated, &readme[end..]))
}

#[test]
fn corpus_scores_do_not_drop_below_the_baseline() {
    let runs = run_all();
    assert!(
        runs.len() >= 12,
        "the corpus has {} fixtures, expected at least 12",
        runs.len()
    );
    let t = total(&runs);
    let mismatches: Vec<&String> = runs.iter().flat_map(|r| &r.mismatches).collect();
    eprintln!("corpus: {} fixtures, {} mismatches", runs.len(), mismatches.len());
    for m in &mismatches {
        eprintln!("  {m}");
    }
    eprintln!(
        "corpus: FAIL precision {}%, FAIL recall {}%, evidence right {}% over {} verdicts",
        t.precision, t.recall, t.evidence, t.verdicts
    );
    // Held-out fixtures (`heldout-*`) were judged before `check` ran on them: their score alone
    // says how the engine does on trees it was not tuned on.
    let (held, tuned): (Vec<FixtureRun>, Vec<FixtureRun>) =
        run_all().into_iter().partition(|r| r.name.starts_with("heldout-"));
    if !held.is_empty() && !tuned.is_empty() {
        let h = total(&held);
        eprintln!(
            "corpus: held-out only ({} fixtures): FAIL precision {}% ({} true, {} false), FAIL recall {}% ({} missed), evidence right {}% over {} verdicts",
            held.len(),
            h.precision,
            h.fail_true,
            h.fail_false,
            h.recall,
            h.fail_missed,
            h.evidence,
            h.verdicts
        );
    }

    let scores_path = corpus_dir().join("SCORES.json");
    if std::env::var_os("CORPUS_BLESS").is_some() {
        let json = serde_json::to_string_pretty(&t).expect("scores serialise") + "\n";
        std::fs::write(&scores_path, json).expect("write SCORES.json");
        let readme_path = corpus_dir().join("README.md");
        let readme = std::fs::read_to_string(&readme_path).expect("tests/corpus/README.md exists");
        let updated = splice(&readme, &table(&runs, &t)).expect("README.md has the corpus-scores markers");
        std::fs::write(&readme_path, updated).expect("write README.md");
        return;
    }
    let baseline: Scores = serde_json::from_str(
        &std::fs::read_to_string(&scores_path).expect("tests/corpus/SCORES.json exists (CORPUS_BLESS=1 writes it)"),
    )
    .expect("SCORES.json parses");
    let mut drops = Vec::new();
    for (what, now, was) in [
        ("FAIL precision", t.precision, baseline.precision),
        ("FAIL recall", t.recall, baseline.recall),
        ("evidence right", t.evidence, baseline.evidence),
    ] {
        if now + 0.05 < was {
            drops.push(format!("{what} dropped from {was}% to {now}%"));
        } else if now > was + 0.05 {
            eprintln!("corpus: {what} rose from {was}% to {now}%: raise the ratchet with CORPUS_BLESS=1");
        }
    }
    assert!(
        drops.is_empty(),
        "{}\n(the mismatches above say which fixture and item)",
        drops.join("\n")
    );
}

#[test]
fn every_expected_verdict_names_a_catalogue_item_and_a_file_of_its_tree() {
    let ids: Vec<&str> = idsgen::checklist::catalogue::ITEMS.iter().map(|i| i.id).collect();
    for name in fixtures() {
        let dir = corpus_dir().join(&name);
        let text = std::fs::read_to_string(dir.join("expected.yaml")).expect("readable");
        let expected: Expected =
            yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("tests/corpus/{name}/expected.yaml: {e}"));
        assert_eq!(
            expected.source.commit.len(),
            40,
            "{name}: source.commit is a full commit id"
        );
        assert!(!expected.source.shapes.is_empty(), "{name}: source.shapes is empty");
        if let Some(host) = &expected.host {
            assert!(
                dir.join("tree").join(host).is_dir(),
                "{name}: host {host} is not a directory of tree/"
            );
        }
        for (id, v) in &expected.items {
            assert!(ids.contains(&id.as_str()), "{name}: {id} is not a catalogue item");
            assert!(!v.why.trim().is_empty(), "{name} {id}: say why");
            if v.verdict == Judged::Fail {
                assert!(
                    !v.evidence.is_empty(),
                    "{name} {id}: a failure needs the place that proves it"
                );
            }
            for place in &v.evidence {
                let (file, line) = parse_place(place);
                let path = dir.join("tree").join(&file);
                let text = std::fs::read(&path).unwrap_or_else(|_| panic!("{name} {id}: {file} is not in tree/"));
                let lines = text.split(|b| *b == b'\n').count();
                assert!(line >= 1 && line <= lines, "{name} {id}: {file} has no line {line}");
            }
        }
    }
}

#[test]
fn scoring_counts_false_and_missed_failures_and_wrong_evidence() {
    let expected: Expected = yaml_serde::from_str(
        "source: {repo: a/b, commit: '0000000000000000000000000000000000000000', shapes: [x]}\nitems:\n  DP1: {verdict: fail, why: w, evidence: ['a.cs:3']}\n  DP2: {verdict: fail, why: w, evidence: ['a.cs:4']}\n  SK1: {verdict: pass, why: w}\n  SK2: {verdict: fail, why: w, evidence: ['a.cs:9']}\n",
    )
    .unwrap();
    let got: BTreeMap<String, Got> = [
        ("DP1", "fail", vec![("a.cs".to_string(), 3)]),
        ("DP2", "fail", vec![("a.cs".to_string(), 5)]),
        ("SK1", "fail", vec![]),
        ("SK2", "pass", vec![]),
    ]
    .into_iter()
    .map(|(id, st, ev)| {
        (
            id.to_string(),
            Got {
                status: st.to_string(),
                evidence: ev,
            },
        )
    })
    .collect();
    let (s, mismatches) = score("t", &expected, &got);
    assert_eq!(
        (s.fail_true, s.fail_false, s.fail_missed, s.evidence_right),
        (2, 1, 1, 1)
    );
    assert_eq!((s.precision, s.recall, s.evidence), (66.7, 66.7, 25.0));
    assert_eq!(mismatches.len(), 3);
    assert!(mismatches[0].contains("DP2 [evidence]"), "{}", mismatches[0]);
}
