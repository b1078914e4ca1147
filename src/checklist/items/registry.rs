//! The registry: every checklist item in report order. Adding an item is one module under
//! `items/<section>/` plus one line here.

use crate::checklist::items::Item;
use crate::checklist::items::{
    data_protection, database, https, multi_instance, observability, proxy, security, signing_keys,
};

/// Every item, in report order within each section.
pub const ITEMS: &[Item] = &[
    data_protection::dp1::ITEM,
    data_protection::dp2::ITEM,
    data_protection::dp3::ITEM,
    data_protection::dp4::ITEM,
    signing_keys::sk1::ITEM,
    signing_keys::sk2::ITEM,
    signing_keys::sk3::ITEM,
    signing_keys::x10::ITEM,
    https::tls1::ITEM,
    https::tls2::ITEM,
    https::tls3::ITEM,
    proxy::rp1::ITEM,
    proxy::rp2::ITEM,
    proxy::rp3::ITEM,
    database::db1::ITEM,
    database::db2::ITEM,
    database::db3::ITEM,
    database::db4::ITEM,
    observability::obs1::ITEM,
    observability::obs2::ITEM,
    observability::obs3::ITEM,
    observability::obs4::ITEM,
    security::sec1::ITEM,
    security::sec2::ITEM,
    security::sec3::ITEM,
    security::sec4::ITEM,
    multi_instance::mi1::ITEM,
    multi_instance::mi2::ITEM,
    multi_instance::mi3::ITEM,
    multi_instance::mi4::ITEM,
    observability::x1::ITEM,
    proxy::x2::ITEM,
    database::x3::ITEM,
    multi_instance::x4::ITEM,
    proxy::x5::ITEM,
    proxy::x6::ITEM,
    observability::x7::ITEM,
    security::x8::ITEM,
    security::x9::ITEM,
    observability::x11::ITEM,
    security::x12::ITEM,
    proxy::gw1::ITEM,
    observability::gw2::ITEM,
];
