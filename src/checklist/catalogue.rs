//! The catalogue: every item of the vendor's production checklist under idsgen's ids, plus the
//! `X*` items for what the vendor text gets wrong or leaves out. The text lives with each item's
//! rule under `items/`; this module looks items up by id for the CLI and reports.

pub use crate::checklist::items::{ITEMS, Item, SECTIONS, Source};

/// The item with `id` (case-insensitive).
pub fn find(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id.eq_ignore_ascii_case(id))
}

/// Up to three ids closest to an unknown `id`, for "did you mean".
pub fn suggest(id: &str) -> Vec<&'static str> {
    let upper = id.to_ascii_uppercase();
    let mut scored: Vec<(f64, &'static str)> = ITEMS
        .iter()
        .map(|i| (strsim::jaro_winkler(&upper, i.id), i.id))
        .filter(|(score, _)| *score > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_every_design_id_is_present() {
        let ids: BTreeSet<_> = ITEMS.iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), ITEMS.len());
        for prefix_count in [
            ("DP", 4),
            ("SK", 3),
            ("TLS", 3),
            ("RP", 3),
            ("DB", 4),
            ("OBS", 4),
            ("SEC", 4),
            ("MI", 4),
        ] {
            for n in 1..=prefix_count.1 {
                let id = format!("{}{n}", prefix_count.0);
                assert!(ids.contains(id.as_str()), "missing {id}");
            }
        }
        assert!(ITEMS.iter().all(|i| SECTIONS.contains(&i.section)));
    }

    #[test]
    fn suggestions_find_near_misses() {
        let near = suggest("dp5");
        assert!(!near.is_empty() && near.iter().all(|s| s.starts_with("DP")), "{near:?}");
        assert!(suggest("TLS7").iter().any(|s| s.starts_with("TLS")));
        assert!(find("obs1").is_some());
    }
}
