//! HAProxy configurations (`haproxy.cfg`): sections and their directives, with lines, and the
//! facts the items read from them: which frontends end TLS, where plain http is redirected to
//! https, the HSTS header a frontend adds, and which servers the backends send to.
//!
//! Directive spellings are HAProxy's configuration manual (docs.haproxy.org, "4. Proxies"):
//! `bind … ssl crt …`, `http-request redirect scheme https …`, `redirect scheme https …`,
//! `http-response set-header Strict-Transport-Security "max-age=…"`, `server <name> <address>`.

/// One directive: its words (quotes removed) and the line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// 1-based line.
    pub line: usize,
    /// Words, split on whitespace outside quotes.
    pub words: Vec<String>,
}

/// A `global`, `defaults`, `frontend`, `backend` or `listen` section (any other keyword at the
/// start of a line opens a section of that kind too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// File.
    pub file: String,
    /// Line of the section keyword.
    pub line: usize,
    /// `frontend`, `backend`, `listen`, …
    pub kind: String,
    /// The section's name (empty for `global`, `defaults` without one).
    pub name: String,
    /// Its directives, in order.
    pub directives: Vec<Directive>,
}

/// Every HAProxy configuration in the tree.
#[derive(Debug, Default)]
pub struct Config {
    /// Sections in file order.
    pub sections: Vec<Section>,
}

const SECTIONS: &[&str] = &[
    "global",
    "defaults",
    "frontend",
    "backend",
    "listen",
    "resolvers",
    "userlist",
    "peers",
    "cache",
    "program",
    "http-errors",
    "ring",
    "mailers",
];

/// Whether a path is an HAProxy configuration by name: `haproxy.cfg`, or a `.cfg` file in a
/// directory or with a name that says haproxy.
pub fn is_haproxy_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".cfg") && lower.contains("haproxy")
}

impl Config {
    /// Reads every file given; a file with no frontend, backend or listen section is not one.
    pub fn load(files: &[(&str, &str)]) -> Self {
        let mut sections = Vec::new();
        for (path, text) in files {
            let parsed = parse(path, text);
            if parsed
                .iter()
                .any(|s| matches!(s.kind.as_str(), "frontend" | "backend" | "listen"))
            {
                sections.extend(parsed);
            }
        }
        Config { sections }
    }

    /// Frontends and listen sections: where clients connect.
    pub fn frontends(&self) -> impl Iterator<Item = &Section> {
        self.sections
            .iter()
            .filter(|s| matches!(s.kind.as_str(), "frontend" | "listen"))
    }

    /// The `bind` lines that end TLS (`ssl` among their words).
    pub fn tls_binds(&self) -> Vec<(&Section, &Directive)> {
        self.frontends()
            .flat_map(|s| s.directives.iter().map(move |d| (s, d)))
            .filter(|(_, d)| d.words.first().is_some_and(|w| w == "bind") && d.words.iter().any(|w| w == "ssl"))
            .collect()
    }

    /// The first redirect of plain http to https: `http-request redirect scheme https …` or
    /// `redirect scheme https …` in a frontend.
    pub fn https_redirect(&self) -> Option<(&Section, &Directive)> {
        self.frontends()
            .flat_map(|s| s.directives.iter().map(move |d| (s, d)))
            .find(|(_, d)| {
                let w: Vec<&str> = d.words.iter().map(String::as_str).collect();
                matches!(
                    w.as_slice(),
                    ["http-request", "redirect", "scheme", "https", ..] | ["redirect", "scheme", "https", ..]
                )
            })
    }

