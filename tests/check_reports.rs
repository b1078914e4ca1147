//! The four report formats on a failing and a skipped item: text and Markdown show the finding,
//! what breaks and the fix; JSON round-trips the statuses; SARIF validates against the SARIF 2.1.0
//! schema (tests/schemas, see SOURCE.md) and places results where GitHub code scanning needs them.

use idsgen::checklist::catalogue::ITEMS;
use idsgen::checklist::discover::walk;
use idsgen::checklist::finding::Report;
use idsgen::checklist::report::{Format, render};
use idsgen::checklist::{CheckOptions, check_files};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn overlay(name: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: BTreeMap<String, String> = walk(&root.join("clean")).unwrap().into_iter().collect();
    files.extend(walk(&root.join(name)).unwrap());
    files.into_iter().collect()
}

fn hsts_report(skip: bool) -> (Report, usize) {
    let files = overlay("hsts-30-days");
    let text = &files
        .iter()
        .find(|(p, _)| p == "src/Acme.Identity/Services.cs")
        .unwrap()
        .1;
    let line = text.lines().position(|l| l.contains("TimeSpan.FromDays(30)")).unwrap() + 1;
    let mut opts = CheckOptions::default();
    if skip {
        opts.skips
            .insert("TLS1".into(), "HSTS comes from the CDN in front".into());
    }
    (check_files(&files, &opts), line)
}

fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-2.1.0-rtm.5.json");
    let mut schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // The published schema's `language` patterns have a stray `]`: a literal in ECMA-262 regexes,
    // an error for the Rust regex engines the validator uses. Escape it (same meaning); the file
    // itself stays byte for byte as published (tests/schemas/SOURCE.md).
    fn escape_stray_bracket(v: &mut Value, fixed: &mut usize) {
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter_mut() {
                    if k == "pattern" && child == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" {
                        *child = Value::from("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$");
                        *fixed += 1;
                    } else {
                        escape_stray_bracket(child, fixed);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| escape_stray_bracket(i, fixed)),
            _ => {}
        }
    }
    let mut fixed = 0;
    escape_stray_bracket(&mut schema, &mut fixed);
    assert!(fixed >= 1, "the schema changed; revisit this workaround");
    jsonschema::draft4::new(&schema).expect("the SARIF schema compiles")
}

fn assert_valid_sarif(text: &str) -> Value {
    let sarif: Value = serde_json::from_str(text).expect("SARIF is JSON");
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF does not validate: {errors:#?}");
    sarif
}

#[test]
fn the_schema_rejects_what_code_scanning_would_reject() {
    // Guards the validator itself: a wrong version and a result without ruleId shape.
    let validator = sarif_validator();
    let bad = serde_json::json!({ "version": "2.0.0", "runs": [] });
    assert!(!validator.is_valid(&bad));
    let bad_line = serde_json::json!({ "version": "2.1.0", "runs": [{ "tool": { "driver": { "name": "x" } },
        "results": [{ "message": { "text": "m" }, "locations": [{ "physicalLocation": { "region": { "startLine": 0 } } }] }] }] });
    assert!(!validator.is_valid(&bad_line));
}

#[test]
fn sarif_validates_and_points_at_the_finding() {
    let (report, line) = hsts_report(false);
    let sarif = assert_valid_sarif(&render(&report, Format::Sarif));
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    // Every item, plus PARSE for files that could not be parsed.
    assert_eq!(rules.len(), ITEMS.len() + 1);
    assert_eq!(rules[ITEMS.len()]["id"], "PARSE");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{results:#?}");
    let r = &results[0];
    assert_eq!(r["ruleId"], "TLS1");
    assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], "TLS1");
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "src/Acme.Identity/Services.cs");
    assert_eq!(loc["region"]["startLine"], line as u64);
    assert!(
        rules
            .iter()
            .all(|rule| rule["help"]["text"].as_str().is_some_and(|t| t.contains("Fix:")))
    );
    // The validator is strict about our shape too: a misspelt property fails it.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["regin"] = serde_json::json!({});
    assert!(!sarif_validator().is_valid(&broken));
}

