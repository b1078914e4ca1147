//! Asks a server whether it still speaks TLS 1.0 or 1.1. rustls (rightly) cannot negotiate
//! them, so this sends a hand-built ClientHello offering only that version and reads the first
//! record of the answer: a ServerHello that accepts it, or an alert / a closed connection.

use super::http::{Client, FetchError};
use std::io::{Read, Write};
use std::time::Duration;

/// A legacy protocol version to probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// TLS 1.0 (0x0301).
    Tls10,
    /// TLS 1.1 (0x0302).
    Tls11,
}

impl Legacy {
    /// Wire version.
    pub fn wire(self) -> [u8; 2] {
        match self {
            Legacy::Tls10 => [3, 1],
            Legacy::Tls11 => [3, 2],
        }
    }

    /// Display name.
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tls10 => "TLS 1.0",
            Legacy::Tls11 => "TLS 1.1",
        }
    }
}

/// What the server did with a legacy ClientHello.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// It sent a ServerHello for this version: the version is enabled.
    Accepted,
    /// An alert, a close, or a ServerHello for another version: refused. The note says which.
    Refused(String),
}

/// Sends a ClientHello that offers only `version` to `host:port` and classifies the answer.
pub fn probe(client: &Client, host: &str, port: u16, version: Legacy) -> Result<Answer, FetchError> {
    let mut tcp = client.connect(host, port)?;
    tcp.set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| FetchError::Connect(e.to_string()))?;
    let hello = client_hello(host, version);
    if let Err(e) = tcp.write_all(&hello) {
        return Ok(Answer::Refused(format!("connection closed on the ClientHello ({e})")));
    }
    let mut head = [0u8; 5];
    if let Err(e) = tcp.read_exact(&mut head) {
        return Ok(Answer::Refused(format!(
            "connection closed without a ServerHello ({})",
            e.kind()
        )));
    }
    Ok(classify(&head, &mut tcp, version))
}

fn classify(head: &[u8; 5], rest: &mut dyn Read, version: Legacy) -> Answer {
    match head[0] {
        21 => {
            let mut alert = [0u8; 2];
            let detail = match rest.read_exact(&mut alert) {
                Ok(()) => alert_name(alert[1]),
                Err(_) => "alert".to_string(),
            };
            Answer::Refused(format!("the server answered with a TLS alert ({detail})"))
        }
        22 => {
            // Handshake record: type (1), length (3), server_version (2).
            let mut hs = [0u8; 6];
            if rest.read_exact(&mut hs).is_err() {
                return Answer::Refused("truncated handshake answer".into());
            }
            if hs[0] != 2 {
                return Answer::Refused(format!("unexpected handshake message type {}", hs[0]));
            }
            if [hs[4], hs[5]] == version.wire() {
                Answer::Accepted
            } else {
                Answer::Refused(format!("the server chose version {:#04x}{:02x}", hs[4], hs[5]))
            }
        }
        b'H' => Answer::Refused("the port answered in plain HTTP".into()),
        other => Answer::Refused(format!("not a TLS answer (record type {other})")),
    }
}

fn alert_name(code: u8) -> String {
    match code {
        40 => "handshake_failure".into(),
        70 => "protocol_version".into(),
        71 => "insufficient_security".into(),
        80 => "internal_error".into(),
        112 => "unrecognized_name".into(),
        n => format!("alert {n}"),
    }
}

