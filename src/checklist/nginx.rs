//! nginx configuration read through its own grammar: a tokenizer and block/directive parser with
//! lines, `include` followed (relative to the including file, then the config root; globs), and
//! the inheritance and location-matching rules the checks need (proxy headers, buffers, HSTS).

use std::collections::{BTreeMap, BTreeSet};

/// One directive, with its block if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// Directive name (`proxy_pass`).
    pub name: String,
    /// Arguments, quotes removed.
    pub args: Vec<String>,
    /// File the directive is written in (after includes are expanded).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The `{ ... }` body, if any.
    pub block: Option<Vec<Directive>>,
}

impl Directive {
    /// The body's directives (empty without a block).
    pub fn children(&self) -> &[Directive] {
        self.block.as_deref().unwrap_or(&[])
    }

    /// First argument, or "".
    pub fn arg(&self, i: usize) -> &str {
        self.args.get(i).map(String::as_str).unwrap_or("")
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String, usize),
    Semi(usize),
    Open(usize),
    Close(usize),
}

fn tokenize(text: &str) -> Result<Vec<Token>, (usize, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut line = 1;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ';' => {
                out.push(Token::Semi(line));
                i += 1;
            }
            '{' => {
                out.push(Token::Open(line));
                i += 1;
            }
            '}' => {
                out.push(Token::Close(line));
                i += 1;
            }
            '"' | '\'' => {
                let start = line;
                let quote = c;
                let mut word = String::new();
                i += 1;
                loop {
                    let Some(&ch) = chars.get(i) else {
                        return Err((start, "unterminated quoted string".to_string()));
                    };
                    if ch == '\\' && i + 1 < chars.len() {
                        let next = chars[i + 1];
                        if next == quote || next == '\\' {
                            word.push(next);
                        } else {
                            word.push(ch);
                            word.push(next);
                        }
                        if next == '\n' {
                            line += 1;
                        }
                        i += 2;
                        continue;
                    }
                    if ch == quote {
                        i += 1;
                        break;
                    }
                    if ch == '\n' {
                        line += 1;
                    }
                    word.push(ch);
                    i += 1;
                }
                out.push(Token::Word(word, start));
            }
            _ => {
                let mut word = String::new();
                while i < chars.len() {
                    let ch = chars[i];
                    if ch.is_whitespace() || ch == ';' || ch == '{' || ch == '}' {
                        break;
                    }
                    // `${name}` is part of a word, not a block.
                    if ch == '$' && chars.get(i + 1) == Some(&'{') {
                        while i < chars.len() && chars[i] != '}' {
                            word.push(chars[i]);
                            i += 1;
                        }
                    }
                    if i < chars.len() {
                        word.push(chars[i]);
                        i += 1;
                    }
                }
                out.push(Token::Word(word, line));
            }
        }
    }
    Ok(out)
}

/// Parses one file into directives. Errors carry the 1-based line.
pub fn parse(text: &str, file: &str) -> Result<Vec<Directive>, (usize, String)> {
    let tokens = tokenize(text)?;
    let mut pos = 0;
    let body = parse_block(&tokens, &mut pos, file, None, 0)?;
    Ok(body)
}