#[test]
fn sarif_of_clean_vendor_and_skipped_trees_validates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let clean = check_files(&walk(&root.join("clean")).unwrap(), &CheckOptions::default());
    let sarif = assert_valid_sarif(&render(&clean, Format::Sarif));
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 0);
    let vendor = check_files(&walk(&root.join("vendor-snippets")).unwrap(), &CheckOptions::default());
    let sarif = assert_valid_sarif(&render(&vendor, Format::Sarif));
    assert_eq!(
        sarif["runs"][0]["results"].as_array().unwrap().len(),
        vendor.findings().len()
    );
    let (skipped, _) = hsts_report(true);
    let sarif = assert_valid_sarif(&render(&skipped, Format::Sarif));
    let sup = &sarif["runs"][0]["results"][0]["suppressions"][0];
    assert_eq!(sup["kind"], "external");
    assert_eq!(sup["justification"], "HSTS comes from the CDN in front");
}

#[test]
fn text_shows_finding_breaks_and_fix() {
    let (report, line) = hsts_report(false);
    let text = render(&report, Format::Text);
    assert!(
        text.contains(&format!(
            "src/Acme.Identity/Services.cs:{line}: HSTS MaxAge = TimeSpan.FromDays(30) is 30 days"
        )),
        "{text}"
    );
    let tls1 = ITEMS.iter().find(|i| i.id == "TLS1").unwrap();
    assert!(text.contains(&format!("breaks: {}", tls1.breaks)));
    assert!(text.contains(&format!("fix: {}", tls1.fix)));
    assert!(text.trim_end().ends_with("result: FAIL"));
    let (skipped, _) = hsts_report(true);
    let text = render(&skipped, Format::Text);
    assert!(
        text.contains("accepted risk: HSTS comes from the CDN in front (would be: FAIL)"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("result: ok"));
}

#[test]
fn json_carries_status_evidence_and_skip_reason() {
    let (report, line) = hsts_report(false);
    let json: Value = serde_json::from_str(&render(&report, Format::Json)).unwrap();
    assert_eq!(json["failed"], true);
    let items = json["report"]["items"].as_array().unwrap();
    assert_eq!(items.len(), ITEMS.len());
    let tls1 = items.iter().find(|i| i["id"] == "TLS1").unwrap();
    assert_eq!(tls1["status"], "fail");
    assert_eq!(tls1["evidence"][0]["line"], line as u64);
    let tls3 = items.iter().find(|i| i["id"] == "TLS3").unwrap();
    assert_eq!(tls3["status"], "operator-step");
    assert!(
        tls3["command"]
            .as_str()
            .unwrap()
            .starts_with("curl -s https://id.acme-corp.io/")
    );
    let (skipped, _) = hsts_report(true);
    let json: Value = serde_json::from_str(&render(&skipped, Format::Json)).unwrap();
    let tls1 = json["report"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "TLS1")
        .unwrap()
        .clone();
    assert_eq!(
        (tls1["status"].as_str(), tls1["status_without_skip"].as_str()),
        (Some("skipped"), Some("fail"))
    );
    assert_eq!(tls1["skip_reason"], "HSTS comes from the CDN in front");
    assert_eq!(json["failed"], false);
}

#[test]
fn markdown_has_tables_failures_operator_steps_and_accepted_risks() {
    let (report, line) = hsts_report(false);
    let md = render(&report, Format::Markdown);
    assert!(md.starts_with("# idsgen check\n"));
    assert!(
        md.contains("| ❌ FAIL | TLS1 | HSTS is configured with a MaxAge of at least 1 year |"),
        "{md}"
    );
    assert!(md.contains(&format!("`src/Acme.Identity/Services.cs:{line}`")));
    assert!(md.contains("## Failures\n\n### TLS1"));
    assert!(md.contains("## Operator steps"));
    assert!(md.contains("curl -s https://id.acme-corp.io/.well-known/openid-configuration | jq -r .issuer"));
    assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
    let (skipped, _) = hsts_report(true);
    let md = render(&skipped, Format::Markdown);
    assert!(md.contains("## Accepted risks\n\n- **TLS1** HSTS is configured with a MaxAge of at least 1 year: HSTS comes from the CDN in front (would be: FAIL)"), "{md}");
    // Deterministic: the same input renders the same bytes.
    assert_eq!(md, render(&hsts_report(true).0, Format::Markdown));
}
