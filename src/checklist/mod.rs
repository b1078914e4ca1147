//! The checklist engine: the catalogue of items, rules that read real files, and reports.
