//! A small HTTP/1.1 client over TCP and rustls for `idsgen verify`: one request per connection
//! (`Connection: close`), a deadline on every step, curl-like `--resolve` and `--cacert`, and the
//! TLS facts (version, leaf certificate expiry) each check needs. Every failure is a value.

use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, StreamOwned};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

/// The most response bytes read from one request (discovery and JWKS are a few KB).
const MAX_RESPONSE: usize = 4 * 1024 * 1024;

/// `--resolve HOST:PORT:ADDR`: connect to ADDR when a URL names HOST:PORT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolve {
    /// Host name as it appears in URLs (lower case).
    pub host: String,
    /// Port.
    pub port: u16,
    /// Address to connect to instead of resolving.
    pub addr: std::net::IpAddr,
}

impl std::str::FromStr for Resolve {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("--resolve {s:?}: expected HOST:PORT:ADDR, e.g. id.example.com:443:10.0.0.5");
        let (host, rest) = s.split_once(':').ok_or_else(usage)?;
        let (port, addr) = rest.split_once(':').ok_or_else(usage)?;
        let port: u16 = port.parse().map_err(|_| usage())?;
        let addr = addr.trim_start_matches('[').trim_end_matches(']');
        let addr = addr
            .parse()
            .map_err(|_| format!("{}: {addr:?} is not an IP address", usage()))?;
        if host.is_empty() {
            return Err(usage());
        }
        Ok(Resolve {
            host: host.to_ascii_lowercase(),
            port,
            addr,
        })
    }
}

/// `--connect-to HOST:PORT:CONNECT_HOST:CONNECT_PORT`: requests for HOST:PORT go to another
/// host and port, like curl's option (TLS still names HOST), e.g. a staging listener on 18443.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectTo {
    /// Host name as it appears in URLs (lower case).
    pub host: String,
    /// Port as it appears in URLs.
    pub port: u16,
    /// Where to connect instead.
    pub to_host: String,
    /// Port to connect to instead.
    pub to_port: u16,
}

impl std::str::FromStr for ConnectTo {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || {
            format!(
                "--connect-to {s:?}: expected HOST:PORT:CONNECT_HOST:CONNECT_PORT, e.g. id.example.com:443:127.0.0.1:8443"
            )
        };
        let parts: Vec<&str> = s.split(':').collect();
        let [host, port, to_host, to_port] = parts.as_slice() else {
            return Err(usage());
        };
        if host.is_empty() || to_host.is_empty() {
            return Err(usage());
        }
        Ok(ConnectTo {
            host: host.to_ascii_lowercase(),
            port: port.parse().map_err(|_| usage())?,
            to_host: (*to_host).to_string(),
            to_port: to_port.parse().map_err(|_| usage())?,
        })
    }
}

/// Which TLS versions a connection may negotiate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsVersions {
    /// TLS 1.2 and 1.3 (normal requests).
    Modern,
    /// Only TLS 1.2 (to learn whether the server offers it).
    Only12,
    /// Only TLS 1.3.
    Only13,
}

/// What the TLS handshake showed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsInfo {
    /// Negotiated version, e.g. `TLSv1.3`.
    pub version: String,
    /// Leaf certificate's notAfter as seconds since the epoch, when it parsed.
    pub not_after: Option<i64>,
}

/// One HTTP response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Header names in lower case, in order.
    pub headers: Vec<(String, String)>,
    /// Body after de-chunking.
    pub body: Vec<u8>,
    /// The TLS session, for https.
    pub tls: Option<TlsInfo>,
}

impl Response {
    /// The first header named `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Why a request produced no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No address, refused, unreachable or timed out before a connection existed.
    Connect(String),
    /// The TLS handshake failed (certificate, versions, alerts).
    Tls(String),
    /// Connected, but the answer was not HTTP, too large, or late.
    Protocol(String),
}

