//! The probes behind each live check: what to request, what the answer must show, and what was
//! seen when it does not. One function per check; `run_all` sequences them around one discovery
//! fetch so a broken deployment still gets every check that can run.

use super::catalogue::check;
use super::http::{FetchError, Request, Response, TlsVersions};
use super::legacy_tls::{self, Answer, Legacy};
use super::{Options, Unreachable};
use crate::checklist::finding::{Evidence, ItemResult, Report, Status};
use serde_json::Value;
use std::collections::BTreeMap;
use url::Url;

/// One year in seconds: the least HSTS max-age the checklist accepts.
const HSTS_MIN: u64 = 31_536_000;
/// Days before expiry that a certificate gets a warning.
const EXPIRY_WARNING_DAYS: i64 = 21;
/// An origin no spec lists, for the CORS preflight.
const FOREIGN_ORIGIN: &str = "https://idsgen-verify.invalid";

fn result(id: &'static str, status: Status, summary: impl Into<String>, evidence: Vec<Evidence>) -> ItemResult {
    let c = check(id);
    ItemResult {
        id: c.id,
        title: c.title,
        section: c.section,
        status,
        summary: summary.into(),
        evidence,
        related: Vec::new(),
        command: None,
        skip_reason: None,
        status_without_skip: None,
        breaks: c.breaks,
        fix: c.fix,
    }
}

fn ev(url: &Url, note: impl Into<String>) -> Evidence {
    Evidence::new(url.as_str(), 1, note)
}

fn not_checked(id: &'static str, why: &str) -> ItemResult {
    result(id, Status::NotFound, format!("not checked: {why}"), Vec::new())
}

fn discovery_url(base: &Url) -> Url {
    let mut u = base.clone();
    let path = format!("{}/.well-known/openid-configuration", base.path().trim_end_matches('/'));
    u.set_path(&path);
    u.set_query(None);
    u.set_fragment(None);
    u
}

fn get(opts: &Options, url: &Url, headers: Vec<(&str, String)>) -> Result<Response, FetchError> {
    opts.client.send(&Request {
        method: "GET",
        url,
        headers,
    })
}

fn issuer_of(resp: &Response) -> Result<(Value, String), String> {
    if resp.status != 200 {
        return Err(format!("HTTP {} instead of 200", resp.status));
    }
    let doc: Value = serde_json::from_slice(&resp.body).map_err(|e| format!("not JSON: {e}"))?;
    let issuer = doc
        .get("issuer")
        .and_then(Value::as_str)
        .ok_or("no `issuer` string in the document")?
        .to_string();
    Ok((doc, issuer))
}

