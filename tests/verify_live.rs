//! `idsgen verify` against real local servers: a stand-in IdentityServer speaking TLS with a test
//! CA (rcgen + rustls) on loopback, plus a plain-http listener for the redirect. One healthy
//! variant passes every check; one broken variant per check fails exactly where it should.

use assert_cmd::Command;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const HOST: &str = "id.test";

/// What the stand-in does wrong (all false: a correct deployment).
#[derive(Clone, Default)]
struct Faults {
    http_issuer: bool,
    wrong_host: bool,
    no_hsts_on_errors: bool,
    wildcard_cors: bool,
    every_other_instance_wrong: bool,
    health_public: bool,
    accepts_tls11: bool,
    small_header_buffer: bool,
    version_banner: bool,
    redirect_302: bool,
}

struct Server {
    https_port: u16,
    http_port: u16,
    ca_pem: tempfile::NamedTempFile,
}

fn certificates() -> (String, CertificateDer<'static>, PrivateKeyDer<'static>) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "idsgen verify test CA");
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let leaf_params = rcgen::CertificateParams::new(vec![HOST.to_string()]).unwrap();
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).unwrap();
    (
        ca.pem(),
        leaf.der().clone(),
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der())),
    )
}

fn start(faults: Faults) -> Server {
    let (ca_pem, cert, key) = certificates();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .unwrap();
    let config = Arc::new(config);
    let https = TcpListener::bind("127.0.0.1:0").unwrap();
    let http = TcpListener::bind("127.0.0.1:0").unwrap();
    let https_port = https.local_addr().unwrap().port();
    let http_port = http.local_addr().unwrap().port();
    let counter = Arc::new(AtomicUsize::new(0));
    {
        let faults = faults.clone();
        std::thread::spawn(move || {
            for stream in https.incoming().flatten() {
                let (config, faults, counter) = (config.clone(), faults.clone(), counter.clone());
                std::thread::spawn(move || serve_tls(stream, config, &faults, https_port, &counter));
            }
        });
    }
    std::thread::spawn(move || {
        for mut stream in http.incoming().flatten() {
            let faults = faults.clone();
            std::thread::spawn(move || {
                let Some(req) = read_request(&mut stream) else { return };
                let status = if faults.redirect_302 {
                    "302 Found"
                } else {
                    "308 Permanent Redirect"
                };
                let resp = format!(
                    "HTTP/1.1 {status}\r\nLocation: https://{HOST}:{https_port}{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    req.target
                );
                let _ = stream.write_all(resp.as_bytes());
            });
        }
    });
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(ca_pem.as_bytes()).unwrap();
    Server {
        https_port,
        http_port,
        ca_pem: file,
    }
}

struct Req {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    head_bytes: usize,
}

fn read_request(stream: &mut dyn Read) -> Option<Req> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 || buf.len() > 64 * 1024 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let text = String::from_utf8_lossy(&buf).to_string();
    let mut lines = text.split("\r\n");
    let first = lines.next()?;
    let mut parts = first.split(' ');
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Req {
        method,
        target,
        headers,
        head_bytes: text.find("\r\n\r\n").unwrap_or(0),
    })
}

