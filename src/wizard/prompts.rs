//! The terminal side of the wizard: `Ask` implemented with inquire prompts, nothing else. Which
//! question comes, its default and its validator are decided in `flow`; Esc and Ctrl-C cancel.

use crate::wizard::question::{Answer, Ask, Cancelled, Kind, Question};
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

/// Esc and Ctrl-C cancel; so does a terminal that stops working mid-wizard, since either way
/// nothing has been written and the user has to start again.
fn cancelled(_: InquireError) -> Cancelled {
    Cancelled
}

impl Ask for Terminal {
    fn ask(&mut self, q: &Question) -> Result<Answer, Cancelled> {
        let help = q.help.as_deref();
        match &q.kind {
            Kind::Select { options, default } => {
                let mut prompt = Select::new(&q.message, options.clone())
                    .with_starting_cursor(*default)
                    .with_page_size(options.len().max(1))
                    .with_render_config(self.render);
                if let Some(h) = help {
                    prompt = prompt.with_help_message(h);
                }
                prompt.prompt().map(|c| Answer::Choice(c.id)).map_err(cancelled)
            }
            Kind::Text { default, .. } => {
                let question = q.clone();
                let mut prompt = Text::new(&q.message)
                    .with_initial_value(default)
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
                prompt.prompt().map(Answer::Text).map_err(cancelled)
            }
            Kind::Confirm { default } => {
                let mut prompt = Confirm::new(&q.message)
                    .with_default(*default)
                    .with_render_config(self.render);
                if let Some(h) = help {
                    prompt = prompt.with_help_message(h);
                }
                prompt.prompt().map(Answer::Bool).map_err(cancelled)
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
                prompt.prompt().map(Answer::Number).map_err(cancelled)
            }
        }
    }

    fn note(&mut self, text: &str) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{text}");
        let _ = err.flush();
    }
}
