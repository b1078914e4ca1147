//! Pure per-field validators shared by `spec::validate` and the wizard: each takes the text the
//! user gave and returns `Err` with what is wrong and how to fix it, so every input path agrees.

use crate::model::forwarding::parse_trust_entry;
use crate::spec::types::ClientKind;
use std::net::IpAddr;
use url::{Host, Url};

/// An https origin: `https://host[:port]`, no path, query, fragment or credentials; the host is
/// an RFC 1123 host name or an IP address.
pub fn https_origin(value: &str) -> Result<(), String> {
    origin(value, "origin")
}

/// The shared origin rules; `what` names the thing in messages (`origin`, `CORS origin`).
fn origin(value: &str, what: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err(format!(
            "the {what} is empty; write it as `https://host`, e.g. `https://id.example.com`"
        ));
    }
    no_surrounding_space(value, what)?;
    let url = Url::parse(value).map_err(|e| {
        format!(
            "`{value}` is not a URL ({e}); write the {what} as `https://host[:port]`, e.g. `https://id.example.com`"
        )
    })?;
    if url.scheme() != "https" {
        return Err(format!(
            "`{value}` uses `{}`; a production {what} must be https: write `https://{}`",
            url.scheme(),
            url.host_str().unwrap_or("host")
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "`{value}` contains credentials; an {what} is only `https://host[:port]`: remove the `user:password@` part"
        ));
    }
    check_url_host(value, &url)?;
    lower_case_host(value, what)?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "`{value}` has a query or fragment; an {what} is only `https://host[:port]`: remove everything after the host"
        ));
    }
    // The url crate normalises an empty path to `/`; the raw text must not carry one, because the
    // issuer and CORS origins are compared as exact strings.
    let after_scheme = &value["https://".len().min(value.len())..];
    if let Some(slash) = after_scheme.find('/') {
        let path = &after_scheme[slash..];
        let fix = if path == "/" {
            "drop the trailing `/`".to_string()
        } else {
            format!("remove `{path}`; a path under the origin goes in `public.path_base`")
        };
        return Err(format!(
            "`{value}` has a path; an {what} is only `https://host[:port]`: {fix}"
        ));
    }
    if after_scheme.ends_with(":443") {
        return Err(format!(
            "`{value}` names the default port; browsers and tokens use the origin without it: remove `:443`"
        ));
    }
    Ok(())
}

/// Checks the host of a parsed URL: a valid RFC 1123 name or an IP address.
fn check_url_host(value: &str, url: &Url) -> Result<(), String> {
    match url.host() {
        None => Err(format!("`{value}` has no host; write `https://host`")),
        Some(Host::Domain(_)) => {
            // Check the host as typed: `Url` lowercases and punycodes it, which would hide
            // characters the issuer string keeps.
            let raw = raw_host(value).unwrap_or_default();
            host_name(raw).map_err(|e| format!("the host in `{value}` is not valid: {e}"))
        }
        Some(Host::Ipv4(_)) | Some(Host::Ipv6(_)) => Ok(()),
    }
}

/// Refuses upper case in the scheme or host. Browsers send the `Origin` header, and nginx matches
/// `server_name`, in lower case, while the issuer and CORS origins are compared as exact strings,
/// so `https://ID.example.com` would render an issuer no token validator accepts.
fn lower_case_host(value: &str, what: &str) -> Result<(), String> {
    let host_end = value
        .split_once("://")
        .map(|(scheme, rest)| scheme.len() + 3 + rest.find(['/', '?', '#']).unwrap_or(rest.len()))
        .unwrap_or(value.len());
    let (origin, rest) = value.split_at(host_end);
    if origin.chars().any(char::is_uppercase) {
        return Err(format!(
            "`{value}` has upper-case letters; hosts are case-insensitive, but the issuer, nginx `server_name` and CORS checks compare the {what} as written: write `{}{rest}`",
            origin.to_lowercase()
        ));
    }
    Ok(())
}