/// Runs every check in catalogue order.
pub fn run_all(opts: &Options) -> Result<Report, Unreachable> {
    let disco_url = discovery_url(&opts.url);
    let first = get(opts, &disco_url, Vec::new());
    let first = match first {
        Ok(r) => r,
        Err(FetchError::Tls(msg)) => return Ok(tls_failed(opts, &disco_url, &msg)),
        Err(e) => return Err(Unreachable(format!("{disco_url}: {e}"))),
    };
    let parsed = issuer_of(&first);
    let mut items = vec![issuer_check(opts, &disco_url, &parsed)];
    items.push(samples_check(opts, &disco_url, &parsed));
    let doc = parsed.as_ref().ok().map(|(d, _)| d.clone());
    items.push(match &doc {
        Some(d) => endpoints_check(opts, &disco_url, d),
        None => not_checked("V3", "no discovery document (see V1)"),
    });
    items.push(match &doc {
        Some(d) => jwks_check(opts, d),
        None => not_checked("V4", "no discovery document (see V1)"),
    });
    let error_url = {
        let mut u = opts.url.clone();
        u.set_path(&format!(
            "{}/idsgen-verify-not-found-{}",
            opts.url.path().trim_end_matches('/'),
            opts.now
        ));
        u
    };
    let error_resp = get(opts, &error_url, Vec::new());
    items.push(hsts_check(&disco_url, &first, &error_url, &error_resp));
    items.push(redirect_check(opts, &disco_url));
    items.push(legacy_check(opts));
    items.push(modern_check(opts));
    items.push(certificate_check(opts, &disco_url, &first));
    items.push(exposure_check(opts));
    let token = doc
        .as_ref()
        .and_then(|d| d.get("token_endpoint"))
        .and_then(Value::as_str)
        .and_then(|s| Url::parse(s).ok())
        // The CORS policy is probed at the public address even when discovery names another
        // host (V1/V3 report that), so each check reports one cause.
        .map(|t| {
            let mut u = opts.url.clone();
            u.set_path(t.path());
            u
        });
    items.push(match &token {
        Some(t) => cors_foreign_check(opts, t),
        None => not_checked("V11", "the discovery document names no token_endpoint"),
    });
    items.push(match (&token, opts.expect.cors_origins.first()) {
        (_, None) => result(
            "V12",
            Status::NotApplicable,
            "no CORS origin to try: the spec lists none (or no --spec was given)",
            Vec::new(),
        ),
        (None, Some(_)) => not_checked("V12", "the discovery document names no token_endpoint"),
        (Some(t), Some(origin)) => cors_listed_check(opts, t, origin),
    });
    items.push(cookie_check(opts, &disco_url));
    items.push(server_header_check(&disco_url, &first, &error_url, &error_resp));
    Ok(Report {
        files_checked: 0,
        facts: vec![
            format!("expected issuer: {}", opts.expect.issuer),
            format!("discovery: {disco_url}"),
        ],
        items,
        unparsed: Vec::new(),
    })
}

/// The TLS handshake itself failed: V9 says why, and the transport checks that need no trusted
/// certificate still run.
fn tls_failed(opts: &Options, disco_url: &Url, msg: &str) -> Report {
    let why = "the TLS handshake failed (see V9)";
    let mut items: Vec<ItemResult> = ["V1", "V2", "V3", "V4", "V5", "V6"]
        .iter()
        .map(|id| not_checked(id, why))
        .collect();
    items.push(legacy_check(opts));
    items.push(not_checked("V8", why));
    items.push(result(
        "V9",
        Status::Fail,
        format!("the certificate was not accepted: {msg}"),
        vec![ev(disco_url, msg)],
    ));
    for id in ["V10", "V11", "V12", "V13", "V14"] {
        items.push(not_checked(id, why));
    }
    Report {
        files_checked: 0,
        facts: vec![format!("expected issuer: {}", opts.expect.issuer)],
        items,
        unparsed: Vec::new(),
    }
}

fn issuer_check(opts: &Options, url: &Url, parsed: &Result<(Value, String), String>) -> ItemResult {
    let expected = &opts.expect.issuer;
    match parsed {
        Err(e) => result(
            "V1",
            Status::Fail,
            format!("no usable discovery document: {e}"),
            vec![ev(url, e.clone())],
        ),
        Ok((_, issuer)) if issuer == expected => result(
            "V1",
            Status::Pass,
            format!("issuer is {issuer}"),
            vec![ev(url, format!("issuer = {issuer}"))],
        ),
        Ok((_, issuer)) => {
            let cause = if issuer.starts_with("http://") {
                "the scheme is http: X-Forwarded-Proto from the TLS-terminating hop was not honoured (UseForwardedHeaders missing, not first, or the hop is not trusted)"
            } else if Url::parse(issuer).ok().and_then(|u| u.host_str().map(str::to_string))
                != Url::parse(expected).ok().and_then(|u| u.host_str().map(str::to_string))
            {
                "the host differs: a hop does not preserve Host / X-Forwarded-Host is not honoured, or IssuerUri is set to another name"
            } else {
                "the path or port differs: check UsePathBase and the public port"
            };
            result(
                "V1",
                Status::Fail,
                format!("issuer is {issuer}, expected {expected}: {cause}"),
                vec![ev(url, format!("issuer = {issuer}"))],
            )
        }
    }
}