/// A TLS 1.0/1.1 ClientHello with the cipher suites and extensions such clients sent, and no
/// `supported_versions`, so `version` is the highest the server may pick.
pub fn client_hello(host: &str, version: Legacy) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(&version.wire());
    // Random: fixed bytes are fine for a probe that never completes a handshake.
    body.extend((0u8..32).map(|i| i.wrapping_mul(37).wrapping_add(11)));
    body.push(0); // session id
    let suites: [u16; 9] = [
        0xc013, 0xc014, 0xc009, 0xc00a, // ECDHE-RSA/ECDSA with AES-CBC-SHA
        0x002f, 0x0035, 0x0033, 0x0039, // RSA / DHE-RSA with AES-CBC-SHA
        0x000a, // RSA with 3DES-EDE-CBC-SHA
    ];
    body.extend_from_slice(&u16::try_from(suites.len() * 2).unwrap_or(0).to_be_bytes());
    for s in suites {
        body.extend_from_slice(&s.to_be_bytes());
    }
    body.extend_from_slice(&[1, 0]); // compression: null
    let mut ext = Vec::new();
    let name = host.trim_start_matches('[').trim_end_matches(']');
    if name.parse::<std::net::IpAddr>().is_err() && name.len() < 250 {
        let n = name.as_bytes();
        let mut sni = Vec::new();
        sni.extend_from_slice(&u16::try_from(n.len() + 3).unwrap_or(0).to_be_bytes());
        sni.push(0);
        sni.extend_from_slice(&u16::try_from(n.len()).unwrap_or(0).to_be_bytes());
        sni.extend_from_slice(n);
        push_ext(&mut ext, 0x0000, &sni);
    }
    push_ext(&mut ext, 0x000a, &[0, 6, 0x00, 0x1d, 0x00, 0x17, 0x00, 0x18]); // x25519, P-256, P-384
    push_ext(&mut ext, 0x000b, &[1, 0]); // ec_point_formats: uncompressed
    push_ext(&mut ext, 0xff01, &[0]); // renegotiation_info
    body.extend_from_slice(&u16::try_from(ext.len()).unwrap_or(0).to_be_bytes());
    body.extend_from_slice(&ext);

    let mut hs = vec![1u8];
    let len = u32::try_from(body.len()).unwrap_or(0).to_be_bytes();
    hs.extend_from_slice(&len[1..]);
    hs.extend_from_slice(&body);

    let mut record = vec![22u8, 3, 1];
    record.extend_from_slice(&u16::try_from(hs.len()).unwrap_or(0).to_be_bytes());
    record.extend_from_slice(&hs);
    record
}

fn push_ext(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
    out.extend_from_slice(&kind.to_be_bytes());
    out.extend_from_slice(&u16::try_from(data.len()).unwrap_or(0).to_be_bytes());
    out.extend_from_slice(data);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hello_is_a_well_formed_record() {
        let h = client_hello("id.example.com", Legacy::Tls11);
        assert_eq!(&h[..3], &[22, 3, 1]);
        let rec_len = usize::from(u16::from_be_bytes([h[3], h[4]]));
        assert_eq!(rec_len, h.len() - 5);
        assert_eq!(h[5], 1, "ClientHello");
        let hs_len = (usize::from(h[6]) << 16) | (usize::from(h[7]) << 8) | usize::from(h[8]);
        assert_eq!(hs_len, h.len() - 9);
        assert_eq!(&h[9..11], &[3, 2], "client_version TLS 1.1");
        assert!(h.windows(14).any(|w| w == b"id.example.com"));
        // No SNI for an IP literal.
        let ip = client_hello("127.0.0.1", Legacy::Tls10);
        assert!(!ip.windows(9).any(|w| w == b"127.0.0.1"));
    }

    #[test]
    fn answers_are_classified() {
        let alert = [21u8, 3, 1, 0, 2];
        assert_eq!(
            classify(&alert, &mut &[2u8, 70][..], Legacy::Tls10),
            Answer::Refused("the server answered with a TLS alert (protocol_version)".into())
        );
        let hello = [22u8, 3, 2, 0, 50];
        assert_eq!(
            classify(&hello, &mut &[2u8, 0, 0, 46, 3, 2][..], Legacy::Tls11),
            Answer::Accepted
        );
        assert!(matches!(
            classify(&hello, &mut &[2u8, 0, 0, 46, 3, 3][..], Legacy::Tls11),
            Answer::Refused(_)
        ));
        assert!(matches!(
            classify(b"HTTP/", &mut &[][..], Legacy::Tls10),
            Answer::Refused(_)
        ));
    }
}
