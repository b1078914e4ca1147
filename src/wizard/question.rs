//! One question as plain data (what to ask, the choices, the default, the validator) and the
//! `Ask` trait that turns it into an answer: inquire on a terminal, a script in tests.

use std::fmt;
use std::sync::Arc;

/// A pure text validator, the same `fn(&str) -> Result<(), String>` shape as `spec::fields`.
pub type Validator = Arc<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

/// Wraps a `spec::fields` function (or a closure over one) as a `Validator`.
pub fn validator(f: impl Fn(&str) -> Result<(), String> + Send + Sync + 'static) -> Validator {
    Arc::new(f)
}

/// One option of a select question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Stable id stored in the answers (the spec's kebab-case spelling where there is one).
    pub id: String,
    /// What the user reads.
    pub label: String,
}

impl Choice {
    /// A choice with an id and a label.
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// What kind of answer a question wants.
#[derive(Clone)]
pub enum Kind {
    /// Pick one of `options`; `default` indexes into it.
    Select {
        /// The options that fit the answers so far, never empty.
        options: Vec<Choice>,
        /// Index of the preselected option.
        default: usize,
    },
    /// Free text; `default` is shown as a placeholder that Enter accepts and typing replaces. With
    /// `list`, a comma-separated list whose items are validated one by one. With `optional`, the
    /// answer may be "none": empty when there is no default, else `-` (see `NONE`).
    Text {
        /// The answer on Enter, shown greyed in the input.
        default: String,
        /// Validates one value (one item, for lists).
        validate: Option<Validator>,
        /// A comma-separated list.
        list: bool,
        /// Empty means "none".
        optional: bool,
    },
    /// Yes or no.
    Confirm {
        /// The answer on Enter.
        default: bool,
    },
    /// A whole number of at least `min`.
    Number {
        /// The answer on Enter.
        default: u32,
        /// Smallest accepted value.
        min: u32,
    },
}

/// A question the flow wants answered.
#[derive(Clone)]
pub struct Question {
    /// Stable key, a spec path where the answer lands (`hosting.max_instances`); answers and
    /// validation diagnostics are matched to questions by it.
    pub key: String,
    /// The question as the user reads it.
    pub message: String,
    /// One line of help under the question, if any.
    pub help: Option<String>,
    /// What kind of answer it wants.
    pub kind: Kind,
}

impl fmt::Debug for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Question")
            .field("key", &self.key)
            .field("message", &self.message)
            .finish_non_exhaustive()
    }
}

impl Question {
    /// Checks a text answer the way the prompt does: every list item, or the single value.
    pub fn check_text(&self, text: &str) -> Result<(), String> {
        let Kind::Text {
            validate,
            list,
            optional,
            ..
        } = &self.kind
        else {
            return Ok(());
        };
        let text = text.trim();
        if *optional && text == NONE {
            return Ok(());
        }
        if text.is_empty() {
            return if *optional || *list {
                Ok(())
            } else {
                Err("an answer is required".to_string())
            };
        }
        let Some(validate) = validate else {
            return Ok(());
        };
        if *list {
            for item in split_list(text) {
                validate(&item).map_err(|e| format!("`{item}`: {e}"))?;
            }
            Ok(())
        } else {
            validate(text)
        }
    }
}

/// Typed at an optional text question to answer "none" when Enter would accept a default.
pub const NONE: &str = "-";

/// The answer `text` means: `-` at an optional question is the empty answer.
pub fn text_value(question: &Question, text: &str) -> String {
    let text = text.trim();
    match &question.kind {
        Kind::Text { optional: true, .. } if text == NONE => String::new(),
        _ => text.to_string(),
    }
}

/// Splits a comma-separated answer into trimmed, non-empty items.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// An answer, as the flow stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The id of the chosen option.
    Choice(String),
    /// Text (a list stays comma-separated here).
    Text(String),
    /// Yes or no.
    Bool(bool),
    /// A number.
    Number(u32),
}

/// Why a question got no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Esc: back to the previous question, answers kept.
    Back,
    /// Ctrl-C (or a terminal that stopped working): leave, nothing written.
    Quit,
}

/// Asks one question and returns the answer, or why there is none. Implemented by inquire
/// prompts on a terminal and by scripted answers in tests.
pub trait Ask {
    /// Asks `question`; the answer's variant matches `question.kind`.
    fn ask(&mut self, question: &Question) -> Result<Answer, Stop>;
    /// Shows a message between questions (validation problems, notes).
    fn note(&mut self, text: &str);
}