impl FetchError {
    /// True when nothing answered at all (as opposed to a bad answer).
    pub fn is_connect(&self) -> bool {
        matches!(self, FetchError::Connect(_))
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Connect(m) => write!(f, "cannot connect: {m}"),
            FetchError::Tls(m) => write!(f, "TLS handshake failed: {m}"),
            FetchError::Protocol(m) => write!(f, "bad HTTP answer: {m}"),
        }
    }
}

/// A request to send.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// `GET`, `OPTIONS`, ...
    pub method: &'a str,
    /// Absolute http(s) URL.
    pub url: &'a Url,
    /// Extra headers.
    pub headers: Vec<(&'a str, String)>,
}

/// Connection settings shared by every request of a run.
#[derive(Clone)]
pub struct Client {
    roots: Arc<RootCertStore>,
    resolve: Vec<Resolve>,
    connect_to: Vec<ConnectTo>,
    timeout: Duration,
}

impl Client {
    /// A client trusting the system roots, or only `cacert` when given (like curl's `--cacert`).
    pub fn new(
        cacert: Option<&Path>,
        resolve: Vec<Resolve>,
        connect_to: Vec<ConnectTo>,
        timeout: Duration,
    ) -> Result<Self, String> {
        let mut roots = RootCertStore::empty();
        match cacert {
            Some(path) => {
                let pem =
                    std::fs::read(path).map_err(|e| format!("--cacert {}: cannot read it: {e}", path.display()))?;
                let certs = parse_pem_certs(&pem);
                if certs.is_empty() {
                    return Err(format!(
                        "--cacert {}: no PEM certificate in it\n  fix: pass the CA certificate in PEM form (-----BEGIN CERTIFICATE-----)",
                        path.display()
                    ));
                }
                for cert in certs {
                    roots
                        .add(cert)
                        .map_err(|e| format!("--cacert {}: not a usable CA certificate: {e}", path.display()))?;
                }
            }
            None => {
                let found = rustls_native_certs::load_native_certs();
                for cert in found.certs {
                    // A malformed system root is skipped, as every TLS client does.
                    let _ = roots.add(cert);
                }
                if roots.is_empty() {
                    return Err("no trusted root certificates found on this machine\n  fix: pass --cacert FILE with the CA that signed the deployment's certificate".into());
                }
            }
        }
        Ok(Client {
            roots: Arc::new(roots),
            resolve,
            connect_to,
            timeout,
        })
    }