fn parse_block(
    tokens: &[Token],
    pos: &mut usize,
    file: &str,
    open: Option<usize>,
    depth: usize,
) -> Result<Vec<Directive>, (usize, String)> {
    let mut out = Vec::new();
    let mut words: Vec<(String, usize)> = Vec::new();
    while *pos < tokens.len() {
        let tok = tokens[*pos].clone();
        *pos += 1;
        match tok {
            Token::Word(w, line) => words.push((w, line)),
            Token::Semi(line) => {
                let Some(((name, first), rest)) = words.split_first() else {
                    return Err((line, "unexpected \";\"".to_string()));
                };
                out.push(Directive {
                    name: name.clone(),
                    args: rest.iter().map(|(w, _)| w.clone()).collect(),
                    file: file.to_string(),
                    line: *first,
                    block: None,
                });
                words.clear();
            }
            Token::Open(line) => {
                let Some(((name, first), rest)) = words.split_first() else {
                    return Err((line, "unexpected \"{\"".to_string()));
                };
                let (name, first) = (name.clone(), *first);
                let args = rest.iter().map(|(w, _)| w.clone()).collect();
                words.clear();
                // Each level is a stack frame here and in every walk over the result.
                if depth >= crate::limits::MAX_DEPTH {
                    return Err((
                        line,
                        format!("blocks nested deeper than {} levels", crate::limits::MAX_DEPTH),
                    ));
                }
                let block = parse_block(tokens, pos, file, Some(line), depth + 1)?;
                out.push(Directive {
                    name,
                    args,
                    file: file.to_string(),
                    line: first,
                    block: Some(block),
                });
            }
            Token::Close(line) => {
                if !words.is_empty() {
                    return Err((line, format!("directive \"{}\" is not terminated by \";\"", words[0].0)));
                }
                return match open {
                    Some(_) => Ok(out),
                    None => Err((line, "unexpected \"}\"".to_string())),
                };
            }
        }
    }
    if let Some((w, line)) = words.first() {
        return Err((*line, format!("directive \"{w}\" is not terminated by \";\"")));
    }
    if let Some(line) = open {
        return Err((line, "unexpected end of file, expecting \"}\"".to_string()));
    }
    Ok(out)
}

/// Directive names that only nginx configuration uses; a `.conf` file needs one to count as nginx.
const NGINX_WORDS: &[&str] = &[
    "server",
    "location",
    "http",
    "upstream",
    "proxy_pass",
    "proxy_set_header",
    "add_header",
    "listen",
    "server_name",
    "events",
    "worker_processes",
    "ssl_certificate",
    "proxy_buffer_size",
    "set_real_ip_from",
];

fn looks_like_nginx(dirs: &[Directive]) -> bool {
    fn any(d: &[Directive]) -> bool {
        d.iter()
            .any(|x| NGINX_WORDS.contains(&x.name.as_str()) || any(x.children()))
    }
    any(dirs)
}

/// All nginx files of a tree, parsed, with includes resolved.
#[derive(Debug, Default)]
pub struct Config {
    /// Parsed files by path.
    pub files: BTreeMap<String, Vec<Directive>>,
    /// Files no other file includes: the entry points, with includes expanded inline.
    pub roots: Vec<(String, Vec<Directive>)>,
    /// Files that looked like nginx but did not parse: (file, line, message).
    pub errors: Vec<(String, usize, String)>,
}

fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(p),
        }
    }
    parts.join("/")
}

fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
}

impl Config {
    /// Parses the candidate files; those that do not parse or use no nginx directive are dropped
    /// (a `.conf` is not always nginx), parse errors of files that look like nginx are kept.
    pub fn load(candidates: &[(&str, &str)]) -> Self {
        let mut cfg = Config::default();
        for (path, text) in candidates {
            match parse(text, path) {
                Ok(d) if looks_like_nginx(&d) => {
                    cfg.files.insert(path.to_string(), d);
                }
                Ok(_) => {}
                Err((line, msg)) => {
                    if NGINX_WORDS.iter().any(|w| text.contains(&format!("{w} "))) && text.contains(';') {
                        cfg.errors.push((path.to_string(), line, msg));
                    }
                }
            }
        }
        let mut included = BTreeSet::new();
        for (path, dirs) in &cfg.files {
            collect_includes(dirs, &mut |pattern| {
                for f in cfg.resolve(path, pattern, path) {
                    if f != *path {
                        included.insert(f);
                    }
                }
            });
        }
        let roots: Vec<String> = cfg.files.keys().filter(|p| !included.contains(*p)).cloned().collect();
        let mut budget = Expansion {
            left: MAX_EXPANDED_DIRECTIVES,
            chain: Vec::new(),
            errors: Vec::new(),
        };
        for root in roots {
            budget.chain = vec![root.clone()];
            let expanded = cfg.expand(&cfg.files[&root], &root, &root, &mut budget);
            cfg.roots.push((root, expanded));
        }
        budget.errors.sort();
        budget.errors.dedup();
        cfg.errors.extend(budget.errors);
        cfg
    }

