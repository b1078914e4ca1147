//! The interactive wizard: inquire prompts only. Every answer goes through `spec::validate`.