    /// The addresses to try for `host:port`: an exact `--resolve` entry, then a `--resolve` entry
    /// for the same host on another port (so plain http follows a mapping given for 443), then DNS.
    pub fn addresses(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, FetchError> {
        let host_lc = host.to_ascii_lowercase();
        if let Some(c) = self.connect_to.iter().find(|c| c.host == host_lc && c.port == port) {
            let to = c.to_host.trim_start_matches('[').trim_end_matches(']');
            if let Ok(ip) = to.parse::<std::net::IpAddr>() {
                return Ok(vec![SocketAddr::new(ip, c.to_port)]);
            }
            return (to, c.to_port)
                .to_socket_addrs()
                .map(|a| a.collect())
                .map_err(|e| FetchError::Connect(format!("--connect-to {}: cannot resolve: {e}", c.to_host)));
        }
        if let Some(r) = self.resolve.iter().find(|r| r.host == host_lc && r.port == port) {
            return Ok(vec![SocketAddr::new(r.addr, port)]);
        }
        if let Some(r) = self.resolve.iter().find(|r| r.host == host_lc) {
            return Ok(vec![SocketAddr::new(r.addr, port)]);
        }
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        (bare, port)
            .to_socket_addrs()
            .map(|a| a.collect::<Vec<_>>())
            .map_err(|e| FetchError::Connect(format!("{host}: cannot resolve: {e}")))
            .and_then(|a| {
                if a.is_empty() {
                    Err(FetchError::Connect(format!("{host}: no address")))
                } else {
                    Ok(a)
                }
            })
    }

    /// Opens a TCP connection with the client's timeout on connect, read and write.
    pub fn connect(&self, host: &str, port: u16) -> Result<TcpStream, FetchError> {
        let mut last = None;
        for addr in self.addresses(host, port)? {
            match TcpStream::connect_timeout(&addr, self.timeout) {
                Ok(s) => {
                    s.set_read_timeout(Some(self.timeout))
                        .and_then(|()| s.set_write_timeout(Some(self.timeout)))
                        .map_err(|e| FetchError::Connect(e.to_string()))?;
                    return Ok(s);
                }
                Err(e) => last = Some(format!("{addr}: {e}")),
            }
        }
        Err(FetchError::Connect(
            last.unwrap_or_else(|| format!("{host}:{port}: no address")),
        ))
    }

    /// The rustls configuration for `versions`.
    fn tls_config(&self, versions: TlsVersions) -> Result<Arc<ClientConfig>, FetchError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let vers: &[&'static rustls::SupportedProtocolVersion] = match versions {
            TlsVersions::Modern => &[&rustls::version::TLS13, &rustls::version::TLS12],
            TlsVersions::Only12 => &[&rustls::version::TLS12],
            TlsVersions::Only13 => &[&rustls::version::TLS13],
        };
        let config = ClientConfig::builder_with_provider(provider)
            .with_protocol_versions(vers)
            .map_err(|e| FetchError::Tls(e.to_string()))?
            .with_root_certificates(self.roots.clone())
            .with_no_client_auth();
        Ok(Arc::new(config))
    }

    /// Completes a TLS handshake only, returning what it negotiated.
    pub fn handshake(&self, host: &str, port: u16, versions: TlsVersions) -> Result<TlsInfo, FetchError> {
        let tcp = self.connect(host, port)?;
        let mut stream = self.tls_stream(tcp, host, versions)?;
        handshake_done(&mut stream, Instant::now() + self.timeout)?;
        Ok(tls_info(&stream.conn))
    }

    fn tls_stream(
        &self,
        tcp: TcpStream,
        host: &str,
        versions: TlsVersions,
    ) -> Result<StreamOwned<ClientConnection, TcpStream>, FetchError> {
        let name = ServerName::try_from(host.trim_start_matches('[').trim_end_matches(']').to_string())
            .map_err(|e| FetchError::Tls(format!("{host} is not a valid TLS server name: {e}")))?;
        let conn =
            ClientConnection::new(self.tls_config(versions)?, name).map_err(|e| FetchError::Tls(e.to_string()))?;
        Ok(StreamOwned::new(conn, tcp))
    }

    /// Sends one request on a new connection and reads the whole response.
    pub fn send(&self, req: &Request<'_>) -> Result<Response, FetchError> {
        let deadline = Instant::now() + self.timeout;
        let url = req.url;
        let host = url
            .host_str()
            .ok_or_else(|| FetchError::Connect(format!("{url} has no host")))?
            .to_string();
        let port = url
            .port_or_known_default()
            .ok_or_else(|| FetchError::Connect(format!("{url} has no port")))?;
        let head = request_head(req, &host);
        let tcp = self.connect(&host, port)?;
        match url.scheme() {
            "https" => {
                let mut stream = self.tls_stream(tcp, &host, TlsVersions::Modern)?;
                handshake_done(&mut stream, deadline)?;
                let info = tls_info(&stream.conn);
                stream
                    .write_all(head.as_bytes())
                    .map_err(|e| FetchError::Protocol(format!("writing the request: {e}")))?;
                let raw = read_all(&mut stream, deadline)?;
                let mut resp = parse_response(&raw)?;
                resp.tls = Some(info);
                Ok(resp)
            }
            "http" => {
                let mut tcp = tcp;
                tcp.write_all(head.as_bytes())
                    .map_err(|e| FetchError::Protocol(format!("writing the request: {e}")))?;
                let raw = read_all(&mut tcp, deadline)?;
                parse_response(&raw)
            }
            other => Err(FetchError::Connect(format!("unsupported scheme {other}"))),
        }
    }
}