    /// Files an `include` names: relative to the including file, then to the root file's
    /// directory; absolute paths under /etc/nginx are taken relative to the same places.
    fn resolve(&self, including: &str, pattern: &str, root: &str) -> Vec<String> {
        let trimmed = pattern
            .strip_prefix("/etc/nginx/")
            .unwrap_or(pattern)
            .trim_start_matches('/');
        let bases = [dir_of(including), dir_of(root)];
        let mut found = Vec::new();
        for base in bases {
            let full = normalize(&if base.is_empty() {
                trimmed.to_string()
            } else {
                format!("{base}/{trimmed}")
            });
            if trimmed.contains(['*', '?', '[']) {
                if let Ok(glob) = globset::GlobBuilder::new(&full).literal_separator(true).build() {
                    let m = glob.compile_matcher();
                    found.extend(self.files.keys().filter(|k| m.is_match(k.as_str())).cloned());
                }
            } else if self.files.contains_key(&full) {
                found.push(full);
            }
            if !found.is_empty() {
                break;
            }
        }
        // `include /etc/nginx/conf.d/*.conf;` whose files the image gets another way (a COPY, a
        // volume, a symlink made in the Dockerfile): the site fragments beside the including
        // file, top-level `server` blocks with no `http` of their own, are what it includes.
        if found.is_empty() && trimmed.contains('*') && pattern.starts_with('/') {
            let dir = dir_of(including);
            found.extend(
                self.files
                    .iter()
                    .filter(|(k, d)| {
                        k.as_str() != including
                            && dir_of(k) == dir
                            && d.iter().any(|x| x.name == "server")
                            && !d.iter().any(|x| x.name == "http")
                    })
                    .map(|(k, _)| k.clone()),
            );
        }
        found.sort();
        found.dedup();
        found
    }

    /// Inlines includes. A file already being expanded is not included again (nginx itself would
    /// recurse until it runs out of file handles), and the whole expansion has a budget, so a few
    /// files that glob-include each other cannot multiply into millions of directives.
    fn expand(&self, dirs: &[Directive], file: &str, root: &str, budget: &mut Expansion) -> Vec<Directive> {
        let mut out = Vec::new();
        for d in dirs {
            if budget.left == 0 {
                break;
            }
            budget.left -= 1;
            if d.name == "include" {
                for f in self.resolve(file, d.arg(0), root) {
                    let Some(inc) = self.files.get(&f) else { continue };
                    if budget.chain.contains(&f) {
                        budget.errors.push((
                            d.file.clone(),
                            d.line,
                            format!("include cycle: {} -> {f}; not followed", budget.chain.join(" -> ")),
                        ));
                        continue;
                    }
                    budget.chain.push(f.clone());
                    out.extend(self.expand(inc, &f, root, budget));
                    budget.chain.pop();
                }
                if budget.left == 0 {
                    budget.errors.push((
                        d.file.clone(),
                        d.line,
                        format!(
                            "includes expand to more than {MAX_EXPANDED_DIRECTIVES} directives; the rest was not read"
                        ),
                    ));
                }
                continue;
            }
            let mut d = d.clone();
            if let Some(block) = &d.block {
                d.block = Some(self.expand(block, file, root, budget));
            }
            out.push(d);
        }
        out
    }