fn samples_check(opts: &Options, url: &Url, first: &Result<(Value, String), String>) -> ItemResult {
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    let mut record = |r: &Result<(Value, String), String>| {
        let key = match r {
            Ok((_, issuer)) => format!("issuer {issuer}"),
            Err(e) => format!("error: {e}"),
        };
        *seen.entry(key).or_default() += 1;
    };
    record(first);
    for _ in 1..opts.samples.max(1) {
        let r = get(opts, url, Vec::new())
            .map_err(|e| e.to_string())
            .and_then(|resp| issuer_of(&resp));
        record(&r);
    }
    let total: u32 = seen.values().sum();
    let tally: Vec<String> = seen.iter().map(|(k, n)| format!("{n}× {k}")).collect();
    if seen.len() == 1 && first.is_ok() {
        result(
            "V2",
            Status::Pass,
            format!("{total} of {total} samples reported the same issuer"),
            vec![ev(url, tally.join("; "))],
        )
    } else {
        result(
            "V2",
            Status::Fail,
            format!(
                "{total} samples disagree: {}; likely one instance has different forwarded-headers trust or configuration",
                tally.join("; ")
            ),
            vec![ev(url, tally.join("; "))],
        )
    }
}

fn endpoints_check(opts: &Options, url: &Url, doc: &Value) -> ItemResult {
    let expected = Url::parse(&opts.expect.issuer).ok();
    let want_host = expected
        .as_ref()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let want_port = expected.as_ref().and_then(Url::port_or_known_default);
    let mut bad = Vec::new();
    let mut count = 0;
    if let Some(obj) = doc.as_object() {
        for (key, value) in obj {
            let Some(s) = value.as_str() else { continue };
            if !(key.ends_with("_endpoint") || key.ends_with("_uri") || key == "check_session_iframe")
                || key == "issuer"
            {
                continue;
            }
            count += 1;
            match Url::parse(s) {
                Ok(u) => {
                    let host_ok = u.host_str().map(str::to_ascii_lowercase) == want_host;
                    if u.scheme() != "https" || !host_ok || u.port_or_known_default() != want_port {
                        bad.push(ev(url, format!("{key} = {s}")));
                    }
                }
                Err(_) => bad.push(ev(url, format!("{key} = {s:?} is not a URL"))),
            }
        }
    }
    if count == 0 {
        return result(
            "V3",
            Status::Fail,
            "the discovery document names no endpoints",
            vec![ev(url, "no *_endpoint / jwks_uri")],
        );
    }
    if bad.is_empty() {
        result(
            "V3",
            Status::Pass,
            format!("all {count} endpoints are https on the public host"),
            vec![ev(url, format!("{count} endpoints checked"))],
        )
    } else {
        result(
            "V3",
            Status::Fail,
            format!(
                "{} of {count} endpoints are not https on the public host: forwarded headers are not honoured for them",
                bad.len()
            ),
            bad,
        )
    }
}

