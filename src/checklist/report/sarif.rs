//! SARIF 2.1.0 for GitHub code scanning: every catalogue item is a rule (id, description, help),
//! every failing place a result with a relative artifact URI and a start line; accepted risks
//! become suppressed results carrying their reason; files that could not be parsed are results
//! of the extra rule `PARSE`.

use crate::checklist::catalogue::ITEMS;
use crate::checklist::finding::{Evidence, Report, Status};
use serde_json::{Value, json};

/// The SARIF rule id of "a file could not be parsed".
const PARSE_RULE: &str = "PARSE";

fn rule_name(title: &str) -> String {
    title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn location(e: &Evidence) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": e.file, "uriBaseId": "%SRCROOT%" },
            "region": { "startLine": e.line }
        },
        "message": { "text": e.note }
    })
}

/// Renders the report as a SARIF 2.1.0 log.
pub fn render(report: &Report) -> String {
    let rules: Vec<Value> = ITEMS
        .iter()
        .map(|i| {
            json!({
                "id": i.id,
                "name": rule_name(i.title),
                "shortDescription": { "text": i.title },
                "fullDescription": { "text": i.breaks },
                "help": {
                    "text": format!("What breaks: {}\nFix: {}\nApplies: {}", i.breaks, i.fix, i.applies),
                    "markdown": format!("**What breaks:** {}\n\n**Fix:** {}\n\n**Applies:** {}", i.breaks, i.fix, i.applies)
                },
                "defaultConfiguration": { "level": "error" },
                "properties": { "tags": ["security", "identityserver", i.section] }
            })
        })
        .collect();
    let mut rules = rules;
    rules.push(json!({
        "id": PARSE_RULE,
        "name": "FileCouldNotBeParsed",
        "shortDescription": { "text": "A file the check reads could not be parsed" },
        "fullDescription": { "text": "Conflict markers, a syntax error or invalid JSON/YAML/HCL/nginx: nothing in the file can be proven, so the run fails." },
        "help": {
            "text": "What breaks: nothing in the file can be proven, and a broken file may not deploy at all.\nFix: make the file parse (resolve the merge, correct the syntax), then run idsgen check again.",
            "markdown": "**What breaks:** nothing in the file can be proven, and a broken file may not deploy at all.\n\n**Fix:** make the file parse (resolve the merge, correct the syntax), then run idsgen check again."
        },
        "defaultConfiguration": { "level": "error" },
        "properties": { "tags": ["idsgen"] }
    }));
    let mut results = Vec::new();
    for e in &report.unparsed {
        results.push(json!({
            "ruleId": PARSE_RULE,
            "ruleIndex": ITEMS.len(),
            "level": "error",
            "message": { "text": format!("{PARSE_RULE}: {}", e.note) },
            "locations": [location(e)],
        }));
    }
    for item in &report.items {
        let failed = item.status == Status::Fail || item.status_without_skip == Some(Status::Fail);
        if !failed {
            continue;
        }
        let rule_index = ITEMS.iter().position(|i| i.id == item.id).unwrap_or(0);
        for e in &item.evidence {
            let mut r = json!({
                "ruleId": item.id,
                "ruleIndex": rule_index,
                "level": "error",
                "message": { "text": format!("{}: {}. Fix: {}", item.id, e.note, item.fix) },
                "locations": [location(e)],
            });
            if !item.related.is_empty() {
                let related: Vec<Value> = item
                    .related
                    .iter()
                    .enumerate()
                    .map(|(n, rel)| {
                        let mut l = location(rel);
                        l["id"] = json!(n);
                        l
                    })
                    .collect();
                r["relatedLocations"] = json!(related);
            }
            if let Some(reason) = &item.skip_reason {
                r["suppressions"] = json!([{ "kind": "external", "justification": reason }]);
            }
            results.push(r);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "idsgen",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }
            },
            "originalUriBaseIds": { "%SRCROOT%": { "description": { "text": "The directory idsgen check was run on." } } },
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}
