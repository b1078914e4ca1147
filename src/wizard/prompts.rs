//! The terminal side of the wizard: `Ask` implemented with inquire prompts, nothing else. Which
//! question comes, its default and its validator are decided in `flow`. Esc goes back one
//! question, Ctrl-C quits; defaults are placeholders that Enter accepts and typing replaces.

use crate::wizard::question::{Answer, Ask, Kind, NONE, Question, Stop};
use inquire::error::InquireError;
use inquire::ui::RenderConfig;
use inquire::validator::Validation;
use inquire::{Confirm, CustomType, Select, Text};
use std::io::Write;

/// Asks on the terminal through inquire; notes go to standard error beside the prompts.
pub struct Terminal {
    render: RenderConfig<'static>,
}

impl Terminal {
    /// A terminal asker; plain rendering when `NO_COLOR` is set.
    pub fn new() -> Self {
        let render = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            RenderConfig::empty()
        } else {
            RenderConfig::default_colored()
        };
        Self { render }
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Self::new()
    }
}

/// Esc goes back; Ctrl-C quits, and so does a terminal that stops working mid-wizard, since
/// either way nothing has been written.
fn stop(e: InquireError) -> Stop {
    match e {
        InquireError::OperationCanceled => Stop::Back,
        _ => Stop::Quit,
    }
}

/// The help line under every question: its own help, then the keys.
fn help_line(q: &Question) -> String {
    let keys = match &q.kind {
        Kind::Text { default, optional, .. } if *optional && !default.is_empty() => {
            format!("Enter keeps the greyed value, `{NONE}` for none · Esc: back · Ctrl-C: quit")
        }
        Kind::Text { default, .. } if !default.is_empty() => {
            "Enter keeps the greyed value · Esc: back · Ctrl-C: quit".to_string()
        }
        _ => "Esc: back · Ctrl-C: quit".to_string(),
    };
    match &q.help {
        Some(h) => format!("{h} · {keys}"),
        None => keys,
    }
}

impl Ask for Terminal {
    fn ask(&mut self, q: &Question) -> Result<Answer, Stop> {
        let help_text = help_line(q);
        let help = Some(help_text.as_str());
        match &q.kind {
            Kind::Select { options, default } => {
                let mut prompt = Select::new(&q.message, options.clone())
                    .with_starting_cursor(*default)
                    .with_page_size(options.len().max(1))
                    .with_render_config(self.render);
                if let Some(h) = help {
                    prompt = prompt.with_help_message(h);
                }
                prompt.prompt().map(|c| Answer::Choice(c.id)).map_err(stop)
            }
            Kind::Text { default, .. } => {
                let question = q.clone();
                let mut prompt = Text::new(&q.message)
                    .with_placeholder(default)
                    .with_default(default)
                    .with_render_config(self.render)
                    .with_validator(move |input: &str| {
                        Ok(match question.check_text(input) {
                            Ok(()) => Validation::Valid,
                            Err(e) => Validation::Invalid(e.into()),
                        })
                    });
                if let Some(h) = help {
                    prompt = prompt.with_help_message(h);
                }
                prompt.prompt().map(Answer::Text).map_err(stop)
            }
            Kind::Confirm { default } => {
                let mut prompt = Confirm::new(&q.message)
                    .with_default(*default)
                    .with_render_config(self.render);
                if let Some(h) = help {
                    prompt = prompt.with_help_message(h);
                }
                prompt.prompt().map(Answer::Bool).map_err(stop)
            }
            Kind::Number { default, min } => {
                let min = *min;
                let mut prompt = CustomType::<u32>::new(&q.message)
                    .with_default(*default)
                    .with_error_message("write a whole number")
                    .with_render_config(self.render)
                    .with_validator(move |n: &u32| {
                        Ok(if *n >= min {
                            Validation::Valid
                        } else {
                            Validation::Invalid(format!("must be at least {min}").into())
                        })
                    });
                if let Some(h) = help {
                    prompt = prompt.with_help_message(h);
                }
                prompt.prompt().map(Answer::Number).map_err(stop)
            }
        }
    }

    fn note(&mut self, text: &str) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{text}");
        let _ = err.flush();
    }
}
