//! Benchmark of `idsgen check` over a generated tree of 10,000 files.
//! Placeholder until the engine lands; replaced in the same series of commits.

fn main() {}