/// The host part of `scheme://[user@]host[:port]/...` as written.
fn raw_host(value: &str) -> Option<&str> {
    let rest = value.split_once("://")?.1;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host_port = authority.rsplit_once('@').map(|(_, h)| h).unwrap_or(authority);
    if host_port.starts_with('[') {
        return host_port.split_once(']').map(|(h, _)| &h[1..]);
    }
    Some(host_port.split_once(':').map(|(h, _)| h).unwrap_or(host_port))
}

fn no_surrounding_space(value: &str, what: &str) -> Result<(), String> {
    if value.trim() != value || value.chars().any(char::is_whitespace) {
        return Err(format!("the {what} `{value}` contains whitespace; remove it"));
    }
    Ok(())
}

/// A path base such as `/identity`: starts with `/`, no trailing `/`, no `?` or `#`, only
/// RFC 3986 path characters, no empty, `.` or `..` segments.
pub fn path_base(value: &str) -> Result<(), String> {
    if !value.starts_with('/') {
        return Err(format!("path base `{value}` must start with `/`: write `/{value}`"));
    }
    if value == "/" {
        return Err(
            "path base `/` is the root; omit `public.path_base` when IdentityServer is at the root".to_string(),
        );
    }
    if value.ends_with('/') {
        return Err(format!(
            "path base `{value}` ends with `/`; write `{}` (the issuer would otherwise end in `/`)",
            value.trim_end_matches('/')
        ));
    }
    if value.contains(['?', '#']) {
        return Err(format!(
            "path base `{value}` contains `?` or `#`; a path base is a path only: remove the query or fragment"
        ));
    }
    for segment in value[1..].split('/') {
        if segment.is_empty() {
            return Err(format!(
                "path base `{value}` has an empty segment (`//`); remove the extra `/`"
            ));
        }
        if segment == "." || segment == ".." {
            return Err(format!(
                "path base `{value}` has a `{segment}` segment; write the path without it"
            ));
        }
        pchars(segment).map_err(|c| {
            format!(
                "path base `{value}` contains `{c}`, which is not allowed in a URL path (RFC 3986); use letters, digits and `-._~`, or percent-encode it"
            )
        })?;
    }
    Ok(())
}

/// RFC 3986 `pchar`s; returns the first offending character.
fn pchars(segment: &str) -> Result<(), char> {
    let bytes = segment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if c == '%' {
            let ok = bytes.len() > i + 2
                && (bytes[i + 1] as char).is_ascii_hexdigit()
                && (bytes[i + 2] as char).is_ascii_hexdigit();
            if !ok {
                return Err('%');
            }
            i += 3;
            continue;
        }
        let allowed = c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(c);
        if !allowed {
            return Err(segment[i..].chars().next().unwrap_or(c));
        }
        i += 1;
    }
    Ok(())
}

/// An RFC 1123 host name: labels of 1–63 letters, digits and `-`, not starting or ending with
/// `-`, at most 253 characters, and not all-numeric in the last label (that is an IP address).
pub fn host_name(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err("the host name is empty; write a name such as `id.example.com`".to_string());
    }
    if value.len() > 253 {
        return Err(format!(
            "host name `{value}` is {} characters; RFC 1123 allows at most 253",
            value.len()
        ));
    }
    if value.ends_with('.') {
        return Err(format!(
            "host name `{value}` ends with `.`; write it without the trailing dot"
        ));
    }
    let labels: Vec<&str> = value.split('.').collect();
    for label in &labels {
        if label.is_empty() {
            return Err(format!(
                "host name `{value}` has an empty label (`..`); remove the extra dot"
            ));
        }
        if label.len() > 63 {
            return Err(format!(
                "host name `{value}` has the label `{label}` of {} characters; RFC 1123 allows at most 63",
                label.len()
            ));
        }
        if let Some(c) = label.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-')) {
            return Err(format!(
                "host name `{value}` contains `{c}`; RFC 1123 host names use letters, digits, `-` and `.` (write internationalised names in punycode, `xn--...`)"
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(format!(
                "host name `{value}` has the label `{label}` starting or ending with `-`; RFC 1123 does not allow that"
            ));
        }
    }
    if labels.last().is_some_and(|l| l.chars().all(|c| c.is_ascii_digit())) {
        return Err(format!(
            "`{value}` looks like an IP address, not a host name; write a valid IPv4 address or a name"
        ));
    }
    Ok(())
}

