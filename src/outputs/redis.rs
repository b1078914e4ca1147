//! Persistence settings for a self-hosted Redis (`deploy/redis/redis-idsgen.conf`): AOF or RDB
//! and an eviction policy that never drops the Data Protection key ring (it has no TTL).

use crate::error::{Diagnostic, Error, Result};
use crate::model::Model;
use crate::outputs::RenderedFile;
use crate::render::Templates;
use crate::spec::types::{RedisHosting, RedisPersistence};
use serde::Serialize;

/// Every `maxmemory-policy` Redis accepts (the list validation uses).
pub use crate::spec::fields::MAXMEMORY_POLICIES;

#[derive(Debug, Serialize)]
struct RedisView {
    aof: bool,
    rdb: bool,
    holds_keys: bool,
    caches: bool,
    maxmemory_policy: String,
    redis_key: String,
}

/// Renders `deploy/redis/redis-idsgen.conf` when idsgen's spec names a self-hosted Redis.
pub fn render(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let Some(redis) = &model.spec.redis else {
        return Ok(Vec::new());
    };
    if redis.hosting != RedisHosting::SelfHosted || !model.uses_redis {
        return Ok(Vec::new());
    }
    if !MAXMEMORY_POLICIES.contains(&redis.maxmemory_policy.as_str()) {
        return Err(Error::spec(vec![Diagnostic::new(
            "redis.maxmemory_policy",
            format!("`{}` is not a Redis maxmemory-policy", redis.maxmemory_policy),
            format!("use one of {}", MAXMEMORY_POLICIES.join(", ")),
        )]));
    }
    let redis_key = match &model.spec.data_protection.key_store {
        crate::spec::types::KeyStore::Redis { redis_key } => redis_key.clone(),
        _ => String::new(),
    };
    let view = RedisView {
        aof: redis.persistence == RedisPersistence::Aof,
        rdb: redis.persistence == RedisPersistence::Rdb,
        holds_keys: model.redis_holds_keys,
        caches: model.spec.cache.kind == crate::spec::types::CacheKind::Redis,
        maxmemory_policy: redis.maxmemory_policy.clone(),
        redis_key,
    };
    Ok(vec![RenderedFile::managed(
        "deploy/redis/redis-idsgen.conf",
        templates.render("redis/redis-idsgen.conf", &view)?,
    )])
}
