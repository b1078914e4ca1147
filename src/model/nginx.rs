//! nginx facts that depend on the nginx and OpenSSL versions the user runs (`spec.nginx`):
//! HTTP/2 syntax, post-quantum key exchange, session tickets. Templates only print these.

use crate::spec::types::NginxHost;
use serde::Serialize;

/// Mozilla's curve list for OpenSSL < 3.5 (no post-quantum groups there).
pub const CLASSIC_CURVES: &str = "X25519:prime256v1:secp384r1";

/// Mozilla's curve list for OpenSSL ≥ 3.5. The `?` makes OpenSSL skip a group it does not know
/// instead of rejecting the whole list (nginx would then refuse to start); OpenSSL ≥ 3.3 reads it.
pub const MLKEM_CURVES: &str = "?X25519MLKEM768:X25519:prime256v1:secp384r1";

/// What the chosen nginx and OpenSSL versions support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NginxFeatures {
    /// `http2 on;` exists (nginx ≥ 1.25.1); before that HTTP/2 is a `listen … http2` parameter,
    /// which 1.25.1+ deprecates with a warning.
    pub http2_directive: bool,
    /// OpenSSL ≥ 3.5 offers the X25519MLKEM768 hybrid group.
    pub mlkem_curves: bool,
    /// nginx < 1.23.2 never rotates its session-ticket key, so Mozilla turns tickets off there.
    pub session_tickets_off: bool,
    /// `ssl_reject_handshake` exists (nginx ≥ 1.19.4); before that the catch-all TLS server
    /// needs a certificate of its own.
    pub reject_handshake: bool,
    /// nginx < 1.19.7 sizes HTTP/2 request headers with `http2_max_field_size` and
    /// `http2_max_header_size`, not `large_client_header_buffers`.
    pub http2_header_limits: bool,
}

/// The oldest nginx idsgen renders for (Ubuntu 22.04 ships 1.18.0): TLS 1.3, upstream
/// `keepalive_timeout` and `limit_req_status` all exist from there on.
pub const OLDEST_SUPPORTED: (u64, u64, u64) = (1, 18, 0);

impl NginxFeatures {
    /// Features for `host`. A version that does not parse is reported by `spec::fields`; here it
    /// falls back to the oldest syntax, which every nginx 1.x accepts.
    pub fn for_host(host: &NginxHost) -> Self {
        let nginx = parse_version(&host.version).unwrap_or((1, 0, 0));
        let openssl = parse_version(&host.openssl).unwrap_or((1, 0, 0));
        Self {
            http2_directive: nginx >= (1, 25, 1),
            mlkem_curves: openssl >= (3, 5, 0),
            session_tickets_off: nginx < (1, 23, 2),
            reject_handshake: nginx >= (1, 19, 4),
            http2_header_limits: nginx < (1, 19, 7),
        }
    }

    /// The `ssl_ecdh_curve` value.
    pub fn curves(&self) -> &'static str {
        if self.mlkem_curves {
            MLKEM_CURVES
        } else {
            CLASSIC_CURVES
        }
    }
}

/// `MAJOR.MINOR[.PATCH]`, with an OpenSSL letter suffix (`1.1.1w`) ignored; a missing patch is 0.
pub fn parse_version(text: &str) -> Option<(u64, u64, u64)> {
    let numeric = text.trim().trim_end_matches(|c: char| c.is_ascii_lowercase());
    let mut parts = numeric.split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next()??;
    let patch = match parts.next() {
        Some(p) => p?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Some((major, minor, patch))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(nginx: &str, openssl: &str) -> NginxHost {
        NginxHost {
            version: nginx.to_string(),
            openssl: openssl.to_string(),
            ..NginxHost::default()
        }
    }

    #[test]
    fn debian_12_uses_listen_http2_classic_curves_and_no_tickets() {
        let f = NginxFeatures::for_host(&host("1.22.1", "3.0"));
        assert!(!f.http2_directive);
        assert!(!f.mlkem_curves);
        assert!(f.session_tickets_off);
        assert_eq!(f.curves(), "X25519:prime256v1:secp384r1");
    }

    #[test]
    fn http2_directive_starts_at_1_25_1() {
        assert!(!NginxFeatures::for_host(&host("1.25.0", "3.0")).http2_directive);
        assert!(NginxFeatures::for_host(&host("1.25.1", "3.0")).http2_directive);
        assert!(NginxFeatures::for_host(&host("1.26", "3.0")).http2_directive);
        assert!(!NginxFeatures::for_host(&host("1.24.0", "3.0")).http2_directive);
    }

    #[test]
    fn session_tickets_stay_on_from_1_23_2() {
        assert!(NginxFeatures::for_host(&host("1.23.1", "3.0")).session_tickets_off);
        assert!(!NginxFeatures::for_host(&host("1.23.2", "3.0")).session_tickets_off);
        assert!(!NginxFeatures::for_host(&host("1.24.0", "3.0")).session_tickets_off);
    }

    #[test]
    fn mlkem_needs_openssl_3_5() {
        assert!(!NginxFeatures::for_host(&host("1.26.3", "3.4.1")).mlkem_curves);
        let f = NginxFeatures::for_host(&host("1.26.3", "3.5"));
        assert!(f.mlkem_curves);
        assert!(f.curves().contains("X25519MLKEM768"));
        assert!(f.curves().starts_with('?'), "tolerant prefix keeps nginx starting");
        assert!(!NginxFeatures::for_host(&host("1.26.3", "1.1.1w")).mlkem_curves);
    }

    #[test]
    fn ubuntu_22_04_nginx_1_18_has_no_reject_handshake_and_old_http2_limits() {
        let f = NginxFeatures::for_host(&host("1.18.0", "3.0.2"));
        assert!(!f.reject_handshake && f.http2_header_limits && !f.http2_directive);
        let g = NginxFeatures::for_host(&host("1.19.7", "3.0"));
        assert!(g.reject_handshake && !g.http2_header_limits);
        assert!(!NginxFeatures::for_host(&host("1.19.3", "3.0")).reject_handshake);
        assert!(NginxFeatures::for_host(&host("1.19.6", "3.0")).http2_header_limits);
    }

    #[test]
    fn unparsable_versions_fall_back_to_the_oldest_syntax() {
        let f = NginxFeatures::for_host(&host("latest", "x"));
        assert!(!f.http2_directive && !f.mlkem_curves && f.session_tickets_off);
        assert!(!f.reject_handshake && f.http2_header_limits);
        assert_eq!(parse_version("1.22.1.4"), None);
        assert_eq!(parse_version("3.0.13"), Some((3, 0, 13)));
        assert_eq!(parse_version("1.1.1w"), Some((1, 1, 1)));
    }
}
