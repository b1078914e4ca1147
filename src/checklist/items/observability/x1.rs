//! X1: Readiness checks are tagged, so /health/ready really runs them.
//! The item's text, its rule and the rule's unit tests.

use super::health_maps;
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, OBSERVABILITY, Source};

/// X1 in the catalogue.
pub const ITEM: Item = Item {
    id: "X1",
    section: OBSERVABILITY,
    title: "Readiness checks are tagged, so /health/ready really runs them",
    applies: "when a health endpoint filters checks by tag",
    breaks: "A readiness predicate that matches no registered check runs nothing and reports Healthy: an instance whose database is down keeps receiving traffic. The vendor's snippet has this bug.",
    fix: "Register checks with the tag the predicate expects: AddDbContextCheck<ConfigurationDbContext>(\"configdb\", tags: new[] { \"ready\" }).",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let checks: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.chained_on("AddHealthChecks")
                || (c.chain.first().is_some_and(|h| h == "AddHealthChecks") && c.name != "AddHealthChecks")
        })
        .filter(|c| c.name.starts_with("Add") && c.name != "AddHealthChecks")
        .collect();
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for (path, map) in health_maps(ctx) {
        let at = (map.file.clone(), map.offset);
        let predicate = ctx
            .code
            .assigns
            .iter()
            .find(|a| a.target == "Predicate" && a.call_at.as_ref() == Some(&at));
        let is_ready = path.contains("ready");
        let selects: Vec<&Call> = match predicate {
            None => checks.clone(),
            Some(p) if p.value.ends_with("=> false") => Vec::new(),
            Some(p) if p.value.contains("Tags.Contains") => {
                let wanted: Vec<&String> = p.strings.iter().collect();
                checks
                    .iter()
                    .copied()
                    .filter(|c| tag_strings(c).iter().any(|t| wanted.contains(&t)))
                    .collect()
            }
            Some(_) => checks.clone(),
        };
        if !is_ready {
            continue;
        }
        let place = predicate
            .map(|p| Evidence::new(&p.file, p.line, "readiness predicate"))
            .unwrap_or_else(|| ev(map, "MapHealthChecks"));
        if selects.is_empty() {
            let note = match predicate {
                Some(p) if p.value.contains("Tags.Contains") => format!(
                    "{} matches no registered check: readiness always reports Healthy",
                    p.value
                ),
                _ => format!("{path} runs no health check: readiness always reports Healthy"),
            };
            fails.push(Evidence::new(place.file, place.line, note));
        } else {
            passes.push(place);
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the readiness endpoint runs no checks", fails).with_related(
            checks
                .iter()
                .map(|c| ev(c, format!("{} registered with tags {:?}", c.name, tag_strings(c))))
                .collect(),
        );
    }
    if passes.is_empty() {
        return Outcome::na("no readiness endpoint is mapped");
    }
    Outcome::pass("the readiness endpoint runs at least one registered check", passes)
}

fn tag_strings(c: &Call) -> Vec<String> {
    c.args
        .iter()
        .filter(|a| {
            a.name.as_deref() == Some("tags")
                || (a.name.is_none()
                    && (a.text.starts_with("new[]")
                        || a.text.starts_with("new string[]")
                        || a.text.starts_with('[')
                        || a.text.starts_with("new List<string>")))
        })
        .flat_map(|a| a.strings.clone())
        .collect()
}