/// A trusted proxy address or network: `10.0.0.1`, `10.0.0.0/16`, `fd00::/8`; networks must have
/// no host bits set.
pub fn trust_entry(value: &str) -> Result<(), String> {
    parse_trust_entry(value).map(|_| ()).map_err(|e| {
        if e.contains("host bits") {
            format!("{e}: write the network address (the app's IPNetwork parsing rejects host bits)")
        } else {
            format!("{e}: write an address such as `10.0.0.5` or a network such as `10.0.0.0/16`")
        }
    })
}

/// The name of a secret in the secret store, 1–127 characters of `[A-Za-z0-9_./-]`. Refuses
/// anything that looks like the secret's value instead of its name.
pub fn secret_name(value: &str) -> Result<(), String> {
    const STORE: &str = "put the value in the secret store (see `secrets.provider`) and reference it here by its name, e.g. `idsrv-db-connection`";
    if value.is_empty() {
        return Err(format!("the secret name is empty; {STORE}"));
    }
    if let Some(kind) = looks_like_secret_value(value) {
        return Err(format!(
            "this looks like a secret value ({kind}), not a name; idsgen never stores secret values: {STORE}"
        ));
    }
    if value.chars().count() > 127 {
        return Err(format!(
            "secret name `{value}` is {} characters; use at most 127",
            value.chars().count()
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "_./-".contains(*c)))
    {
        return Err(format!(
            "secret name `{value}` contains `{c}`; use letters, digits and `_./-`"
        ));
    }
    Ok(())
}

/// Why `value` looks like a secret value, if it does. The message never repeats the value.
fn looks_like_secret_value(value: &str) -> Option<&'static str> {
    if value.contains("-----BEGIN") {
        return Some("a PEM key or certificate");
    }
    if value.contains("://") && value.contains('@') {
        return Some("a URL with credentials");
    }
    if value.contains('=') || value.contains(';') {
        return Some("a connection string or key=value data");
    }
    if hex_run(value, 32) {
        return Some("a long hex string");
    }
    let b64 = |c: char| c.is_ascii_alphanumeric() || c == '+' || c == '/';
    if mixed_alnum_run(value, b64, 32) {
        return Some("a long base64 string");
    }
    None
}

fn runs(value: &str, pred: impl Fn(char) -> bool) -> Vec<&str> {
    value.split(|c| !pred(c)).filter(|r| !r.is_empty()).collect()
}

/// Whether some run of at least `min` hex digits mixes digits and letters, as random hex does.
fn hex_run(value: &str, min: usize) -> bool {
    runs(value, |c| c.is_ascii_hexdigit())
        .iter()
        .any(|r| r.len() >= min && r.chars().any(|c| c.is_ascii_digit()) && r.chars().any(|c| c.is_ascii_alphabetic()))
}

/// Whether some run of at least `min` characters matching `pred` mixes upper case, lower case
/// and digits, as random base64 does and readable names (`idsrv-db`, `path/to/name`) do not.
fn mixed_alnum_run(value: &str, pred: impl Fn(char) -> bool, min: usize) -> bool {
    runs(value, pred).iter().any(|r| {
        r.len() >= min
            && r.chars().any(|c| c.is_ascii_uppercase())
            && r.chars().any(|c| c.is_ascii_lowercase())
            && r.chars().any(|c| c.is_ascii_digit())
    })
}

/// C# reserved keywords: not valid as identifiers without `@`.
pub const CSHARP_KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "base",
    "bool",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "checked",
    "class",
    "const",
    "continue",
    "decimal",
    "default",
    "delegate",
    "do",
    "double",
    "else",
    "enum",
    "event",
    "explicit",
    "extern",
    "false",
    "finally",
    "fixed",
    "float",
    "for",
    "foreach",
    "goto",
    "if",
    "implicit",
    "in",
    "int",
    "interface",
    "internal",
    "is",
    "lock",
    "long",
    "namespace",
    "new",
    "null",
    "object",
    "operator",
    "out",
    "override",
    "params",
    "private",
    "protected",
    "public",
    "readonly",
    "ref",
    "return",
    "sbyte",
    "sealed",
    "short",
    "sizeof",
    "stackalloc",
    "static",
    "string",
    "struct",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "uint",
    "ulong",
    "unchecked",
    "unsafe",
    "ushort",
    "using",
    "virtual",
    "void",
    "volatile",
    "while",
];