fn request_head(req: &Request<'_>, host: &str) -> String {
    let url = req.url;
    let mut target = url.path().to_string();
    if let Some(q) = url.query() {
        target.push('?');
        target.push_str(q);
    }
    let host_header = match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    };
    let mut head = format!(
        "{} {target} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: idsgen-verify/{}\r\nAccept: */*\r\nConnection: close\r\n",
        req.method,
        env!("CARGO_PKG_VERSION")
    );
    for (name, value) in &req.headers {
        // Header values come from us, but a CR/LF must never split a request.
        let value: String = value.chars().filter(|c| *c != '\r' && *c != '\n').collect();
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head
}

fn handshake_done(stream: &mut StreamOwned<ClientConnection, TcpStream>, deadline: Instant) -> Result<(), FetchError> {
    while stream.conn.is_handshaking() {
        if Instant::now() > deadline {
            return Err(FetchError::Tls("handshake timed out".into()));
        }
        stream
            .conn
            .complete_io(&mut stream.sock)
            .map_err(|e| FetchError::Tls(e.to_string()))?;
    }
    Ok(())
}

fn tls_info(conn: &ClientConnection) -> TlsInfo {
    let version = match conn.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
        Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
        Some(v) => format!("{v:?}"),
        None => "unknown".to_string(),
    };
    let not_after = conn
        .peer_certificates()
        .and_then(|c| c.first())
        .and_then(|leaf| x509_parser::parse_x509_certificate(leaf.as_ref()).ok())
        .map(|(_, cert)| cert.validity().not_after.timestamp());
    TlsInfo { version, not_after }
}

fn read_all(stream: &mut dyn Read, deadline: Instant) -> Result<Vec<u8>, FetchError> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        if Instant::now() > deadline {
            return Err(FetchError::Protocol(
                "the response did not finish before the timeout".into(),
            ));
        }
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                raw.extend_from_slice(&buf[..n]);
                if raw.len() > MAX_RESPONSE {
                    return Err(FetchError::Protocol(format!(
                        "response larger than {MAX_RESPONSE} bytes"
                    )));
                }
                if response_complete(&raw) {
                    break;
                }
            }
            // A peer that closes without close_notify still sent a complete response.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && !raw.is_empty() => break,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset && !raw.is_empty() => break,
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(FetchError::Protocol("no response before the timeout".into()));
            }
            Err(e) => return Err(FetchError::Protocol(e.to_string())),
        }
    }
    if raw.is_empty() {
        return Err(FetchError::Protocol(
            "the server closed the connection without answering".into(),
        ));
    }
    Ok(raw)
}

