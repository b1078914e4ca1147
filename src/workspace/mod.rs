//! Writing rendered trees to disk: atomic writes, and later the lock, plan and 3-way merge.

pub mod write;