    /// Every `server` block with its enclosing contexts (main, http), outermost first.
    pub fn servers(&self) -> Vec<Server<'_>> {
        let mut out = Vec::new();
        for (_, dirs) in &self.roots {
            for d in dirs {
                match d.name.as_str() {
                    "http" => {
                        for s in d.children().iter().filter(|s| s.name == "server") {
                            out.push(Server {
                                outer: vec![dirs.as_slice(), d.children()],
                                block: s,
                            });
                        }
                    }
                    "server" => out.push(Server {
                        outer: vec![dirs.as_slice()],
                        block: d,
                    }),
                    _ => {}
                }
            }
        }
        out
    }

    /// `upstream` blocks: name, number of active servers, line.
    pub fn upstreams(&self) -> Vec<(&Directive, usize)> {
        let mut out = Vec::new();
        for (_, dirs) in &self.roots {
            visit(dirs, &mut |d| {
                if d.name == "upstream" {
                    let n = d
                        .children()
                        .iter()
                        .filter(|s| s.name == "server" && !s.args.iter().any(|a| a == "backup" || a == "down"))
                        .count();
                    out.push((d, n));
                }
            });
        }
        out
    }

    /// Every directive named `name`, anywhere.
    pub fn all(&self, name: &str) -> Vec<&Directive> {
        let mut out = Vec::new();
        for (_, dirs) in &self.roots {
            visit(dirs, &mut |d| {
                if d.name == name {
                    out.push(d);
                }
            });
        }
        out
    }
}

fn visit<'a>(dirs: &'a [Directive], f: &mut dyn FnMut(&'a Directive)) {
    for d in dirs {
        f(d);
        visit(d.children(), f);
    }
}

/// Most directives all roots may expand to, includes inlined (real configurations: a few hundred).
const MAX_EXPANDED_DIRECTIVES: usize = 100_000;

/// What is left of the expansion budget, the include chain being expanded, and what went wrong.
struct Expansion {
    left: usize,
    chain: Vec<String>,
    errors: Vec<(String, usize, String)>,
}

fn collect_includes(dirs: &[Directive], f: &mut dyn FnMut(&str)) {
    for d in dirs {
        if d.name == "include" {
            f(d.arg(0));
        }
        collect_includes(d.children(), f);
    }
}

/// A `server` block and the contexts around it.
#[derive(Debug, Clone)]
pub struct Server<'a> {
    /// Enclosing contexts, outermost first (main, then http).
    pub outer: Vec<&'a [Directive]>,
    /// The `server` directive.
    pub block: &'a Directive,
}

/// A location that proxies, with every context from main to itself.
#[derive(Debug, Clone)]
pub struct ProxyLocation<'a> {
    /// Contexts, outermost first; the last is the location's body.
    pub contexts: Vec<&'a [Directive]>,
    /// The `location` directive (None when `proxy_pass` sits directly in `server`).
    pub location: Option<&'a Directive>,
    /// The `proxy_pass` directive.
    pub proxy_pass: &'a Directive,
}

impl<'a> ProxyLocation<'a> {
    /// Effective list directive (`proxy_set_header`, `add_header`): the innermost level that
    /// has any wins entirely, as nginx inherits these only when a level defines none.
    pub fn effective_list(&self, name: &str) -> Vec<&'a Directive> {
        effective_list(&self.contexts, name)
    }

    /// Effective single-valued directive: the innermost level that sets it.
    pub fn effective(&self, name: &str) -> Option<&'a Directive> {
        self.contexts
            .iter()
            .rev()
            .find_map(|c| c.iter().rev().find(|d| d.name == name))
    }

    /// Whether the upstream is reached over TLS (`proxy_pass https://…`): the request the
    /// upstream sees is https itself.
    pub fn https_upstream(&self) -> bool {
        self.proxy_pass.arg(0).to_ascii_lowercase().starts_with("https://")
    }

    /// The header names this location sends upstream, lowercased.
    pub fn sent_headers(&self) -> BTreeMap<String, &'a Directive> {
        self.effective_list("proxy_set_header")
            .into_iter()
            .map(|d| (d.arg(0).to_ascii_lowercase(), d))
            .collect()
    }
}

