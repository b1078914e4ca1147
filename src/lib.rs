//! idsgen: generates, regenerates and audits production deployments of Duende IdentityServer.
//! The library holds every rule; `main.rs`, `cli.rs` and the wizard only collect input and print.

pub mod checklist;
pub mod cli;
pub mod commands;
pub mod error;
pub mod graph;
pub mod model;
pub mod outputs;
pub mod render;
pub mod spec;
pub mod verify;
pub mod wizard;
pub mod workspace;

pub use error::{Diagnostic, Error};
pub mod limits;