fn serve_tls(mut tcp: TcpStream, config: Arc<rustls::ServerConfig>, f: &Faults, port: u16, counter: &AtomicUsize) {
    tcp.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut peek = [0u8; 11];
    let mut n = 0;
    for _ in 0..100 {
        n = tcp.peek(&mut peek).unwrap_or(0);
        if n >= 11 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    {
        // A ClientHello whose client_version is TLS 1.1: a legacy server answers with a ServerHello.
        if n == 11 && peek[0] == 22 && peek[5] == 1 && peek[9..11] == [3, 2] {
            if f.accepts_tls11 {
                let mut hello = vec![22u8, 3, 2, 0, 42, 2, 0, 0, 38, 3, 2];
                hello.extend([0u8; 32]);
                hello.extend([0, 0xc0, 0x13, 0]);
                let _ = tcp.write_all(&hello);
            } else {
                let _ = tcp.write_all(&[21, 3, 2, 0, 2, 2, 70]);
            }
            return;
        }
    }
    let Ok(conn) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    let Some(req) = read_request(&mut tls) else { return };
    let resp = respond(&req, f, port, counter);
    let _ = tls.write_all(resp.as_bytes());
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

fn respond(req: &Req, f: &Faults, port: u16, counter: &AtomicUsize) -> String {
    let origin = format!("https://{HOST}:{port}");
    let header = |name: &str| req.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let mut extra = Vec::new();
    let hsts = "Strict-Transport-Security: max-age=31536000; includeSubDomains".to_string();
    extra.push(if f.version_banner {
        "Server: nginx/1.24.0".to_string()
    } else {
        "Server: nginx".to_string()
    });
    if f.small_header_buffer && req.head_bytes > 8 * 1024 {
        return format!("HTTP/1.1 400 Bad Request\r\n{hsts}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    let path = req.target.split('?').next().unwrap_or("");
    let (status, body) = match (req.method.as_str(), path) {
        ("GET", "/.well-known/openid-configuration") => {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let issuer = if f.http_issuer {
                format!("http://{HOST}:{port}")
            } else if f.wrong_host || (f.every_other_instance_wrong && n % 2 == 1) {
                format!("https://internal-pod-7:{port}")
            } else {
                origin.clone()
            };
            let doc = json!({
                "issuer": issuer,
                "jwks_uri": format!("{issuer}/.well-known/openid-configuration/jwks"),
                "authorization_endpoint": format!("{issuer}/connect/authorize"),
                "token_endpoint": format!("{issuer}/connect/token"),
                "userinfo_endpoint": format!("{issuer}/connect/userinfo"),
                "end_session_endpoint": format!("{issuer}/connect/endsession"),
                "scopes_supported": ["openid"],
            });
            ("200 OK", doc.to_string())
        }
        ("GET", "/.well-known/openid-configuration/jwks") => (
            "200 OK",
            json!({ "keys": [{ "kty": "RSA", "use": "sig", "kid": "k1", "alg": "RS256", "e": "AQAB", "n": "xyz" }] })
                .to_string(),
        ),
        ("GET", "/health/ready" | "/health/live" | "/metrics") if f.health_public => ("200 OK", "Healthy".into()),
        ("OPTIONS", "/connect/token") => {
            let origin_hdr = header("origin").unwrap_or_default();
            if f.wildcard_cors {
                extra.push("Access-Control-Allow-Origin: *".into());
            } else if origin_hdr == "https://app.test" {
                extra.push(format!("Access-Control-Allow-Origin: {origin_hdr}"));
            }
            ("204 No Content", String::new())
        }
        _ => ("404 Not Found", String::new()),
    };
    if !(f.no_hsts_on_errors && status.starts_with('4')) {
        extra.push(hsts);
    }
    format!(
        "HTTP/1.1 {status}\r\n{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        extra.join("\r\n"),
        body.len()
    )
}

/// Runs verify against `server`; returns (exit code, item id → status).
fn verify(server: &Server, extra: &[&str]) -> (i32, std::collections::BTreeMap<String, String>, Value) {
    let url = format!("https://{HOST}:{}", server.https_port);
    let resolve = format!("{HOST}:{}:127.0.0.1", server.https_port);
    let out = Command::cargo_bin("idsgen")
        .unwrap()
        .args(["verify", &url, "--resolve", &resolve, "--cacert"])
        .arg(server.ca_pem.path())
        .args(["--samples", "6", "--timeout", "5", "--format", "json", "--http-port"])
        .arg(server.http_port.to_string())
        .args(extra)
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let statuses = doc["report"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                i["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (code, statuses, doc)
}

fn failing(statuses: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    statuses
        .iter()
        .filter(|(_, s)| *s == "fail")
        .map(|(id, _)| id.clone())
        .collect()
}

fn spec_file(port: u16) -> tempfile::NamedTempFile {
    let preset = idsgen::spec::presets::find("onprem-nginx").unwrap();
    let spec = idsgen::spec::load::load(
        "preset",
        preset.text,
        &[
            format!("public.origin=https://{HOST}:{port}"),
            "clients[0].cors_origins=[https://app.test]".to_string(),
            "signing_keys.algorithms=[RS256]".to_string(),
        ],
    )
    .unwrap();
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(yaml_serde::to_string(&spec).unwrap().as_bytes()).unwrap();
    f
}

#[test]
fn a_correct_deployment_passes_every_check() {
    let server = start(Faults::default());
    let spec = spec_file(server.https_port);
    let (code, statuses, doc) = verify(&server, &["--spec", spec.path().to_str().unwrap()]);
    assert_eq!(failing(&statuses), Vec::<String>::new(), "{doc:#}");
    assert_eq!(statuses.len(), 14);
    assert!(statuses.values().all(|s| s == "pass"), "{statuses:?}");
    assert_eq!(code, 0);
    let v9 = doc["report"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "V9")
        .unwrap();
    assert!(v9["summary"].as_str().unwrap().contains("days"), "{v9}");
}

#[test]
fn without_a_spec_the_url_is_the_issuer_and_listed_cors_is_not_applicable() {
    let server = start(Faults::default());
    let (code, statuses, _) = verify(&server, &[]);
    assert_eq!(code, 0, "{statuses:?}");
    assert_eq!(statuses["V12"], "not-applicable");
}

#[test]
fn each_broken_variant_fails_its_own_check() {
    let cases: Vec<(&str, Faults, &[&str])> = vec![
        (
            "http issuer",
            Faults {
                http_issuer: true,
                ..Faults::default()
            },
            &["V1", "V3", "V4"],
        ),
        (
            "wrong host",
            Faults {
                wrong_host: true,
                ..Faults::default()
            },
            &["V1", "V3", "V4"],
        ),
        (
            "no HSTS on errors",
            Faults {
                no_hsts_on_errors: true,
                ..Faults::default()
            },
            &["V5"],
        ),
        (
            "wildcard CORS",
            Faults {
                wildcard_cors: true,
                ..Faults::default()
            },
            &["V11"],
        ),
        (
            "one of two instances wrong",
            Faults {
                every_other_instance_wrong: true,
                ..Faults::default()
            },
            &["V2"],
        ),
        (
            "health exposed",
            Faults {
                health_public: true,
                ..Faults::default()
            },
            &["V10"],
        ),
        (
            "TLS 1.1 enabled",
            Faults {
                accepts_tls11: true,
                ..Faults::default()
            },
            &["V7"],
        ),
        (
            "default header buffers",
            Faults {
                small_header_buffer: true,
                ..Faults::default()
            },
            &["V13"],
        ),
        (
            "version banner",
            Faults {
                version_banner: true,
                ..Faults::default()
            },
            &["V14"],
        ),
        (
            "302 redirect",
            Faults {
                redirect_302: true,
                ..Faults::default()
            },
            &["V6"],
        ),
    ];
    for (name, faults, expected) in cases {
        let server = start(faults);
        let (code, statuses, doc) = verify(&server, &[]);
        assert_eq!(failing(&statuses), expected, "{name}: {doc:#}");
        assert_eq!(code, 1, "{name}");
    }
}

#[test]
fn an_untrusted_certificate_fails_v9_and_nothing_listening_exits_69() {
    let server = start(Faults::default());
    let other_ca = start(Faults::default());
    let url = format!("https://{HOST}:{}", server.https_port);
    let out = Command::cargo_bin("idsgen")
        .unwrap()
        .args([
            "verify",
            &url,
            "--resolve",
            &format!("{HOST}:{}:127.0.0.1", server.https_port),
            "--cacert",
        ])
        .arg(other_ca.ca_pem.path())
        .args(["--format", "json", "--samples", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let v9 = doc["report"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "V9")
        .unwrap()
        .clone();
    assert_eq!(v9["status"], "fail", "{v9}");

    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let out = Command::cargo_bin("idsgen")
        .unwrap()
        .args([
            "verify",
            &format!("https://{HOST}:{port}"),
            "--resolve",
            &format!("{HOST}:{port}:127.0.0.1"),
        ])
        .args(["--timeout", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(69));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("nothing answered"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn usage_errors_exit_64_with_a_fix() {
    for (args, needle) in [
        (vec!["verify", "http://id.example.com"], "https"),
        (vec!["verify", "not a url"], "not a URL"),
        (
            vec!["verify", "https://id.example.com", "--resolve", "bad"],
            "HOST:PORT:ADDR",
        ),
    ] {
        let out = Command::cargo_bin("idsgen").unwrap().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(needle),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn graph_draws_every_hop_and_backing_service() {
    let out = Command::cargo_bin("idsgen")
        .unwrap()
        .args(["graph", "--preset", "onprem-nginx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("flowchart LR\n"), "{text}");
    for needle in [
        "internet((",
        "hop0[",
        "terminates TLS",
        "app[[",
        "ForwardLimit = 1",
        "database[(",
        "redis[(",
        "-->|\"https\"| hop0",
        "hop0 -->|\"http\"| app",
    ] {
        assert!(text.contains(needle), "missing {needle}:\n{text}");
    }
    let dot = Command::cargo_bin("idsgen")
        .unwrap()
        .args(["graph", "--preset", "aws-ecs", "--format", "dot"])
        .output()
        .unwrap();
    let dot = String::from_utf8(dot.stdout).unwrap();
    assert!(
        dot.starts_with("digraph idsgen {") && dot.trim_end().ends_with('}'),
        "{dot}"
    );
    assert!(dot.contains("AWS KMS key"), "{dot}");
}

#[test]
fn completions_and_man_pages_cover_every_subcommand() {
    use clap::CommandFactory;
    let cmd = idsgen::cli::Cli::command();
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    assert!(subs.len() >= 12, "{subs:?}");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = Command::cargo_bin("idsgen")
            .unwrap()
            .args(["completions", shell])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for sub in &subs {
            assert!(script.contains(sub.as_str()), "{shell} completion lacks {sub}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("idsgen")
        .unwrap()
        .args(["man", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    for sub in &subs {
        let page = std::fs::read_to_string(dir.path().join(format!("idsgen-{sub}.1"))).unwrap();
        assert!(page.contains(".TH"), "idsgen-{sub}.1 is not roff");
    }
    let main = std::fs::read_to_string(dir.path().join("idsgen.1")).unwrap();
    for sub in &subs {
        assert!(main.contains(sub.as_str()), "idsgen.1 does not list {sub}");
    }
}
