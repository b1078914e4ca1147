//! The deployment's topology as a graph: internet → each proxy hop (what it terminates and
//! forwards) → the instances → database, Redis, key store and key protection, OTLP collector.
//! Built from a spec (`from_spec`); `render.rs` prints it as Mermaid or Graphviz dot.

pub mod audit;
pub mod render;

use crate::model::forwarding::{derive, forwards_of, is_l7};
use crate::spec::types::{CacheKind, ForwardedHeader, KeyProtection, KeyStore, Spec};

/// One box in the drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Identifier, `[a-z0-9_]` only.
    pub id: String,
    /// Lines of the label, first line is the title.
    pub label: Vec<String>,
    /// What the box is, for shapes.
    pub shape: Shape,
}

/// Node shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The internet / clients.
    Cloud,
    /// A proxy hop.
    Proxy,
    /// The IdentityServer instances.
    App,
    /// A store (database, Redis, key store).
    Store,
    /// An external service (KMS, collector).
    Service,
}

/// One arrow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Source node id.
    pub from: String,
    /// Target node id.
    pub to: String,
    /// What travels on it.
    pub label: String,
}

/// A whole topology.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topology {
    /// Boxes, in drawing order.
    pub nodes: Vec<Node>,
    /// Arrows.
    pub edges: Vec<Edge>,
}

fn kebab<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "unknown".to_string())
}

fn header_list(headers: &[ForwardedHeader]) -> String {
    let names: Vec<&str> = headers
        .iter()
        .map(|h| match h {
            ForwardedHeader::For => "For",
            ForwardedHeader::Proto => "Proto",
            ForwardedHeader::Host => "Host",
        })
        .collect();
    if names.is_empty() {
        "no X-Forwarded-* headers".to_string()
    } else {
        format!("sets X-Forwarded-{}", names.join("/"))
    }
}

impl Topology {
    fn node(&mut self, id: &str, shape: Shape, label: Vec<String>) {
        self.nodes.push(Node {
            id: id.to_string(),
            label,
            shape,
        });
    }

    fn edge(&mut self, from: &str, to: &str, label: impl Into<String>) {
        self.edges.push(Edge {
            from: from.to_string(),
            to: to.to_string(),
            label: label.into(),
        });
    }

    /// The topology a spec describes.
    pub fn from_spec(spec: &Spec) -> Self {
        let mut t = Topology::default();
        t.node(
            "internet",
            Shape::Cloud,
            vec!["Internet".into(), spec.public.origin.clone()],
        );
        let fwd = derive(&spec.proxy.hops);
        let mut prev = "internet".to_string();
        let mut tls = true;
        for (i, hop) in spec.proxy.hops.iter().enumerate() {
            let id = format!("hop{i}");
            let kind = kebab(&hop.kind);
            let title = hop.name.clone().unwrap_or_else(|| kind.clone());
            let mut label = vec![title];
            if hop.name.is_some() {
                label.push(kind.clone());
            }
            label.push(if hop.terminates_tls {
                "terminates TLS".into()
            } else if tls {
                "passes TLS through".into()
            } else {
                "plain HTTP".into()
            });
            if is_l7(hop.kind) {
                label.push(header_list(&forwards_of(hop)));
            } else {
                label.push("layer 4: no HTTP headers".into());
            }
            if !hop.trusted_networks.is_empty() {
                label.push(format!("connects from {}", hop.trusted_networks.join(", ")));
            }
            t.node(&id, Shape::Proxy, label);
            t.edge(&prev, &id, if tls { "https" } else { "http" });
            if hop.terminates_tls {
                tls = false;
            }
            prev = id;
        }
        let instances = if spec.hosting.min_instances == spec.hosting.max_instances {
            format!("{} instance(s)", spec.hosting.min_instances)
        } else {
            format!(
                "{}–{} instances",
                spec.hosting.min_instances, spec.hosting.max_instances
            )
        };
        t.node(
            "app",
            Shape::App,
            vec![
                spec.project.name.clone(),
                format!("{instances} on {}", kebab(&spec.hosting.target)),
                format!("ForwardLimit = {}", fwd.forward_limit),
            ],
        );
        t.edge(&prev, "app", if tls { "https" } else { "http" });
        t.node(
            "database",
            Shape::Store,
            vec![
                kebab(&spec.database.provider),
                "configuration + operational stores".into(),
            ],
        );
        t.edge("app", "database", "EF Core");
        let redis_holds_keys = matches!(spec.data_protection.key_store, KeyStore::Redis { .. });
        if spec.redis.is_some() || spec.cache.kind == CacheKind::Redis {
            let mut label = vec!["Redis".to_string()];
            if let Some(r) = &spec.redis {
                label.push(format!("{}, persistence {}", kebab(&r.hosting), kebab(&r.persistence)));
            }
            if spec.cache.kind == CacheKind::Redis {
                label.push("distributed cache".into());
            }
            if redis_holds_keys {
                label.push("Data Protection key ring".into());
            }
            t.node("redis", Shape::Store, label);
            t.edge("app", "redis", "cache");
        }
        let keys_at = match &spec.data_protection.key_store {
            KeyStore::Redis { .. } => "redis".to_string(),
            KeyStore::EfDatabase => "database".to_string(),
            other => {
                let label = match other {
                    KeyStore::AzureBlob { blob_uri } => vec!["Azure Blob Storage".into(), blob_uri.clone()],
                    KeyStore::FileSystem { path } => vec!["shared volume".into(), path.clone()],
                    KeyStore::AwsSsm { parameter_prefix } => {
                        vec!["SSM Parameter Store".into(), parameter_prefix.clone()]
                    }
                    _ => vec!["key store".into()],
                };
                let mut label = label;
                label.push("Data Protection key ring".into());
                t.node("keystore", Shape::Store, label);
                "keystore".to_string()
            }
        };
        t.edge("app", &keys_at, "Data Protection keys");
        let protection = match &spec.data_protection.key_protection {
            KeyProtection::AzureKeyVault { key_id } => vec!["Azure Key Vault key".into(), key_id.clone()],
            KeyProtection::AwsKms { key_id } => vec!["AWS KMS key".into(), key_id.clone()],
            KeyProtection::Certificate { path, .. } => vec!["X.509 certificate".into(), path.clone()],
        };
        t.node("protection", Shape::Service, protection);
        t.edge(&keys_at, "protection", "keys wrapped by");
        if let Some(endpoint) = &spec.telemetry.otlp_endpoint {
            t.node("otlp", Shape::Service, vec!["OTLP collector".into(), endpoint.clone()]);
            t.edge("app", "otlp", "traces + metrics");
        }
        if spec.telemetry.prometheus {
            t.node(
                "scraper",
                Shape::Service,
                vec!["metrics scraper".into(), spec.health.metrics_path.clone()],
            );
            t.edge("scraper", "app", "scrapes (internal)");
        }
        t
    }
}
