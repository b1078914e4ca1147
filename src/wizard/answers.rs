//! The answers given so far, keyed by question key, the path of questions the user actually
//! saw (for going back), and which questions a later pass asks again: all of them, those from
//! one question on, or only those a validation diagnostic points at (plus new ones).

use crate::error::Diagnostic;
use crate::wizard::question::Answer;
use std::collections::{BTreeMap, BTreeSet};

/// Which questions a pass asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revisit {
    /// Every question that applies, pre-filled with earlier answers (the first pass, and
    /// "change answers").
    All,
    /// Only these keys, plus questions never answered; the rest reuse their answers silently.
    Only(BTreeSet<String>),
    /// Earlier answers silently up to this key, then every question (going back, or a problem
    /// found at an earlier question).
    From(String),
}

/// Answers by question key, kept across passes so going back keeps what was said.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    given: BTreeMap<String, Answer>,
    /// Keys asked (or answered silently) in the current pass, in order.
    order: Vec<String>,
    /// Keys the user answered on screen, in order, across passes: Esc goes to the last one.
    seen: Vec<String>,
}

impl Answers {
    /// No answers yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer stored for `key`.
    pub fn get(&self, key: &str) -> Option<&Answer> {
        self.given.get(key)
    }

    /// Stores the answer for `key` and records it as part of the current pass.
    pub fn set(&mut self, key: &str, answer: Answer) {
        self.given.insert(key.to_string(), answer);
        if !self.order.iter().any(|k| k == key) {
            self.order.push(key.to_string());
        }
    }

    /// Answers every question the user saw, as the last pass asked them (a preloaded spec).
    pub fn from_pass(pass: &Answers) -> Self {
        Self {
            given: pass.given.clone(),
            order: Vec::new(),
            seen: Vec::new(),
        }
    }

    /// `key` is on screen: it and everything seen after it are being answered again.
    pub fn showing(&mut self, key: &str) {
        if let Some(i) = self.seen.iter().position(|k| k == key) {
            self.seen.truncate(i);
        }
    }

    /// The user answered `key` on screen.
    pub fn seen(&mut self, key: &str) {
        self.seen.push(key.to_string());
    }

    /// The question before the one on screen (the last one answered on screen), if any.
    pub fn previous(&self) -> Option<&str> {
        self.seen.last().map(String::as_str)
    }

    /// Whether the user answered `key` on screen (rather than it being assumed).
    pub fn was_seen(&self, key: &str) -> bool {
        self.seen.iter().any(|k| k == key)
    }

    /// Starts a new pass: answers are kept, the record of what this pass used is cleared.
    pub fn start_pass(&mut self) {
        self.order.clear();
    }

    /// Keys used in the current pass, in the order they came.
    pub fn keys_in_pass(&self) -> &[String] {
        &self.order
    }

    /// The questions to ask again so the user can fix `diagnostics`. A diagnostic points at the
    /// questions whose key is at or under its path (`data_protection.key_store` → the kind and its
    /// details), else at the most specific question whose key contains its path
    /// (`proxy.hops[0].trusted_networks[1]` → `proxy.hops[0].trusted_networks`). `None` when some
    /// diagnostic matches no question of the last pass: the caller then revisits everything.
    pub fn revisit_for(&self, diagnostics: &[Diagnostic]) -> Option<BTreeSet<String>> {
        let mut keys = BTreeSet::new();
        for diag in diagnostics {
            let under: Vec<&String> = self.order.iter().filter(|k| is_within(k, &diag.path)).collect();
            if !under.is_empty() {
                keys.extend(under.into_iter().cloned());
                continue;
            }
            let ancestor = self
                .order
                .iter()
                .filter(|k| is_within(&diag.path, k))
                .max_by_key(|k| k.len())?;
            keys.insert(ancestor.clone());
        }
        Some(keys)
    }
}

/// Whether spec path `path` is `root` or lies under it (`a.b[0]` and `a.b.c` lie under `a.b`).
pub fn is_within(path: &str, root: &str) -> bool {
    match path.strip_prefix(root) {
        Some(rest) => rest.is_empty() || rest.starts_with('.') || rest.starts_with('['),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(keys: &[&str]) -> Answers {
        let mut a = Answers::new();
        for k in keys {
            a.set(k, Answer::Bool(true));
        }
        a
    }

    #[test]
    fn within_respects_segment_boundaries() {
        assert!(is_within("proxy.hops[0].kind", "proxy.hops"));
        assert!(is_within("proxy.hops", "proxy.hops"));
        assert!(!is_within("proxy.hopscotch", "proxy.hops"));
        assert!(!is_within("proxy", "proxy.hops"));
    }

    #[test]
    fn a_diagnostic_revisits_the_most_specific_question_that_holds_it() {
        let a = answers(&["proxy.hops", "proxy.hops[0].kind", "proxy.hops[0].trusted_networks"]);
        let d = Diagnostic::new("proxy.hops[0].trusted_networks[1]", "bad", "fix");
        let keys = a.revisit_for(&[d]).unwrap();
        assert_eq!(
            keys.into_iter().collect::<Vec<_>>(),
            vec!["proxy.hops[0].trusted_networks"]
        );
    }

    #[test]
    fn a_diagnostic_on_a_section_revisits_every_question_in_it() {
        let a = answers(&[
            "data_protection.key_store",
            "data_protection.key_store.blob_uri",
            "cache.kind",
        ]);
        let d = Diagnostic::new("data_protection.key_store", "bad", "fix");
        let keys = a.revisit_for(&[d]).unwrap();
        assert_eq!(keys.len(), 2);
        assert!(!keys.contains("cache.kind"));
    }

    #[test]
    fn a_diagnostic_no_question_covers_asks_for_a_full_pass() {
        let a = answers(&["hosting.target"]);
        let d = Diagnostic::new("signing_keys.rotation_interval_days", "bad", "fix");
        assert_eq!(a.revisit_for(&[d]), None);
    }
}
