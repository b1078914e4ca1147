//! Checklist section "HTTPS & TLS": one module per item.

pub mod tls1;
pub mod tls2;
pub mod tls3;