fn effective_list<'a>(contexts: &[&'a [Directive]], name: &str) -> Vec<&'a Directive> {
    for c in contexts.iter().rev() {
        let here: Vec<&Directive> = c.iter().filter(|d| d.name == name).collect();
        if !here.is_empty() {
            return here;
        }
    }
    Vec::new()
}

impl<'a> Server<'a> {
    /// Contexts down to the server body.
    pub fn contexts(&self) -> Vec<&'a [Directive]> {
        let mut v = self.outer.clone();
        v.push(self.block.children());
        v
    }

    /// `listen` directives (none means `listen 80`).
    pub fn listens(&self) -> Vec<&'a Directive> {
        self.block.children().iter().filter(|d| d.name == "listen").collect()
    }

    /// The `listen` that terminates TLS (`ssl`, `quic`, or port 443), when one does.
    pub fn tls_listen(&self) -> Option<&'a Directive> {
        self.listens()
            .into_iter()
            .find(|l| l.args.iter().any(|a| a == "ssl" || a == "quic") || l.arg(0).ends_with("443"))
    }

    /// Whether the server terminates TLS.
    pub fn tls(&self) -> bool {
        self.tls_listen().is_some()
            || self
                .block
                .children()
                .iter()
                .any(|d| d.name == "ssl" && d.arg(0) == "on")
    }

    /// Whether any listen address is reachable from outside the host.
    pub fn public(&self) -> bool {
        let listens = self.listens();
        listens.is_empty()
            || listens.iter().any(|l| {
                let a = l.arg(0);
                !(a.starts_with("127.")
                    || a.starts_with("localhost")
                    || a.starts_with("[::1]")
                    || a.starts_with("unix:"))
            })
    }

    /// `server_name` values, excluding `_` and empty.
    pub fn names(&self) -> Vec<&'a str> {
        self.block
            .children()
            .iter()
            .filter(|d| d.name == "server_name")
            .flat_map(|d| d.args.iter().map(String::as_str))
            .filter(|n| *n != "_" && !n.is_empty())
            .collect()
    }

    /// Whether the server answers http with a redirect to https (server- or `location /`-level).
    pub fn redirects_to_https(&self) -> Option<&'a Directive> {
        let is_redirect = |d: &&Directive| {
            d.name == "return" && matches!(d.arg(0), "301" | "302" | "307" | "308") && d.arg(1).starts_with("https://")
        };
        self.block
            .children()
            .iter()
            .find(is_redirect)
            .or_else(|| {
                self.block
                    .children()
                    .iter()
                    .filter(|l| l.name == "location" && l.args.last().map(String::as_str) == Some("/"))
                    .find_map(|l| l.children().iter().find(is_redirect))
            })
            .or_else(|| {
                // What certbot writes into the port-80 server it takes over:
                // `if ($host = id.example.org) { return 301 https://$host$request_uri; }`.
                self.block
                    .children()
                    .iter()
                    .filter(|d| d.name == "if" && d.args.first().is_some_and(|a| a.trim_start_matches('(') == "$host"))
                    .find_map(|d| d.children().iter().find(is_redirect))
            })
    }

    /// Every proxying location (nested locations included), plus `proxy_pass` at server level.
    pub fn proxy_locations(&self) -> Vec<ProxyLocation<'a>> {
        let mut out = Vec::new();
        let base = self.contexts();
        if let Some(pp) = self.block.children().iter().find(|d| d.name == "proxy_pass") {
            out.push(ProxyLocation {
                contexts: base.clone(),
                location: None,
                proxy_pass: pp,
            });
        }
        fn go<'a>(dirs: &'a [Directive], ctx: &[&'a [Directive]], out: &mut Vec<ProxyLocation<'a>>) {
            for l in dirs.iter().filter(|d| d.name == "location") {
                let mut c = ctx.to_vec();
                c.push(l.children());
                if let Some(pp) = l.children().iter().find(|d| d.name == "proxy_pass") {
                    out.push(ProxyLocation {
                        contexts: c.clone(),
                        location: Some(l),
                        proxy_pass: pp,
                    });
                }
                go(l.children(), &c, out);
            }
        }
        go(self.block.children(), &base, &mut out);
        out
    }

    /// The location nginx selects for `uri` among this server's top-level locations:
    /// exact `=`, then the longest prefix (final if `^~`), then regexes in order, then the prefix.
    pub fn select_location(&self, uri: &str) -> Option<&'a Directive> {
        let split = |l: &'a Directive| -> (&'a str, &'a str) {
            if l.args.len() >= 2 {
                (l.arg(0), l.arg(1))
            } else {
                ("", l.arg(0))
            }
        };
        let locations: Vec<&'a Directive> = self.block.children().iter().filter(|d| d.name == "location").collect();
        if let Some(l) = locations.iter().find(|l| split(l) == ("=", uri)) {
            return Some(l);
        }
        let prefix = locations
            .iter()
            .filter(|l| matches!(split(l).0, "" | "^~") && uri.starts_with(split(l).1))
            .max_by_key(|l| split(l).1.len())
            .copied();
        if let Some(p) = prefix.filter(|p| split(p).0 == "^~") {
            return Some(p);
        }
        for l in &locations {
            let (m, pattern) = split(l);
            let re = match m {
                // A crafted pattern may not cost more than a small compiled program (matching is
                // linear in the URI with this crate; compiling is what a hostile file can inflate).
                "~" | "~*" => regex::RegexBuilder::new(pattern)
                    .case_insensitive(m == "~*")
                    .size_limit(1 << 20)
                    .dfa_size_limit(1 << 20)
                    .build(),
                _ => continue,
            };
            if re.is_ok_and(|re| re.is_match(uri)) {
                return Some(l);
            }
        }
        prefix
    }
}

