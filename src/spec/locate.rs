//! Maps a spec path such as `proxy.hops[1].trusted_networks[0]` to its line in the YAML source,
//! so diagnostics point into the user's file; also owns the spec-path syntax itself.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// One step of a spec path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A mapping key: `proxy`, `hops`.
    Field(String),
    /// A sequence index: `[1]`.
    Index(usize),
}

/// Splits `proxy.hops[1].trusted_networks[0]` into segments. Returns the offending text when the
/// path is malformed (empty segment, unclosed or non-numeric index).
pub fn parse_path(path: &str) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    if path.is_empty() {
        return Err("the path is empty".to_string());
    }
    for part in path.split('.') {
        let (name, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if name.is_empty() && (out.is_empty() || rest.is_empty()) {
            return Err(format!("`{path}` has an empty segment"));
        }
        if !name.is_empty() {
            out.push(Segment::Field(name.to_string()));
        }
        while !rest.is_empty() {
            let close = rest
                .find(']')
                .ok_or_else(|| format!("`{rest}` in `{path}` has no closing `]`"))?;
            let index = rest[1..close]
                .parse::<usize>()
                .map_err(|_| format!("`{}` in `{path}` is not an index such as `[0]`", &rest[..=close]))?;
            out.push(Segment::Index(index));
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with('[') {
                return Err(format!(
                    "`{part}` in `{path}` has text after `]`; separate fields with `.`"
                ));
            }
        }
    }
    Ok(out)
}

/// A YAML node with the 1-based line where it starts.
#[derive(Debug)]
enum Node {
    Scalar {
        line: usize,
        value: String,
    },
    Seq {
        line: usize,
        items: Vec<Node>,
    },
    Map {
        line: usize,
        entries: Vec<(String, usize, Node)>,
    },
}

impl Node {
    fn line(&self) -> usize {
        match self {
            Node::Scalar { line, .. } | Node::Seq { line, .. } | Node::Map { line, .. } => *line,
        }
    }
}

/// The line structure of a YAML document.
#[derive(Debug)]
pub struct SourceMap {
    root: Node,
}

impl SourceMap {
    /// Reads the first document of `text`; `None` when it is not valid YAML or is empty.
    pub fn parse(text: &str) -> Option<Self> {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        parser.load(&mut builder, false).ok()?;
        builder.root.map(|root| SourceMap { root })
    }

    /// The line of the node at `path`, or of its nearest ancestor present in the file when the
    /// node itself is absent (a missing `redis` section points at the document's first line).
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let segments = parse_path(path).ok()?;
        let mut node = &self.root;
        let mut line = node.line();
        for segment in &segments {
            let next = match (node, segment) {
                (Node::Map { entries, .. }, Segment::Field(name)) => entries
                    .iter()
                    .find(|(k, _, _)| k == name)
                    .map(|(_, key_line, child)| (*key_line, child)),
                (Node::Seq { items, .. }, Segment::Index(i)) => items.get(*i).map(|n| (n.line(), n)),
                _ => None,
            };
            match next {
                Some((l, child)) => {
                    line = l;
                    node = child;
                }
                None => break,
            }
        }
        Some(line)
    }
}

/// The 1-based line of `path` in `text` (see `SourceMap::line_of`).
pub fn line_of(text: &str, path: &str) -> Option<usize> {
    SourceMap::parse(text)?.line_of(path)
}

enum Frame {
    Seq {
        line: usize,
        items: Vec<Node>,
    },
    Map {
        line: usize,
        entries: Vec<(String, usize, Node)>,
        key: Option<(String, usize)>,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Node>,
    done: bool,
}

impl Builder {
    fn finish(&mut self, node: Node) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                Some((k, key_line)) => entries.push((k, key_line, node)),
                None => {
                    let name = match &node {
                        Node::Scalar { value, .. } => value.clone(),
                        _ => String::new(),
                    };
                    *key = Some((name, node.line()));
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.done {
            return;
        }
        let line = mark.line();
        match ev {
            Event::Scalar(value, ..) => self.finish(Node::Scalar { line, value }),
            Event::Alias(_) => self.finish(Node::Scalar {
                line,
                value: String::new(),
            }),
            Event::SequenceStart(..) => self.stack.push(Frame::Seq {
                line,
                items: Vec::new(),
            }),
            Event::MappingStart(..) => self.stack.push(Frame::Map {
                line,
                entries: Vec::new(),
                key: None,
            }),
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Frame::Seq { line, items }) => Node::Seq { line, items },
                    Some(Frame::Map { line, entries, .. }) => Node::Map { line, entries },
                    None => return,
                };
                self.finish(node);
            }
            Event::DocumentEnd => self.done = true,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# comment
version: 1
proxy:
  hops:
    - kind: nginx
      trusted_networks: [\"127.0.0.1\"]
    - kind: ingress-nginx
      trusted_networks:
        - 10.0.0.0/8
        - 10.1.0.0/16
cache: { kind: redis }
";

    #[test]
    fn paths_parse_into_segments() {
        use Segment::*;
        assert_eq!(
            parse_path("proxy.hops[1].trusted_networks[0]").unwrap(),
            vec![
                Field("proxy".into()),
                Field("hops".into()),
                Index(1),
                Field("trusted_networks".into()),
                Index(0)
            ]
        );
        assert_eq!(
            parse_path("a[0][2]").unwrap(),
            vec![Field("a".into()), Index(0), Index(2)]
        );
        assert!(parse_path("a..b").is_err());
        assert!(parse_path("a[x]").is_err());
        assert!(parse_path("a[1").is_err());
        assert!(parse_path("a[1]b").is_err());
        assert!(parse_path("").is_err());
    }

    #[test]
    fn finds_lines_of_present_nodes() {
        let map = SourceMap::parse(TEXT).unwrap();
        assert_eq!(map.line_of("version"), Some(2));
        assert_eq!(map.line_of("proxy.hops"), Some(4));
        assert_eq!(map.line_of("proxy.hops[0]"), Some(5));
        assert_eq!(map.line_of("proxy.hops[0].trusted_networks[0]"), Some(6));
        assert_eq!(map.line_of("proxy.hops[1].kind"), Some(7));
        assert_eq!(map.line_of("proxy.hops[1].trusted_networks[1]"), Some(10));
        assert_eq!(map.line_of("cache.kind"), Some(11));
    }

    #[test]
    fn absent_nodes_fall_back_to_the_nearest_ancestor() {
        let map = SourceMap::parse(TEXT).unwrap();
        assert_eq!(map.line_of("proxy.hops[1].forwards"), Some(7));
        assert_eq!(map.line_of("proxy.hops[5]"), Some(4));
        assert_eq!(map.line_of("redis"), Some(2));
        assert_eq!(map.line_of("cache.kind.deeper"), Some(11));
    }

    #[test]
    fn invalid_yaml_has_no_map() {
        assert!(SourceMap::parse("a: [1, 2").is_none());
        assert!(SourceMap::parse("").is_none());
    }
}
