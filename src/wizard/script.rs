//! `Ask` without a terminal: answers given by question key, the default for every other
//! question, and a record of what was asked. Drives the flow in tests (and could back `--yes`).

use crate::wizard::question::{Answer, Ask, Kind, Question, Stop};
use std::collections::BTreeMap;

/// One question as it was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The question's key.
    pub key: String,
    /// Its message.
    pub message: String,
    /// Option ids of a select; empty for other kinds.
    pub options: Vec<String>,
    /// The default offered, as text (option id, text, `true`/`false`, number).
    pub default: String,
}

/// Scripted answers. Each key's replies are used in order, then the default again.
#[derive(Debug, Clone, Default)]
pub struct Script {
    answers: BTreeMap<String, Vec<Result<Answer, Stop>>>,
    /// Every question asked, in order.
    pub asked: Vec<Asked>,
    /// Every note shown, in order.
    pub notes: Vec<String>,
}

impl Script {
    /// Accepts every default.
    pub fn new() -> Self {
        Self::default()
    }

    /// Answers `key` with `answer` (repeat the call for the next time it is asked).
    pub fn answer(mut self, key: &str, answer: Answer) -> Self {
        self.answers.entry(key.to_string()).or_default().push(Ok(answer));
        self
    }

    /// Presses Esc (back) the next time `key` is asked.
    pub fn back_at(mut self, key: &str) -> Self {
        self.answers.entry(key.to_string()).or_default().push(Err(Stop::Back));
        self
    }

    /// Presses Ctrl-C (quit) the next time `key` is asked.
    pub fn quit_at(mut self, key: &str) -> Self {
        self.answers.entry(key.to_string()).or_default().push(Err(Stop::Quit));
        self
    }

    /// Whether a question with this key was asked.
    pub fn was_asked(&self, key: &str) -> bool {
        self.asked.iter().any(|a| a.key == key)
    }

    /// The last time a question with this key was asked.
    pub fn last(&self, key: &str) -> Option<&Asked> {
        self.asked.iter().rev().find(|a| a.key == key)
    }
}

impl Ask for Script {
    fn ask(&mut self, q: &Question) -> Result<Answer, Stop> {
        let (options, default) = match &q.kind {
            Kind::Select { options, default } => (
                options.iter().map(|o| o.id.clone()).collect(),
                Answer::Choice(options[*default].id.clone()),
            ),
            Kind::Text { default, .. } => (Vec::new(), Answer::Text(default.clone())),
            Kind::Confirm { default } => (Vec::new(), Answer::Bool(*default)),
            Kind::Number { default, .. } => (Vec::new(), Answer::Number(*default)),
        };
        self.asked.push(Asked {
            key: q.key.clone(),
            message: q.message.clone(),
            options,
            default: match &default {
                Answer::Choice(s) | Answer::Text(s) => s.clone(),
                Answer::Bool(b) => b.to_string(),
                Answer::Number(n) => n.to_string(),
            },
        });
        match self.answers.get_mut(&q.key) {
            Some(queue) if !queue.is_empty() => queue.remove(0),
            _ => Ok(default),
        }
    }

    fn note(&mut self, text: &str) {
        self.notes.push(text.to_string());
    }
}