fn jwks_check(opts: &Options, doc: &Value) -> ItemResult {
    let Some(jwks_url) = doc
        .get("jwks_uri")
        .and_then(Value::as_str)
        .and_then(|s| Url::parse(s).ok())
    else {
        return result(
            "V4",
            Status::Fail,
            "the discovery document has no usable jwks_uri",
            Vec::new(),
        );
    };
    let resp = match get(opts, &jwks_url, Vec::new()) {
        Ok(r) => r,
        Err(e) => {
            return result(
                "V4",
                Status::Fail,
                format!("cannot fetch the JWKS: {e}"),
                vec![ev(&jwks_url, e.to_string())],
            );
        }
    };
    if resp.status != 200 {
        return result(
            "V4",
            Status::Fail,
            format!("the JWKS answered HTTP {}", resp.status),
            vec![ev(&jwks_url, format!("HTTP {}", resp.status))],
        );
    }
    let keys: Vec<Value> = match serde_json::from_slice::<Value>(&resp.body) {
        Ok(v) => v.get("keys").and_then(Value::as_array).cloned().unwrap_or_default(),
        Err(e) => {
            return result(
                "V4",
                Status::Fail,
                format!("the JWKS is not JSON: {e}"),
                vec![ev(&jwks_url, "not JSON")],
            );
        }
    };
    let algs: Vec<String> = keys
        .iter()
        .filter_map(|k| k.get("alg").and_then(Value::as_str).map(str::to_string))
        .collect();
    if keys.is_empty() {
        return result(
            "V4",
            Status::Fail,
            "the JWKS holds no key",
            vec![ev(&jwks_url, "keys: []")],
        );
    }
    let wanted = &opts.expect.algorithms;
    if wanted.is_empty() || algs.iter().any(|a| wanted.contains(a)) {
        result(
            "V4",
            Status::Pass,
            format!("{} key(s), algorithms {}", keys.len(), algs.join(", ")),
            vec![ev(&jwks_url, format!("alg: {}", algs.join(", ")))],
        )
    } else {
        result(
            "V4",
            Status::Fail,
            format!(
                "no key for {} (the JWKS has {}): signing keys do not match KeyManagement.SigningAlgorithms",
                wanted.join(", "),
                if algs.is_empty() {
                    "keys without alg".to_string()
                } else {
                    algs.join(", ")
                }
            ),
            vec![ev(&jwks_url, format!("alg: {}", algs.join(", ")))],
        )
    }
}

/// `max-age` and `includeSubDomains` of an HSTS header value.
fn parse_hsts(value: &str) -> (Option<u64>, bool) {
    let mut max_age = None;
    let mut subdomains = false;
    for part in value.split(';').map(str::trim) {
        let lower = part.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("max-age=") {
            max_age = v.trim_matches('"').parse().ok();
        } else if lower == "includesubdomains" {
            subdomains = true;
        }
    }
    (max_age, subdomains)
}

fn hsts_problem(resp: &Response) -> Option<String> {
    let Some(value) = resp.header("strict-transport-security") else {
        return Some("no Strict-Transport-Security header".into());
    };
    match parse_hsts(value) {
        (Some(age), true) if age >= HSTS_MIN => None,
        (Some(age), _) if age < HSTS_MIN => Some(format!("max-age={age} is under one year ({HSTS_MIN})")),
        (None, _) => Some(format!("`{value}` has no max-age")),
        _ => Some(format!("`{value}` lacks includeSubDomains")),
    }
}

fn hsts_check(disco: &Url, first: &Response, err_url: &Url, err: &Result<Response, FetchError>) -> ItemResult {
    let mut problems = Vec::new();
    if let Some(p) = hsts_problem(first) {
        problems.push(ev(disco, format!("HTTP {}: {p}", first.status)));
    }
    match err {
        Ok(r) => {
            if let Some(p) = hsts_problem(r) {
                problems.push(ev(err_url, format!("HTTP {} (error response): {p}", r.status)));
            }
        }
        Err(e) => problems.push(ev(err_url, format!("no error response to inspect: {e}"))),
    }
    if problems.is_empty() {
        result(
            "V5",
            Status::Pass,
            "HSTS ≥ 1 year with includeSubDomains on the discovery and on an error response",
            vec![ev(
                disco,
                first
                    .header("strict-transport-security")
                    .unwrap_or_default()
                    .to_string(),
            )],
        )
    } else {
        result(
            "V5",
            Status::Fail,
            "HSTS is missing or weak; likely `add_header` without `always` (error pages) or HSTS only in the app behind a hop that drops it",
            problems,
        )
    }
}

