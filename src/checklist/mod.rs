//! The checklist engine: the catalogue of items, rules that read real files, and reports.

pub mod appsettings;
pub mod catalogue;
pub mod csharp;
pub mod discover;
pub mod finding;
pub mod helm;
pub mod kubernetes;
pub mod nginx;
pub mod terraform;
pub mod tree;
