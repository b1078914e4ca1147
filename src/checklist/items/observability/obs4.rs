//! OBS4: IdentityServer events are enabled for the audit trail.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::{event_raised, host};
use crate::checklist::items::{HOST, Item, OBSERVABILITY, Source};

/// OBS4 in the catalogue.
pub const ITEM: Item = Item {
    id: "OBS4",
    section: OBSERVABILITY,
    title: "IdentityServer events are enabled for the audit trail",
    applies: HOST,
    breaks: "All Raise*Events default to false: no audit trail of logins, token issuance and failures.",
    fix: "In AddIdentityServer(options => ...) set options.Events.RaiseSuccessEvents, RaiseFailureEvents and RaiseErrorEvents to true.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let names = ["RaiseSuccessEvents", "RaiseFailureEvents", "RaiseErrorEvents"];
    let mut on = Vec::new();
    let mut missing = Vec::new();
    for n in names {
        match event_raised(ctx, n) {
            Some(places) => on.extend(places),
            None => missing.push(n),
        }
    }
    if !missing.is_empty() {
        // Where the other events are set is where the missing ones go.
        let beside = on
            .iter()
            .filter(|e| e.file.ends_with(".cs"))
            .min_by_key(|e| (&e.file, e.line))
            .map(|e| Evidence::new(&e.file, e.line, format!("set {} beside {}", missing.join(", "), e.note)));
        return Outcome::fail(
            format!("{} not set to true (events default to off)", missing.join(", ")),
            std::iter::once(anchor).chain(beside).collect(),
        );
    }
    Outcome::pass("success, failure and error events are raised", on)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    const PROGRAM: &str = "var events = builder.Configuration.GetSection(\"Events\").Get<EventsOptions>();\nbuilder.Configuration.AddJsonFile(\"config/events.json\");\nbuilder.Services.AddIdentityServer(o =>\n{\n    o.Events.RaiseErrorEvents = events.RaiseErrorEvents;\n    o.Events.RaiseFailureEvents = events.RaiseFailureEvents;\n    o.Events.RaiseSuccessEvents = events.RaiseSuccessEvents;\n});\n";

    #[test]
    fn events_read_from_a_section_of_an_added_json_file_count() {
        let on = "{\n  \"Events\": {\n    \"RaiseErrorEvents\": true,\n    \"RaiseFailureEvents\": true,\n    \"RaiseSuccessEvents\": true\n  }\n}";
        let o = outcome(&[("Program.cs", PROGRAM), ("config/events.json", on)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(
            o.evidence.iter().any(|e| e.file == "config/events.json" && e.line == 5),
            "{o:?}"
        );
        // The same file not added by the code is not configuration.
        let unread = PROGRAM.replace("AddJsonFile(\"config/events.json\")", "AddEnvironmentVariables()");
        let o = outcome(&[("Program.cs", &unread), ("config/events.json", on)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn a_missing_success_event_fails_beside_the_ones_that_are_set() {
        let two = "{ \"Events\": { \"RaiseErrorEvents\": true, \"RaiseFailureEvents\": true } }";
        let o = outcome(&[("Program.cs", PROGRAM), ("config/events.json", two)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.summary.contains("RaiseSuccessEvents"), "{o:?}");
        assert_eq!(o.evidence.last().map(|e| e.line), Some(5), "{o:?}");
    }
}