fn redirect_check(opts: &Options, disco: &Url) -> ItemResult {
    let mut plain = disco.clone();
    plain.set_query(Some("idsgen-verify=1"));
    // The redirect must lead to the public origin (which may differ from the probed address when
    // --resolve points at a staging port), with the path and query unchanged.
    let mut https_target = Url::parse(&opts.expect.issuer).unwrap_or_else(|_| plain.clone());
    https_target.set_path(plain.path());
    https_target.set_query(plain.query());
    if plain.set_scheme("http").is_err() || plain.set_port(Some(opts.http_port)).is_err() {
        return not_checked("V6", "cannot build the http URL");
    }
    if opts.http_port == 80 {
        let _ = plain.set_port(None);
    }
    match get(opts, &plain, Vec::new()) {
        Err(e) => result(
            "V6",
            Status::Fail,
            format!("plain http is not answered ({e}); users typing the host get an error"),
            vec![ev(&plain, e.to_string())],
        ),
        Ok(r) => {
            let location = r.header("location").unwrap_or_default().to_string();
            let target = Url::parse(&location).or_else(|_| plain.join(&location));
            let right_status = matches!(r.status, 301 | 308);
            let right_target = target.as_ref().is_ok_and(|t| *t == https_target);
            if right_status && right_target {
                result(
                    "V6",
                    Status::Pass,
                    format!("HTTP {} to {location}", r.status),
                    vec![ev(&plain, format!("Location: {location}"))],
                )
            } else {
                let why = if !right_status {
                    format!("HTTP {} (expected 301 or 308)", r.status)
                } else {
                    format!("Location `{location}`, expected {https_target} (path and query kept)")
                };
                result(
                    "V6",
                    Status::Fail,
                    format!("plain http does not redirect correctly: {why}"),
                    vec![ev(&plain, why)],
                )
            }
        }
    }
}

fn host_port(opts: &Options) -> (String, u16) {
    (
        opts.url.host_str().unwrap_or_default().to_string(),
        opts.url.port_or_known_default().unwrap_or(443),
    )
}

fn legacy_check(opts: &Options) -> ItemResult {
    let (host, port) = host_port(opts);
    let mut accepted = Vec::new();
    let mut notes = Vec::new();
    for v in [Legacy::Tls10, Legacy::Tls11] {
        match legacy_tls::probe(&opts.client, &host, port, v) {
            Ok(Answer::Accepted) => accepted.push(v.name()),
            Ok(Answer::Refused(why)) => notes.push(format!("{}: refused ({why})", v.name())),
            Err(e) => notes.push(format!("{}: {e}", v.name())),
        }
    }
    let here = Evidence::new(format!("tls://{host}:{port}"), 1, notes.join("; "));
    if accepted.is_empty() {
        result("V7", Status::Pass, "TLS 1.0 and 1.1 are refused", vec![here])
    } else {
        result(
            "V7",
            Status::Fail,
            format!("the server accepts {}", accepted.join(" and ")),
            vec![Evidence::new(
                format!("tls://{host}:{port}"),
                1,
                format!("{} enabled", accepted.join(", ")),
            )],
        )
    }
}

fn modern_check(opts: &Options) -> ItemResult {
    let (host, port) = host_port(opts);
    let t12 = opts.client.handshake(&host, port, TlsVersions::Only12);
    let t13 = opts.client.handshake(&host, port, TlsVersions::Only13);
    let place = format!("tls://{host}:{port}");
    let describe = |r: &Result<_, FetchError>| match r {
        Ok(_) => "offered".to_string(),
        Err(e) => format!("not offered ({e})"),
    };
    let note = format!("TLS 1.2 {}; TLS 1.3 {}", describe(&t12), describe(&t13));
    if t12.is_ok() && t13.is_ok() {
        result(
            "V8",
            Status::Pass,
            "TLS 1.2 and 1.3 are offered",
            vec![Evidence::new(place, 1, note)],
        )
    } else {
        result("V8", Status::Fail, note.clone(), vec![Evidence::new(place, 1, note)])
    }
}

