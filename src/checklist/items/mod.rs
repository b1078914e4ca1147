//! Checklist items, one module each under `items/<section>/` (like clippy_lints and ruff): the
//! item's id, text, rule and tests live together; `registry` lists them in report order.

pub mod common;
pub mod data_protection;
pub mod database;
pub mod https;
pub mod multi_instance;
pub mod observability;
pub mod plain_http;
pub mod proxy;
pub mod registry;
pub mod security;
pub mod signing_keys;

pub use registry::ITEMS;

use crate::checklist::context::Context;
use crate::checklist::finding::{Evidence, Status};
use serde::Serialize;

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// An item of the vendor's checklist.
    Vendor,
    /// An item idsgen adds: the vendor text gets it wrong or leaves it out.
    Idsgen,
}

/// One checklist item.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Item {
    /// Stable id, e.g. `DP2`.
    pub id: &'static str,
    /// Section title, as in the vendor's checklist.
    pub section: &'static str,
    /// One line: what must be true.
    pub title: &'static str,
    /// When the item applies.
    pub applies: &'static str,
    /// What breaks if you skip this.
    pub breaks: &'static str,
    /// How to fix it.
    pub fix: &'static str,
    /// Vendor item or idsgen addition.
    pub source: Source,
    /// The rule: reads the parsed tree and decides the status with evidence.
    #[serde(skip)]
    pub rule: fn(&Context) -> Outcome,
}

pub const DATA_PROTECTION: &str = "Data Protection";
pub const SIGNING_KEYS: &str = "Signing keys";
pub const HTTPS: &str = "HTTPS & TLS";
pub const PROXY: &str = "Reverse proxy";
pub const DATABASE: &str = "Database";
pub const OBSERVABILITY: &str = "Logging & monitoring";
pub const SECURITY: &str = "Security";
pub const MULTI: &str = "Multi-instance";

/// Section titles in report order.
pub const SECTIONS: [&str; 8] = [
    DATA_PROTECTION,
    SIGNING_KEYS,
    HTTPS,
    PROXY,
    DATABASE,
    OBSERVABILITY,
    SECURITY,
    MULTI,
];

pub const HOST: &str = "always, once the IdentityServer host (a C# file calling AddIdentityServer) is found";

/// What a rule decides, before catalogue text and skips are added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Status.
    pub status: Status,
    /// One sentence.
    pub summary: String,
    /// Findings (fail) or supporting places (other statuses).
    pub evidence: Vec<Evidence>,
    /// Context for a failure.
    pub related: Vec<Evidence>,
    /// Operator-step command.
    pub command: Option<String>,
}

impl Outcome {
    pub(crate) fn new(status: Status, summary: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self {
            status,
            summary: summary.into(),
            evidence,
            related: Vec::new(),
            command: None,
        }
    }
    pub(crate) fn pass(summary: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self::new(Status::Pass, summary, evidence)
    }
    pub(crate) fn fail(summary: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self::new(Status::Fail, summary, evidence)
    }
    pub(crate) fn na(summary: impl Into<String>) -> Self {
        Self::new(Status::NotApplicable, summary, Vec::new())
    }
    pub(crate) fn not_found(summary: impl Into<String>) -> Self {
        Self::new(Status::NotFound, summary, Vec::new())
    }
    pub(crate) fn operator(summary: impl Into<String>, command: impl Into<String>, evidence: Vec<Evidence>) -> Self {
        Self {
            command: Some(command.into()),
            ..Self::new(Status::OperatorStep, summary, evidence)
        }
    }
    pub(crate) fn with_related(mut self, related: Vec<Evidence>) -> Self {
        self.related = related;
        self
    }
}
