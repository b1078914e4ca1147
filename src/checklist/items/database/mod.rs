//! Checklist section "Database": one module per item.

pub mod db1;
pub mod db2;
pub mod db3;
pub mod db4;
pub mod x3;