/// A project name that is also a valid C# namespace: dot-separated identifiers such as
/// `Acme.Identity` (ASCII letters, digits, `_`; not starting with a digit; no C# keyword).
pub fn project_name(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err("the project name is empty; write a .NET name such as `Acme.Identity`".to_string());
    }
    if value.len() > 100 {
        return Err(format!(
            "project name `{value}` is {} characters; keep it to at most 100",
            value.len()
        ));
    }
    for part in value.split('.') {
        if part.is_empty() {
            return Err(format!(
                "project name `{value}` has an empty part; write dot-separated names such as `Acme.Identity`"
            ));
        }
        let first = part.chars().next().expect("non-empty");
        if !(first.is_ascii_alphabetic() || first == '_') {
            return Err(format!(
                "project name `{value}`: the part `{part}` must start with a letter or `_` (it becomes the C# namespace)"
            ));
        }
        if let Some(c) = part.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_')) {
            return Err(format!(
                "project name `{value}` contains `{c}`; use letters, digits, `_` and `.` (it becomes the C# namespace), e.g. `Acme.Identity`"
            ));
        }
        if CSHARP_KEYWORDS.contains(&part) {
            return Err(format!(
                "project name `{value}`: `{part}` is a C# keyword and cannot be a namespace part; rename it, e.g. `{}`",
                heck::AsUpperCamelCase(part)
            ));
        }
    }
    Ok(())
}

/// A CORS origin: never `*`, an https origin with no path (`https://app.example.com`).
pub fn cors_origin(value: &str) -> Result<(), String> {
    if value.contains('*') {
        return Err(format!(
            "`{value}` is a wildcard; CORS origins must be listed explicitly (checklist SEC1): write each origin, e.g. `https://app.example.com`"
        ));
    }
    origin(value, "CORS origin")
}

/// A redirect URI for a client of any kind: an absolute https URL with no fragment and no
/// wildcard. See `redirect_uri_for` for native apps.
pub fn redirect_uri(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err(
            "the redirect URI is empty; write an absolute https URL such as `https://app.example.com/callback`"
                .to_string(),
        );
    }
    no_surrounding_space(value, "redirect URI")?;
    if value.contains('*') {
        return Err(format!(
            "`{value}` contains `*`; redirect URIs are matched exactly: list each one"
        ));
    }
    let url = Url::parse(value).map_err(|e| {
        format!("`{value}` is not an absolute URL ({e}); write it as `https://app.example.com/callback`")
    })?;
    if url.scheme() != "https" {
        return Err(format!(
            "`{value}` uses `{}`; production redirect URIs must be https",
            url.scheme()
        ));
    }
    redirect_common(value, &url)?;
    check_url_host(value, &url)
}

