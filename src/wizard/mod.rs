//! The interactive wizard behind `idsgen init`. `flow` decides every question and default in plain
//! Rust (testable without a terminal); `prompts` is only the inquire I/O.

pub mod answers;
pub mod choices;
pub mod command_line;
pub mod flow;
pub mod prompts;
pub mod question;
pub mod review;
pub mod script;

#[cfg(test)]
mod tests;
