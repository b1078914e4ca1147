//! Writing rendered trees to disk and keeping them true: the lock, the plan (classification
//! against disk and lock), 3-way merges of user edits, and atomic apply.

pub mod apply;
pub mod confine;
pub mod interrupt;
pub mod lock;
pub mod merge;
pub mod plan;
pub mod write;