fn certificate_check(opts: &Options, url: &Url, first: &Response) -> ItemResult {
    let Some(tls) = &first.tls else {
        return not_checked("V9", "the URL is not https");
    };
    match tls.not_after {
        Some(not_after) => {
            let days = (not_after - opts.now).div_euclid(86_400);
            let summary = if days < EXPIRY_WARNING_DAYS {
                format!("warning: the certificate expires in {days} day(s); renew it now")
            } else {
                format!("trusted for the host over {}, expires in {days} days", tls.version)
            };
            result(
                "V9",
                Status::Pass,
                summary,
                vec![ev(url, format!("{}; {days} days to expiry", tls.version))],
            )
        }
        None => result(
            "V9",
            Status::Pass,
            format!("trusted for the host over {} (expiry could not be read)", tls.version),
            vec![ev(url, tls.version.clone())],
        ),
    }
}

fn exposure_check(opts: &Options) -> ItemResult {
    let mut exposed = Vec::new();
    let mut seen = Vec::new();
    for path in &opts.expect.internal_paths {
        let mut u = opts.url.clone();
        u.set_path(path);
        u.set_query(None);
        match get(opts, &u, Vec::new()) {
            Ok(r) if (200..300).contains(&r.status) => {
                exposed.push(ev(&u, format!("HTTP {}: served publicly", r.status)))
            }
            Ok(r) => seen.push(format!("{path}: HTTP {}", r.status)),
            Err(e) => seen.push(format!("{path}: {e}")),
        }
    }
    if exposed.is_empty() {
        result(
            "V10",
            Status::Pass,
            format!("not served publicly ({})", seen.join(", ")),
            vec![ev(&opts.url, seen.join(", "))],
        )
    } else {
        result(
            "V10",
            Status::Fail,
            "health or metrics endpoints answer on the public URL; the edge forwards every path to the app's main port",
            exposed,
        )
    }
}

fn preflight(opts: &Options, token: &Url, origin: &str) -> Result<Response, FetchError> {
    opts.client.send(&Request {
        method: "OPTIONS",
        url: token,
        headers: vec![
            ("Origin", origin.to_string()),
            ("Access-Control-Request-Method", "POST".to_string()),
            ("Access-Control-Request-Headers", "content-type".to_string()),
        ],
    })
}

fn cors_foreign_check(opts: &Options, token: &Url) -> ItemResult {
    match preflight(opts, token, FOREIGN_ORIGIN) {
        Err(e) => result(
            "V11",
            Status::Fail,
            format!("the preflight got no answer: {e}"),
            vec![ev(token, e.to_string())],
        ),
        Ok(r) => match r.header("access-control-allow-origin") {
            Some(v) if v == "*" || v.eq_ignore_ascii_case(FOREIGN_ORIGIN) => result(
                "V11",
                Status::Fail,
                format!(
                    "an unlisted origin is allowed (Access-Control-Allow-Origin: {v}): a wildcard CORS policy in the app or a proxy"
                ),
                vec![ev(
                    token,
                    format!("Origin {FOREIGN_ORIGIN} → Access-Control-Allow-Origin: {v}"),
                )],
            ),
            other => result(
                "V11",
                Status::Pass,
                format!("an unlisted origin gets no CORS grant (HTTP {})", r.status),
                vec![ev(
                    token,
                    format!("Access-Control-Allow-Origin: {}", other.unwrap_or("(none)")),
                )],
            ),
        },
    }
}

fn cors_listed_check(opts: &Options, token: &Url, origin: &str) -> ItemResult {
    match preflight(opts, token, origin) {
        Err(e) => result(
            "V12",
            Status::Fail,
            format!("the preflight got no answer: {e}"),
            vec![ev(token, e.to_string())],
        ),
        Ok(r) => match r.header("access-control-allow-origin") {
            Some(v) if v == origin => result(
                "V12",
                Status::Pass,
                format!("{origin} is allowed"),
                vec![ev(token, format!("Access-Control-Allow-Origin: {v}"))],
            ),
            other => result(
                "V12",
                Status::Fail,
                format!(
                    "{origin} is listed in the spec but got Access-Control-Allow-Origin: {} (HTTP {}); the client's AllowedCorsOrigins is not deployed, or a proxy strips the header",
                    other.unwrap_or("(none)"),
                    r.status
                ),
                vec![ev(token, format!("Origin {origin} → {}", other.unwrap_or("no grant")))],
            ),
        },
    }
}

