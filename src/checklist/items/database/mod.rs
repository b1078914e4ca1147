//! Checklist section "Database": one module per item.

pub mod db1;
pub mod db2;
pub mod db3;
pub mod db4;
pub mod x3;

/// EF Core's relational provider calls (`options.UseSqlServer(…)` and the like).
pub(crate) const RELATIONAL_PROVIDERS: &[&str] = &[
    "UseSqlServer",
    "UseNpgsql",
    "UseMySql",
    "UseOracle",
    "UseAzureSql",
    "UseSqlite",
];