/// A redirect URI for a client of `kind`. `spa` and `web`: https. `native`: https, a private-use
/// scheme in reverse-domain form (`com.example.app:/callback`, RFC 8252 §7.1) or a loopback
/// `http://127.0.0.1[:port]/path` (RFC 8252 §7.3). `m2m` clients have no redirect URIs.
pub fn redirect_uri_for(kind: ClientKind, value: &str) -> Result<(), String> {
    match kind {
        ClientKind::M2m => Err(
            "machine-to-machine (m2m) clients use client credentials and have no redirect URIs; remove them, or use kind `web`"
                .to_string(),
        ),
        ClientKind::Spa | ClientKind::Web => redirect_uri(value),
        ClientKind::Native => {
            let Ok(url) = Url::parse(value) else {
                return redirect_uri(value);
            };
            match url.scheme() {
                "https" => redirect_uri(value),
                "http" => {
                    let loopback = match url.host() {
                        Some(Host::Ipv4(a)) => IpAddr::V4(a).is_loopback(),
                        Some(Host::Ipv6(a)) => IpAddr::V6(a).is_loopback(),
                        _ => false,
                    };
                    if !loopback {
                        return Err(format!(
                            "`{value}` uses http; a native app may use http only on a loopback IP (`http://127.0.0.1/callback`, RFC 8252 §7.3), otherwise https or a private-use scheme such as `com.example.app:/callback`"
                        ));
                    }
                    no_surrounding_space(value, "redirect URI")?;
                    redirect_common(value, &url)
                }
                scheme => {
                    no_surrounding_space(value, "redirect URI")?;
                    if !scheme.contains('.') {
                        return Err(format!(
                            "`{value}` uses the private-use scheme `{scheme}`; RFC 8252 §7.1 asks for a reverse domain name you control, e.g. `com.example.app:/callback`, so other apps cannot claim it"
                        ));
                    }
                    if value.contains('*') {
                        return Err(format!(
                            "`{value}` contains `*`; redirect URIs are matched exactly: list each one"
                        ));
                    }
                    redirect_common(value, &url)
                }
            }
        }
    }
}

fn redirect_common(value: &str, url: &Url) -> Result<(), String> {
    if url.fragment().is_some() {
        return Err(format!(
            "`{value}` has a fragment (`#...`); OAuth 2 redirect URIs must not: remove it"
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "`{value}` contains credentials; remove the `user:password@` part"
        ));
    }
    Ok(())
}

/// A client id: 1–100 characters of `[A-Za-z0-9_.:-]`.
pub fn client_id(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err("the client id is empty; write a short id such as `spa` or `orders-api`".to_string());
    }
    if value.len() > 100 {
        return Err(format!(
            "client id `{value}` is {} characters; use at most 100",
            value.len()
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "_.:-".contains(*c)))
    {
        return Err(format!(
            "client id `{value}` contains `{c}`; use letters, digits and `_.:-`"
        ));
    }
    Ok(())
}

/// An nginx version, `MAJOR.MINOR[.PATCH]` such as `1.22.1` (nginx 1.x).
pub fn nginx_version(value: &str) -> Result<(), String> {
    let parts = dotted_numbers(value).ok_or_else(|| {
        format!("nginx version `{value}` is not `MAJOR.MINOR[.PATCH]`; write e.g. `1.22.1` (see `nginx -v`)")
    })?;
    if parts[0] != 1 {
        return Err(format!(
            "nginx version `{value}`: idsgen knows nginx 1.x; write the version `nginx -v` prints, e.g. `1.24.0`"
        ));
    }
    Ok(())
}

/// An OpenSSL version, `MAJOR.MINOR[.PATCH]` with an optional letter suffix (`3.0`, `3.0.13`,
/// `1.1.1w`).
pub fn openssl_version(value: &str) -> Result<(), String> {
    let numeric = value.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix_ok = value.len() - numeric.len() <= 1;
    match dotted_numbers(numeric) {
        Some(_) if suffix_ok => Ok(()),
        _ => Err(format!(
            "OpenSSL version `{value}` is not `MAJOR.MINOR[.PATCH]`; write e.g. `3.0` or `3.0.13` (see `openssl version`)"
        )),
    }
}

/// `MAJOR.MINOR[.PATCH]` as numbers.
fn dotted_numbers(value: &str) -> Option<Vec<u64>> {
    let parts: Vec<&str> = value.split('.').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            if p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 9 {
                None
            } else {
                p.parse().ok()
            }
        })
        .collect()
}

/// A whole number greater than zero that fits in 32 bits (instances, lifetimes, days, batches).
pub fn positive_u32(value: &str) -> Result<(), String> {
    match value.trim().parse::<u32>() {
        Ok(0) => Err("must be greater than 0".to_string()),
        Ok(_) => Ok(()),
        Err(_) => Err(format!(
            "`{value}` is not a whole number; write a number from 1 to {}",
            u32::MAX
        )),
    }
}