/// True when `raw` holds a whole response by Content-Length or final chunk, so a server that
/// keeps the connection open despite `Connection: close` does not cost a timeout.
fn response_complete(raw: &[u8]) -> bool {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut resp = httparse::Response::new(&mut headers);
    let Ok(httparse::Status::Complete(head_len)) = resp.parse(raw) else {
        return false;
    };
    let body = &raw[head_len..];
    let get = |name: &str| {
        resp.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    if get("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        return body.ends_with(b"0\r\n\r\n");
    }
    if let Some(len) = get("content-length").and_then(|v| v.parse::<usize>().ok()) {
        return body.len() >= len;
    }
    matches!(resp.code, Some(204 | 304)) || (resp.code.is_some_and(|c| (100..200).contains(&c)))
}

/// Parses a complete HTTP/1.1 response.
pub fn parse_response(raw: &[u8]) -> Result<Response, FetchError> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut resp = httparse::Response::new(&mut headers);
    let head_len = match resp.parse(raw) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Err(FetchError::Protocol("incomplete response head".into())),
        Err(e) => return Err(FetchError::Protocol(format!("not an HTTP response: {e}"))),
    };
    let status = resp.code.unwrap_or(0);
    let headers: Vec<(String, String)> = resp
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_ascii_lowercase(),
                String::from_utf8_lossy(h.value).trim().to_string(),
            )
        })
        .collect();
    let mut body = raw[head_len..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        body = dechunk(&body)?;
    } else if let Some(len) = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
    {
        body.truncate(len);
    }
    Ok(Response {
        status,
        headers,
        body,
        tls: None,
    })
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, FetchError> {
    let mut out = Vec::new();
    loop {
        match httparse::parse_chunk_size(data) {
            Ok(httparse::Status::Complete((used, size))) => {
                let size = usize::try_from(size).map_err(|_| FetchError::Protocol("chunk too large".into()))?;
                data = &data[used..];
                if size == 0 {
                    return Ok(out);
                }
                if data.len() < size {
                    return Err(FetchError::Protocol("truncated chunk".into()));
                }
                out.extend_from_slice(&data[..size]);
                data = data.get(size + 2..).unwrap_or(&[]);
            }
            _ => return Err(FetchError::Protocol("bad chunked encoding".into())),
        }
    }
}

/// Every PEM `CERTIFICATE` block in `pem`, as DER.
pub fn parse_pem_certs(pem: &[u8]) -> Vec<CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    CertificateDer::pem_slice_iter(pem).filter_map(Result::ok).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_parses_curl_syntax() {
        let r: Resolve = "ID.Example.com:443:127.0.0.1".parse().unwrap();
        assert_eq!(r.host, "id.example.com");
        assert_eq!(r.port, 443);
        assert_eq!(r.addr.to_string(), "127.0.0.1");
        let v6: Resolve = "h:8443:[::1]".parse().unwrap();
        assert_eq!(v6.addr.to_string(), "::1");
        assert!("h:443".parse::<Resolve>().is_err());
        assert!("h:x:127.0.0.1".parse::<Resolve>().is_err());
        assert!("h:443:not-an-ip".parse::<Resolve>().unwrap_err().contains("not an IP"));
    }

    #[test]
    fn connect_to_parses_and_routes() {
        let c: ConnectTo = "ID.example.com:443:127.0.0.1:18443".parse().unwrap();
        assert_eq!(
            (c.host.as_str(), c.port, c.to_host.as_str(), c.to_port),
            ("id.example.com", 443, "127.0.0.1", 18443)
        );
        assert!("a:1:b".parse::<ConnectTo>().is_err());
        let client = Client::new(None, Vec::new(), vec![c], Duration::from_secs(1)).unwrap();
        assert_eq!(
            client.addresses("id.example.com", 443).unwrap(),
            vec!["127.0.0.1:18443".parse().unwrap()]
        );
    }

    #[test]
    fn chunked_and_sized_bodies_parse() {
        let raw =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: b\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n";
        let r = parse_response(raw).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.body, b"Wikipedia");
        assert_eq!(r.header("x-a"), Some("b"));
        assert!(response_complete(raw));
        let sized = b"HTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nabcdef";
        assert_eq!(parse_response(sized).unwrap().body, b"abc");
        assert!(!response_complete(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse_response(b"\x16\x03\x01garbage").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nab").is_err());
    }

    #[test]
    fn header_values_cannot_split_the_request() {
        let url = Url::parse("https://id.example.com:8443/a?b=1").unwrap();
        let req = Request {
            method: "GET",
            url: &url,
            headers: vec![("Origin", "https://x\r\nEvil: 1".to_string())],
        };
        let head = request_head(&req, "id.example.com");
        assert!(head.starts_with("GET /a?b=1 HTTP/1.1\r\nHost: id.example.com:8443\r\n"));
        assert!(head.contains("Origin: https://xEvil: 1\r\n"));
        assert!(!head.contains("\r\nEvil"));
    }
}