/// Whether a location refuses requests (`deny all`, `internal`, or `return 4xx`).
pub fn denies(location: &Directive) -> bool {
    location.children().iter().any(|d| {
        (d.name == "deny" && d.arg(0) == "all")
            || d.name == "internal"
            || (d.name == "return" && d.arg(0).starts_with('4'))
    })
}

/// Parses an nginx size (`16k`, `1m`, `4096`) to bytes.
pub fn size(text: &str) -> Option<u64> {
    let t = text.trim().to_ascii_lowercase();
    let (num, mult) = match t.chars().last()? {
        'k' => (&t[..t.len() - 1], 1024),
        'm' => (&t[..t.len() - 1], 1024 * 1024),
        'g' => (&t[..t.len() - 1], 1024 * 1024 * 1024),
        _ => (t.as_str(), 1),
    };
    num.parse::<u64>().ok().map(|n| n * mult)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(files: &[(&str, &str)]) -> Config {
        Config::load(files)
    }

    #[test]
    fn certbots_host_redirect_is_a_redirect_to_https() {
        let conf = "server {\n    if ($host = id.acme.io) {\n        return 301 https://$host$request_uri;\n    } # managed by Certbot\n    listen 80;\n    server_name id.acme.io;\n    return 404;\n}\nserver {\n    listen 80;\n    if ($http_x_forwarded_proto = http) {\n        return 301 https://$host$request_uri;\n    }\n}\n";
        let n = Config::load(&[("sites-available/id.conf", conf)]);
        let servers = n.servers();
        assert_eq!(servers[0].redirects_to_https().map(|d| d.line), Some(3));
        // A redirect that depends on what the client sent is not every request's.
        assert_eq!(servers[1].redirects_to_https().map(|d| d.line), None);
    }

    #[test]
    fn parses_blocks_quotes_and_lines() {
        let d = parse(
            "http {\n  # c\n  server {\n    add_header X \"a; b\" always;\n    location ~ ^/a${x} { }\n  }\n}\n",
            "f",
        )
        .unwrap();
        let server = &d[0].children()[0];
        assert_eq!(server.line, 3);
        let h = &server.children()[0];
        assert_eq!(
            (h.name.as_str(), h.args.clone(), h.line),
            ("add_header", vec!["X".into(), "a; b".into(), "always".into()], 4)
        );
        assert_eq!(server.children()[1].args, vec!["~".to_string(), "^/a${x}".to_string()]);
    }

    #[test]
    fn parse_errors_carry_lines() {
        assert_eq!(parse("server {\n listen 80\n}\n", "f").unwrap_err().0, 3);
        assert_eq!(parse("server {\n", "f").unwrap_err().0, 1);
        assert_eq!(parse("}\n", "f").unwrap_err().0, 1);
    }

    #[test]
    fn an_absolute_conf_d_include_takes_the_site_fragments_beside_it() {
        let cfg = Config::load(&[
            (
                "docker/nginx/nginx.conf",
                "events {}\nhttp {\n  proxy_buffer_size 128k;\n  include /etc/nginx/conf.d/*.conf;\n}\n",
            ),
            (
                "docker/nginx/sites.conf",
                "server { listen 6001 ssl; location / { proxy_pass https://auth; } }\n",
            ),
            (
                "other/nginx.conf",
                "events {}\nhttp { include /etc/nginx/conf.d/*.conf; }\n",
            ),
        ]);
        let servers = cfg.servers();
        assert_eq!(servers.len(), 1, "the fragment is inlined once, not also a root");
        let loc = &servers[0].proxy_locations()[0];
        assert_eq!(loc.effective("proxy_buffer_size").map(|d| d.arg(0)), Some("128k"));
    }

    #[test]
    fn includes_relative_and_globbed_and_inheritance() {
        let c = cfg(&[
            (
                "nginx/nginx.conf",
                "http { proxy_set_header Host $host; include conf.d/*.conf; }",
            ),
            (
                "nginx/conf.d/id.conf",
                "server { listen 443 ssl; location / { include ../snippets/proxy.conf; proxy_pass http://app; } }",
            ),
            (
                "nginx/snippets/proxy.conf",
                "proxy_set_header X-Forwarded-Proto $scheme;\nproxy_buffer_size 16k;",
            ),
        ]);
        assert_eq!(
            c.roots.len(),
            1,
            "{:?}",
            c.roots.iter().map(|r| &r.0).collect::<Vec<_>>()
        );
        let servers = c.servers();
        assert_eq!(servers.len(), 1);
        let loc = &servers[0].proxy_locations()[0];
        let sent = loc.sent_headers();
        // The location sets its own proxy_set_header, so http's Host is not inherited.
        assert!(sent.contains_key("x-forwarded-proto") && !sent.contains_key("host"));
        let buf = loc.effective("proxy_buffer_size").unwrap();
        assert_eq!((buf.file.as_str(), buf.line), ("nginx/snippets/proxy.conf", 2));
        assert!(servers[0].tls());
    }

    #[test]
    fn location_selection_follows_nginx_order() {
        let c = cfg(&[(
            "site.conf",
            "server { location / { proxy_pass http://a; } location ^~ /health { deny all; } location ~ ^/metrics$ { return 404; } location = /health/live { proxy_pass http://a; } }",
        )]);
        let s = &c.servers()[0];
        assert_eq!(s.select_location("/health/ready").map(|l| l.arg(1)), Some("/health"));
        assert_eq!(
            s.select_location("/health/live").map(|l| l.arg(1)),
            Some("/health/live")
        );
        assert!(denies(s.select_location("/metrics").unwrap()));
        assert!(!denies(s.select_location("/connect/token").unwrap()));
    }

    #[test]
    fn sizes() {
        assert_eq!(size("16k"), Some(16384));
        assert_eq!(size("4096"), Some(4096));
        assert_eq!(size("x"), None);
    }

    #[test]
    fn non_nginx_conf_is_ignored() {
        let c = cfg(&[
            ("redis.conf", "appendonly yes\nsave 900 1\n"),
            ("app.conf", "[section]\nkey=value\n"),
        ]);
        assert!(c.files.is_empty() && c.errors.is_empty());
    }
}