/// An absolute Unix path such as `/mnt/shared/keys` (shared mounts, certificate files).
pub fn absolute_path(value: &str) -> Result<(), String> {
    if !value.starts_with('/') {
        return Err(format!(
            "`{value}` is not an absolute path; write the full path from `/`, e.g. `/mnt/idsrv/keys`"
        ));
    }
    if value.contains('\0') || value.contains('\n') {
        return Err(format!(
            "path `{}` contains a control character; remove it",
            value.escape_debug()
        ));
    }
    if value.split('/').any(|s| s == "..") {
        return Err(format!(
            "path `{value}` contains `..`; write the resolved absolute path"
        ));
    }
    Ok(())
}

/// An https URL with a host (Key Vault key ids, blob URIs).
pub fn https_url(value: &str) -> Result<(), String> {
    no_surrounding_space(value, "URL")?;
    let url = Url::parse(value).map_err(|e| format!("`{value}` is not an absolute URL ({e}); write an https URL"))?;
    if url.scheme() != "https" {
        return Err(format!(
            "`{value}` uses `{}`; it must be https so keys never travel in clear text",
            url.scheme()
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "`{value}` contains credentials; grant the app's identity access instead and remove `user:password@`"
        ));
    }
    check_url_host(value, &url)
}

/// A URL-path endpoint such as `/health/ready`: starts with `/`, RFC 3986 path characters, no
/// query or fragment.
pub fn endpoint_path(value: &str) -> Result<(), String> {
    if value == "/" {
        return Err("`/` is the site root; give the endpoint its own path, e.g. `/health/ready`".to_string());
    }
    path_base(value)
}

/// Every `maxmemory-policy` Redis accepts.
pub const MAXMEMORY_POLICIES: &[&str] = &[
    "noeviction",
    "allkeys-lru",
    "allkeys-lfu",
    "allkeys-random",
    "volatile-lru",
    "volatile-lfu",
    "volatile-random",
    "volatile-ttl",
];

