//! DP4: Redis persistence (AOF or RDB) is on when Redis holds the keys.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{DATA_PROTECTION, Item, Source};

/// DP4 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP4",
    section: DATA_PROTECTION,
    title: "Redis persistence (AOF or RDB) is on when Redis holds the keys",
    applies: "only when Data Protection keys persist to Redis (PersistKeysToStackExchangeRedis, or idsgen.yaml data_protection.key_store: redis)",
    breaks: "A Redis restart or failover without persistence erases the key ring: every session, cookie and protected signing key becomes unreadable at once.",
    fix: "Turn persistence on: azurerm_managed_redis default_database.persistence_*_backup_frequency; azurerm_redis_cache on Premium with rdb_backup_enabled or aof_backup_enabled; ElastiCache snapshot_retention_limit > 0 with Multi-AZ (or MemoryDB); self-hosted `appendonly yes`. Never an allkeys-* eviction policy: the keys have no TTL.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let Some(keys) = ctx.redis_keys.clone() else {
        return Outcome::na("Data Protection keys do not persist to Redis");
    };
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for r in ctx.tf.resources("azurerm_redis_cache") {
        let sku = r.attr("sku_name").and_then(|a| a.value.as_str()).unwrap_or("");
        let conf = r.nested("redis_configuration").next();
        let on = |k: &str| conf.and_then(|c| c.attr(k)).and_then(|a| a.value.as_bool()) == Some(true);
        let policy = conf
            .and_then(|c| c.attr("maxmemory_policy"))
            .and_then(|a| a.value.as_str().map(|s| (a.line, s)));
        if let Some((line, p)) = policy.filter(|(_, p)| p.starts_with("allkeys")) {
            fails.push(Evidence::new(
                &r.file,
                line,
                format!("{} evicts keys without TTL (maxmemory_policy = {p})", r.address()),
            ));
        }
        if !sku.eq_ignore_ascii_case("Premium") && !sku.is_empty() {
            fails.push(Evidence::new(
                &r.file,
                r.line,
                format!(
                    "{} is {sku}: Azure Cache for Redis persists only on Premium",
                    r.address()
                ),
            ));
        } else if on("rdb_backup_enabled") || on("aof_backup_enabled") {
            passes.push(Evidence::new(
                &r.file,
                r.line,
                format!("{} with RDB/AOF backup", r.address()),
            ));
        } else {
            fails.push(Evidence::new(
                &r.file,
                r.line,
                format!("{} has neither rdb_backup_enabled nor aof_backup_enabled", r.address()),
            ));
        }
    }
    for r in ctx.tf.resources("azurerm_managed_redis") {
        let db = r.nested("default_database").next();
        let set = |k: &str| db.and_then(|d| d.attr(k)).is_some();
        if let Some(p) = db.and_then(|d| d.attr("eviction_policy")).filter(|a| {
            a.value
                .as_str()
                .is_some_and(|s| s.to_ascii_lowercase().starts_with("allkeys"))
        }) {
            fails.push(Evidence::new(
                &r.file,
                p.line,
                format!("{} evicts keys without TTL", r.address()),
            ));
        }
        if set("persistence_append_only_file_backup_frequency") || set("persistence_redis_database_backup_frequency") {
            passes.push(Evidence::new(
                &r.file,
                r.line,
                format!("{} with persistence", r.address()),
            ));
        } else {
            fails.push(Evidence::new(
                &r.file,
                r.line,
                format!(
                    "{} sets no default_database persistence_*_backup_frequency",
                    r.address()
                ),
            ));
        }
    }
    for rtype in [
        "aws_elasticache_replication_group",
        "aws_elasticache_cluster",
        "aws_elasticache_serverless_cache",
    ] {
        for r in ctx.tf.resources(rtype) {
            let n = r
                .attr("snapshot_retention_limit")
                .and_then(|a| a.value.as_f64())
                .unwrap_or(0.0);
            if n > 0.0 {
                passes.push(Evidence::new(
                    &r.file,
                    r.line,
                    format!("{} keeps snapshots for {n} days", r.address()),
                ));
            } else {
                fails.push(Evidence::new(
                    &r.file,
                    r.line,
                    format!(
                        "{} has no snapshot_retention_limit: a node loss loses the key ring",
                        r.address()
                    ),
                ));
            }
        }
    }
    for r in ctx.tf.resources("aws_memorydb_cluster") {
        passes.push(Evidence::new(
            &r.file,
            r.line,
            format!("{} (MemoryDB is durable)", r.address()),
        ));
    }
    for (path, text) in &ctx.redis_confs {
        let mut aof = None;
        let mut save = None;
        for (i, line) in text.lines().enumerate() {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["appendonly", v] => aof = Some((i + 1, *v == "yes")),
                ["save", rest @ ..] => save = Some((i + 1, !rest.is_empty() && rest != [r#""""#])),
                ["maxmemory-policy", p] if p.starts_with("allkeys") => fails.push(Evidence::new(
                    path,
                    i + 1,
                    format!("maxmemory-policy {p} evicts keys without TTL"),
                )),
                _ => {}
            }
        }
        match (aof, save) {
            (Some((l, true)), _) | (_, Some((l, true))) => passes.push(Evidence::new(path, l, "persistence on")),
            (Some((l, false)), _) | (None, Some((l, false))) => {
                fails.push(Evidence::new(path, l, "appendonly no and no save points"))
            }
            (None, None) => {}
        }
    }
    for v in &ctx.kube.values {
        v.doc.walk(&mut |path, entry, node| {
            let Some(entry) = entry else { return };
            if path.len() >= 2 && path[path.len() - 2] == "persistence" && entry.key == "enabled" {
                let within_redis = path.iter().any(|p| p.to_ascii_lowercase().contains("redis"));
                if within_redis && node.as_bool() == Some(false) {
                    fails.push(Evidence::new(
                        &v.file,
                        entry.line,
                        format!("{} is false", path.join(".")),
                    ));
                }
            }
        });
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "the Redis that holds the Data Protection keys does not persist them",
            fails,
        )
        .with_related(vec![keys]);
    }
    if !passes.is_empty() {
        return Outcome::pass("Redis persistence is on", passes);
    }
    if let Some(s) = &ctx.spec
        && let Some(r) = &s.spec.redis
        && r.persistence == crate::spec::types::RedisPersistence::None
    {
        return Outcome::fail(
            "idsgen.yaml declares Redis without persistence while it holds the keys",
            vec![s.at(&["redis", "persistence"], "redis.persistence: none")],
        );
    }
    Outcome::operator(
        "Redis holds the keys but its persistence is configured outside this tree",
        "redis-cli -u \"$REDIS_URL\" INFO persistence | grep -E '^(aof_enabled|rdb_last_bgsave_status|rdb_changes_since_last_save):'   # expect aof_enabled:1 or a recent successful RDB save",
        vec![keys],
    )
}