fn cookie_check(opts: &Options, disco: &Url) -> ItemResult {
    // 12 KB in cookies of 3 KB each, as chunked authentication cookies arrive.
    let cookie: Vec<String> = (0..4)
        .map(|i| format!("idsgen.verify.{i}={}", "a".repeat(3_000)))
        .collect();
    let cookie = cookie.join("; ");
    match get(opts, disco, vec![("Cookie", cookie)]) {
        Ok(r) if r.status == 200 => result(
            "V13",
            Status::Pass,
            "a 12 KB Cookie header is accepted",
            vec![ev(disco, "HTTP 200")],
        ),
        Ok(r) => result(
            "V13",
            Status::Fail,
            format!(
                "a 12 KB Cookie header gets HTTP {}: a proxy's header buffers are too small",
                r.status
            ),
            vec![ev(disco, format!("HTTP {}", r.status))],
        ),
        Err(e) => result(
            "V13",
            Status::Fail,
            format!("a 12 KB Cookie header gets no answer ({e}): a proxy drops large headers"),
            vec![ev(disco, e.to_string())],
        ),
    }
}

fn reveals_version(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.windows(2).any(|w| w[0] == b'/' && w[1].is_ascii_digit())
        || bytes
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
}

fn server_header_check(disco: &Url, first: &Response, err_url: &Url, err: &Result<Response, FetchError>) -> ItemResult {
    let mut bad = Vec::new();
    let mut seen = Vec::new();
    let mut inspect = |url: &Url, r: &Response| {
        for name in ["server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version"] {
            if let Some(v) = r.header(name) {
                seen.push(format!("{name}: {v}"));
                if name.starts_with("x-aspnet") || reveals_version(v) {
                    bad.push(ev(url, format!("{name}: {v}")));
                }
            }
        }
    };
    inspect(disco, first);
    if let Ok(r) = err {
        inspect(err_url, r);
    }
    seen.dedup();
    if bad.is_empty() {
        let s = if seen.is_empty() {
            "no Server header".to_string()
        } else {
            seen.join(", ")
        };
        result(
            "V14",
            Status::Pass,
            format!("no version revealed ({s})"),
            vec![ev(disco, s)],
        )
    } else {
        result("V14", Status::Fail, "a response header reveals a version", bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsts_values_parse() {
        assert_eq!(
            parse_hsts("max-age=31536000; includeSubDomains"),
            (Some(31_536_000), true)
        );
        assert_eq!(
            parse_hsts("max-age=\"63072000\"; includesubdomains; preload"),
            (Some(63_072_000), true)
        );
        assert_eq!(parse_hsts("max-age=300"), (Some(300), false));
        assert_eq!(parse_hsts("includeSubDomains"), (None, true));
    }

    #[test]
    fn versions_are_spotted() {
        assert!(reveals_version("nginx/1.24.0"));
        assert!(reveals_version("Microsoft-IIS/10.0"));
        assert!(reveals_version("ASP.NET 4.0.30319"));
        assert!(!reveals_version("nginx"));
        assert!(!reveals_version("Kestrel"));
        assert!(!reveals_version("cloudflare"));
    }

    #[test]
    fn every_check_id_is_in_the_catalogue() {
        for id in [
            "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13", "V14",
        ] {
            assert_eq!(check(id).id, id);
        }
        assert_eq!(super::super::catalogue::CHECKS.len(), 14);
    }

    #[test]
    fn discovery_url_keeps_the_path_base() {
        let u = Url::parse("https://id.example.com/auth/").unwrap();
        assert_eq!(
            discovery_url(&u).as_str(),
            "https://id.example.com/auth/.well-known/openid-configuration"
        );
        let u = Url::parse("https://id.example.com").unwrap();
        assert_eq!(
            discovery_url(&u).as_str(),
            "https://id.example.com/.well-known/openid-configuration"
        );
    }
}