/// A Redis `maxmemory-policy` value.
pub fn maxmemory_policy(value: &str) -> Result<(), String> {
    if MAXMEMORY_POLICIES.contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "`{value}` is not a Redis maxmemory-policy; use one of {}",
            MAXMEMORY_POLICIES.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(r: Result<(), String>) -> String {
        r.expect_err("expected a rejection")
    }

    #[test]
    fn https_origin_accepts_plain_origins() {
        for ok in [
            "https://id.example.com",
            "https://id.example.com:8443",
            "https://10.0.0.5",
            "https://[::1]:8443",
            "https://localhost",
        ] {
            assert_eq!(https_origin(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn https_origin_rejects_with_reasons() {
        assert!(err(https_origin("http://id.example.com")).contains("must be https"));
        assert!(err(https_origin("https://id.example.com/")).contains("trailing `/`"));
        assert!(err(https_origin("https://id.example.com/identity")).contains("public.path_base"));
        assert!(err(https_origin("https://id.example.com?x=1")).contains("query"));
        assert!(err(https_origin("https://id.example.com#a")).contains("fragment"));
        assert!(err(https_origin("https://u:p@id.example.com")).contains("credentials"));
        assert!(err(https_origin("https://id_x.example.com")).contains("`_`"));
        assert!(err(https_origin("https://id.example.com:443")).contains(":443"));
        assert!(err(https_origin("id.example.com")).contains("not a URL"));
        assert!(err(https_origin(" https://id.example.com")).contains("whitespace"));
        assert!(err(https_origin("")).contains("empty"));
    }

    #[test]
    fn upper_case_hosts_are_refused_with_the_lower_case_origin() {
        let e = err(https_origin("https://ID.Example.com"));
        assert!(
            e.contains("upper-case") && e.contains("write `https://id.example.com`"),
            "{e}"
        );
        let e = err(https_origin("HTTPS://id.example.com:8443"));
        assert!(e.contains("write `https://id.example.com:8443`"), "{e}");
        let e = err(cors_origin("https://App.example.com"));
        assert!(
            e.contains("CORS origin") && e.contains("`https://app.example.com`"),
            "{e}"
        );
    }

    #[test]
    fn path_base_rules() {
        assert_eq!(path_base("/identity"), Ok(()));
        assert_eq!(path_base("/a/b-c_d~e.f"), Ok(()));
        assert_eq!(path_base("/caf%C3%A9"), Ok(()));
        assert!(err(path_base("identity")).contains("start with `/`"));
        assert!(err(path_base("/identity/")).contains("ends with `/`"));
        assert!(err(path_base("/")).contains("omit"));
        assert!(err(path_base("/id?x")).contains("`?` or `#`"));
        assert!(err(path_base("/a//b")).contains("empty segment"));
        assert!(err(path_base("/a/../b")).contains("`..`"));
        assert!(err(path_base("/a b")).contains("` `"));
        assert!(err(path_base("/a%2")).contains("`%`"));
        assert!(err(path_base("/a\"b")).contains("RFC 3986"));
    }

    #[test]
    fn host_name_rules() {
        assert_eq!(host_name("id.example.com"), Ok(()));
        assert_eq!(host_name("localhost"), Ok(()));
        assert_eq!(host_name("xn--caf-dma.example"), Ok(()));
        assert!(err(host_name("")).contains("empty"));
        assert!(err(host_name("-a.example")).contains("`-`"));
        assert!(err(host_name("a..example")).contains("empty label"));
        assert!(err(host_name("a_b.example")).contains("`_`"));
        assert!(err(host_name(&"a".repeat(64))).contains("63"));
        assert!(err(host_name(&["a"; 130].join("."))).contains("253"));
        assert!(err(host_name("10.0.0.256")).contains("IP address"));
        assert!(err(host_name("example.com.")).contains("trailing dot"));
    }

    #[test]
    fn trust_entry_rules() {
        assert_eq!(trust_entry("127.0.0.1"), Ok(()));
        assert_eq!(trust_entry("10.0.0.0/8"), Ok(()));
        assert_eq!(trust_entry("fd00::/8"), Ok(()));
        assert!(err(trust_entry("10.0.0.1/8")).contains("host bits"));
        assert!(err(trust_entry("10.0.0.0/33")).contains("CIDR"));
        assert!(err(trust_entry("proxy.local")).contains("10.0.0.5"));
    }

    #[test]
    fn secret_name_accepts_names() {
        for ok in [
            "idsrv-db-connection",
            "prod/idsrv/db",
            "a",
            "idsrv_redis.v2",
            &"a".repeat(127),
        ] {
            assert_eq!(secret_name(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn secret_name_refuses_values() {
        let cases = [
            "Server=db;Database=ids;Password=hunter2",
            "redis://user:pass@redis:6379",
            "-----BEGIN PRIVATE KEY-----",
            "0123456789abcdef0123456789abcdef01",
            "dGhpcyBpcyBhIHNlY3JldCB2YWx1ZSBvZiBtYW55IGJ5dGVz",
            "a=b",
        ];
        for value in cases {
            let e = err(secret_name(value));
            assert!(e.contains("secret store"), "{value}: {e}");
            assert!(!e.contains(value), "the message must not echo the value: {e}");
        }
        assert!(err(secret_name("")).contains("empty"));
        assert!(err(secret_name("has space")).contains("` `"));
        assert!(err(secret_name(&"a".repeat(128))).contains("127"));
    }

    #[test]
    fn project_name_rules() {
        assert_eq!(project_name("Acme.Identity"), Ok(()));
        assert_eq!(project_name("_Internal.Id2"), Ok(()));
        assert!(err(project_name("")).contains("empty"));
        assert!(err(project_name("Acme..Identity")).contains("empty part"));
        assert!(err(project_name("1Acme")).contains("start with a letter"));
        assert!(err(project_name("Acme-Identity")).contains("`-`"));
        assert!(err(project_name("Acme.class")).contains("keyword"));
    }

    #[test]
    fn cors_origin_rules() {
        assert_eq!(cors_origin("https://app.example.com"), Ok(()));
        assert!(err(cors_origin("*")).contains("wildcard"));
        assert!(err(cors_origin("https://*.example.com")).contains("wildcard"));
        assert!(err(cors_origin("http://localhost:3000")).contains("https"));
        assert!(err(cors_origin("https://app.example.com/")).contains("trailing"));
        assert!(err(cors_origin("https://app.example.com/x")).contains("path"));
    }

    #[test]
    fn redirect_uri_rules() {
        assert_eq!(redirect_uri("https://app.example.com/callback?x=1"), Ok(()));
        assert!(err(redirect_uri("http://app.example.com/cb")).contains("https"));
        assert!(err(redirect_uri("https://app.example.com/cb#x")).contains("fragment"));
        assert!(err(redirect_uri("https://*.example.com/cb")).contains("`*`"));
        assert!(err(redirect_uri("/callback")).contains("absolute"));
        assert!(err(redirect_uri("")).contains("empty"));
    }

    #[test]
    fn redirect_uri_depends_on_kind() {
        use ClientKind::*;
        assert_eq!(redirect_uri_for(Native, "com.example.app:/callback"), Ok(()));
        assert_eq!(redirect_uri_for(Native, "http://127.0.0.1:7890/cb"), Ok(()));
        assert_eq!(redirect_uri_for(Native, "http://[::1]/cb"), Ok(()));
        assert_eq!(redirect_uri_for(Native, "https://app.example.com/cb"), Ok(()));
        assert!(err(redirect_uri_for(Native, "myapp://callback")).contains("reverse domain"));
        assert!(err(redirect_uri_for(Native, "http://app.example.com/cb")).contains("loopback"));
        assert!(err(redirect_uri_for(Spa, "com.example.app:/callback")).contains("https"));
        assert!(err(redirect_uri_for(Web, "http://127.0.0.1/cb")).contains("https"));
        assert!(err(redirect_uri_for(M2m, "https://app.example.com/cb")).contains("no redirect URIs"));
    }

    #[test]
    fn client_id_rules() {
        assert_eq!(client_id("orders-api:v2"), Ok(()));
        assert!(err(client_id("")).contains("empty"));
        assert!(err(client_id("a b")).contains("` `"));
        assert!(err(client_id(&"a".repeat(101))).contains("100"));
    }

    #[test]
    fn version_rules() {
        assert_eq!(nginx_version("1.22"), Ok(()));
        assert_eq!(nginx_version("1.24.0"), Ok(()));
        assert!(err(nginx_version("1")).contains("MAJOR.MINOR"));
        assert!(err(nginx_version("1.22.1.4")).contains("MAJOR.MINOR"));
        assert!(err(nginx_version("v1.22")).contains("MAJOR.MINOR"));
        assert!(err(nginx_version("2.0")).contains("1.x"));
        assert_eq!(openssl_version("3.0"), Ok(()));
        assert_eq!(openssl_version("3.0.13"), Ok(()));
        assert_eq!(openssl_version("1.1.1w"), Ok(()));
        assert!(err(openssl_version("3")).contains("MAJOR.MINOR"));
        assert!(err(openssl_version("3.0.x1")).contains("MAJOR.MINOR"));
        assert!(err(openssl_version("1.1.1ww")).contains("MAJOR.MINOR"));
    }

    #[test]
    fn small_helpers() {
        assert_eq!(positive_u32("4"), Ok(()));
        assert!(err(positive_u32("0")).contains("greater than 0"));
        assert!(err(positive_u32("-1")).contains("whole number"));
        assert!(err(positive_u32("99999999999")).contains("whole number"));
        assert_eq!(absolute_path("/mnt/keys"), Ok(()));
        assert!(err(absolute_path("keys")).contains("absolute"));
        assert!(err(absolute_path("/mnt/../etc")).contains("`..`"));
        assert_eq!(https_url("https://v.vault.azure.net/keys/dp"), Ok(()));
        assert!(err(https_url("http://v.vault.azure.net/keys/dp")).contains("https"));
        assert_eq!(endpoint_path("/health/ready"), Ok(()));
        assert!(err(endpoint_path("/")).contains("root"));
        assert!(err(endpoint_path("health")).contains("start with `/`"));
        assert_eq!(maxmemory_policy("noeviction"), Ok(()));
        assert!(err(maxmemory_policy("lru")).contains("volatile-lru"));
    }
}
