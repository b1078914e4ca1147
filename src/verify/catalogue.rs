//! The checks `idsgen verify` runs against a live deployment: id, title, what breaks and the fix,
//! in the order reports print them. The probes that decide each one live in `probes.rs`.

/// One live check.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    /// Stable id (`V1`…), usable with `--skip`-style tooling that reads the JSON report.
    pub id: &'static str,
    /// One line.
    pub title: &'static str,
    /// Report section.
    pub section: &'static str,
    /// What goes wrong when this fails.
    pub breaks: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

const DISCOVERY: &str = "Discovery and keys";
const TRANSPORT: &str = "Transport security";
const EXPOSURE: &str = "Exposure";
const PROXY: &str = "Proxy behaviour";

/// Every live check, in report order.
pub const CHECKS: &[Check] = &[
    Check {
        id: "V1",
        title: "The discovery document's issuer is https and equals the public origin (+ path base)",
        section: DISCOVERY,
        breaks: "Clients reject tokens whose `iss` differs from the authority they were configured with; an http issuer means the proxy's X-Forwarded-Proto was not honoured.",
        fix: "Forward X-Forwarded-Proto/Host from every hop, trust the hop in ForwardedHeadersOptions (KnownProxies/KnownIPNetworks, ForwardLimit = hops), call UseForwardedHeaders first; use UsePathBase for a path base.",
    },
    Check {
        id: "V2",
        title: "Every instance behind the load balancer reports the same issuer",
        section: DISCOVERY,
        breaks: "One misconfigured instance issues tokens that fail validation intermittently, the hardest proxy failure to debug.",
        fix: "Deploy the same configuration to every instance; compare the instance that differs (its forwarded-headers trust list or ASPNETCORE_ environment) with the others.",
    },
    Check {
        id: "V3",
        title: "Every endpoint in the discovery document is https on the public host",
        section: DISCOVERY,
        breaks: "Clients call the endpoints discovery names; an internal host or http scheme sends them around the proxy or in the clear.",
        fix: "The endpoints follow the request's scheme and host: fix forwarded headers (V1) rather than hard-coding IssuerUri.",
    },
    Check {
        id: "V4",
        title: "The JWKS parses and holds a key for the configured signing algorithm",
        section: DISCOVERY,
        breaks: "Without a key for the algorithm tokens are signed with, no client can validate a token.",
        fix: "Check SigningAlgorithms in KeyManagementOptions and that automatic key management can write to the operational store.",
    },
    Check {
        id: "V5",
        title: "Strict-Transport-Security max-age ≥ 1 year with includeSubDomains, on success and error responses",
        section: TRANSPORT,
        breaks: "Without HSTS (or with a short max-age) a network attacker can strip TLS on the first request; error pages without it are a gap.",
        fix: "Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` from the hop that terminates TLS, for every status (nginx: `add_header ... always`).",
    },
    Check {
        id: "V6",
        title: "Plain http redirects (301/308) to the https URL with path and query kept",
        section: TRANSPORT,
        breaks: "A user typing the host, or a link with http, gets an error or a page in the clear instead of the login page.",
        fix: "Listen on port 80 at the edge and answer `return 308 https://$host$request_uri;` (or the platform's HTTPS-only switch).",
    },
    Check {
        id: "V7",
        title: "TLS 1.0 and 1.1 are refused",
        section: TRANSPORT,
        breaks: "TLS 1.0/1.1 are deprecated (RFC 8996) and fail compliance scans.",
        fix: "Allow only TLSv1.2 and TLSv1.3 at the TLS-terminating hop (nginx `ssl_protocols TLSv1.2 TLSv1.3;`, an ALB TLS 1.3 policy, App Service minimum TLS 1.2).",
    },
    Check {
        id: "V8",
        title: "TLS 1.2 and TLS 1.3 are offered",
        section: TRANSPORT,
        breaks: "Without TLS 1.3 clients lose the faster, safer handshake; without TLS 1.2 older clients cannot connect.",
        fix: "Enable TLSv1.2 and TLSv1.3 at the TLS-terminating hop.",
    },
    Check {
        id: "V9",
        title: "The certificate is valid for the host (days to expiry reported; a warning under 21 days)",
        section: TRANSPORT,
        breaks: "An untrusted or expired certificate stops every login.",
        fix: "Serve a certificate for the public host from a trusted CA and renew it automatically (ACME, Key Vault, ACM); pass --cacert for a private CA.",
    },
    Check {
        id: "V10",
        title: "/health/ready, /health/live and /metrics are not served from the public URL",
        section: EXPOSURE,
        breaks: "Public health and metrics endpoints leak internals and hand attackers a cheap way to load the database.",
        fix: "Serve them on the management port or deny them at the edge (nginx `location` deny, Gateway route without them, RequireHost on the endpoints).",
    },
    Check {
        id: "V11",
        title: "A CORS preflight from an origin the spec does not list gets no Access-Control-Allow-Origin",
        section: EXPOSURE,
        breaks: "Any web page can call the token endpoint from a user's browser.",
        fix: "List exact client origins (AllowedCorsOrigins), never `*`; remove any proxy rule that adds CORS headers.",
    },
    Check {
        id: "V12",
        title: "A CORS preflight from a listed origin is allowed",
        section: EXPOSURE,
        breaks: "Browser-based clients (SPAs) cannot call the token endpoint.",
        fix: "Add the origin to the client's AllowedCorsOrigins and make sure no proxy strips the Access-Control-* headers.",
    },
    Check {
        id: "V13",
        title: "A 12 KB Cookie header is accepted",
        section: PROXY,
        breaks: "OIDC and session cookies grow past default proxy buffers; users then get 400/502 after login.",
        fix: "Raise header buffers at every proxy (nginx `large_client_header_buffers 4 32k; proxy_buffer_size 32k;`, the ingress/gateway equivalent).",
    },
    Check {
        id: "V14",
        title: "The Server header does not reveal versions",
        section: PROXY,
        breaks: "Version banners tell an attacker which CVEs to try.",
        fix: "nginx `server_tokens off;`, Kestrel `AddServerHeader = false`, remove X-Powered-By / X-AspNet-Version.",
    },
];

/// The check with `id`.
pub fn check(id: &str) -> &'static Check {
    CHECKS
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| unreachable!("verify check {id} is not in the catalogue"))
}
