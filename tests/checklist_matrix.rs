//! The proof of our own output (issue 3): every preset and every valid combination of the option
//! matrix renders a tree on which every applicable checklist item passes; what files alone cannot
//! prove is an operator step with a command, never a failure or "not found". The presets ship
//! documentation placeholders (id.example.com), so they are rendered with real values here; as
//! shipped they fail X12 and nothing else (issue 12, tests/checklist_wiring.rs).

use idsgen::checklist::finding::Status;
use idsgen::checklist::{CheckOptions, check_files};
use idsgen::commands::render::render_spec;
use idsgen::spec::{presets, validate};

mod support;

fn unproven(label: &str, spec: &idsgen::spec::types::Spec) -> Vec<String> {
    let files = render_spec(spec, None).expect("valid spec renders");
    let inputs: Vec<(String, String)> = files.iter().map(|f| (f.path.clone(), f.contents.clone())).collect();
    let report = check_files(&inputs, &CheckOptions::default());
    assert!(
        report.items.len() >= 38,
        "{label}: the catalogue shrank to {}",
        report.items.len()
    );
    report
        .items
        .iter()
        .filter(|i| !matches!(i.status, Status::Pass | Status::OperatorStep | Status::NotApplicable))
        .map(|i| format!("{label}: {} is {:?}: {}", i.id, i.status, i.summary))
        .collect()
}

#[test]
fn every_applicable_item_passes_on_every_preset() {
    let mut problems = Vec::new();
    for p in presets::all() {
        problems.extend(unproven(p.name, &support::with_real_values(support::preset(p.name))));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_applicable_item_passes_across_the_option_matrix() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (label, spec) in support::option_matrix() {
        if !validate::validate(&spec).is_empty() {
            continue;
        }
        problems.extend(unproven(&label, &spec));
        checked += 1;
    }
    assert_eq!(checked, 88, "the matrix no longer covers the expected combinations");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