    /// `Strict-Transport-Security` set on responses by a frontend: (section, directive, max-age).
    pub fn hsts(&self) -> Option<(&Section, &Directive, Option<u64>)> {
        self.frontends()
            .chain(self.sections.iter().filter(|s| s.kind == "backend"))
            .flat_map(|s| s.directives.iter().map(move |d| (s, d)))
            .find_map(|(s, d)| {
                let w = &d.words;
                let sets = w.len() >= 3
                    && w[0] == "http-response"
                    && matches!(w[1].as_str(), "set-header" | "add-header")
                    && w[2].eq_ignore_ascii_case("Strict-Transport-Security");
                sets.then(|| {
                    let value = w.get(3).map(String::as_str).unwrap_or("");
                    let age = value
                        .split(';')
                        .find_map(|p| p.trim().strip_prefix("max-age="))
                        .and_then(|n| n.trim().parse().ok());
                    (s, d, age)
                })
            })
    }

    /// Every `server <name> <address>` of a backend or listen section: (section, directive, host).
    pub fn servers(&self) -> Vec<(&Section, &Directive, String)> {
        self.sections
            .iter()
            .filter(|s| matches!(s.kind.as_str(), "backend" | "listen"))
            .flat_map(|s| s.directives.iter().map(move |d| (s, d)))
            .filter_map(|(s, d)| {
                let address = (d.words.first()? == "server").then(|| d.words.get(2))??;
                let host = address.rsplit_once(':').map_or(address.as_str(), |(h, _)| h);
                Some((s, d, host.to_string()))
            })
            .collect()
    }
}

/// Splits `text` into sections. Comments (`#` at a word start) end a line; quotes group words.
fn parse(path: &str, text: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let words = words(raw);
        let Some(first) = words.first() else { continue };
        let indented = raw.starts_with([' ', '\t']);
        if !indented && SECTIONS.contains(&first.as_str()) {
            sections.push(Section {
                file: path.to_string(),
                line: i + 1,
                kind: first.clone(),
                name: words.get(1).cloned().unwrap_or_default(),
                directives: Vec::new(),
            });
        } else if let Some(s) = sections.last_mut() {
            s.directives.push(Directive { line: i + 1, words });
        }
    }
    sections
}

fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut started = false;
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => word.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                started = true;
            }
            None if c == '#' && !started => break,
            None if c.is_whitespace() => {
                if started {
                    out.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            None => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CFG: &str = "global\n  daemon\n\ndefaults\n  mode http\n\nfrontend plain\n  bind *:80\n  http-request redirect scheme https code 301 if !{ ssl_fc }   # everyone to TLS\n\nfrontend tls\n  bind *:443 ssl crt /etc/haproxy/site.pem\n  http-response set-header Strict-Transport-Security \"max-age=31536000; includeSubDomains\"\n  use_backend sts if { path_beg /identity }\n\nbackend sts\n  server sts1 identity:8080 check\n";

    #[test]
    fn frontends_redirects_hsts_and_servers_are_read_with_their_lines() {
        let c = Config::load(&[("deploy/haproxy/haproxy.cfg", CFG)]);
        assert_eq!(c.sections.len(), 5);
        let (s, d) = c.https_redirect().expect("a redirect");
        assert_eq!((s.name.as_str(), d.line), ("plain", 9));
        let binds = c.tls_binds();
        assert_eq!(binds.len(), 1);
        assert_eq!(binds[0].1.line, 12);
        let (_, d, age) = c.hsts().expect("HSTS");
        assert_eq!((d.line, age), (13, Some(31_536_000)));
        let servers = c.servers();
        assert_eq!((servers[0].1.line, servers[0].2.as_str()), (17, "identity"));
    }

    #[test]
    fn a_file_without_proxies_is_not_a_configuration_and_odd_input_is_harmless() {
        assert!(
            Config::load(&[("haproxy.cfg", "global\n  daemon\n")])
                .sections
                .is_empty()
        );
        let c = Config::load(&[("haproxy.cfg", "\u{0}\"unterminated\n\tbackend\nfrontend\n  bind\n")]);
        assert!(c.https_redirect().is_none() && c.hsts().is_none() && c.servers().is_empty());
        assert!(is_haproxy_path("configs/haproxy/haproxy.cfg"));
        assert!(!is_haproxy_path("setup.cfg"));
    }
}
