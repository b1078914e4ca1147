//! `idsgen checklist`: print the catalogue; `idsgen checklist explain ID`: one item's rationale
//! (what breaks if you skip it), when it applies and the fix.

use crate::checklist::catalogue::{ITEMS, SECTIONS, Source};
use crate::checklist::config;
use crate::cli::{ChecklistAction, ChecklistArgs};
use crate::error::{Error, Result};
use std::io::Write;

/// Runs `idsgen checklist`.
pub fn run(args: &ChecklistArgs, out: &mut dyn Write) -> Result<i32> {
    let text = match &args.action {
        None => catalogue_text(),
        Some(ChecklistAction::Explain { id }) => {
            let id = config::validate_id(id, "checklist explain").map_err(Error::usage)?;
            explain(id)
        }
    };
    out.write_all(text.as_bytes())
        .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}

fn catalogue_text() -> String {
    let mut s = String::new();
    for section in SECTIONS {
        s.push_str(&format!("{section}\n"));
        for i in ITEMS.iter().filter(|i| i.section == section) {
            let mark = if i.source == Source::Idsgen { "+" } else { " " };
            s.push_str(&format!("  {:<5}{mark} {}\n", i.id, i.title));
        }
        s.push('\n');
    }
    s.push_str("+ = added by idsgen (the vendor checklist gets it wrong or leaves it out)\n");
    s.push_str("`idsgen checklist explain ID` shows what breaks and the fix.\n");
    s
}

fn explain(id: &str) -> String {
    let Some(i) = ITEMS.iter().find(|i| i.id == id) else {
        return String::new();
    };
    format!(
        "{} — {}\nsection: {}\nsource: {}\napplies: {}\n\nwhat breaks if you skip this:\n  {}\n\nfix:\n  {}\n",
        i.id,
        i.title,
        i.section,
        if i.source == Source::Vendor {
            "vendor checklist"
        } else {
            "added by idsgen"
        },
        i.applies,
        i.breaks,
        i.fix
    )
}
