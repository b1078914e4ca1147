//! Bounds on what untrusted text may cost before any reader builds a tree from it: file size,
//! JSON/YAML nesting depth and YAML alias expansion, measured by cheap scans that never expand.

use crate::error::Error;
use std::path::Path;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Files `check` reads larger than this are skipped unread (configuration is never this big).
pub const MAX_CHECK_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// Largest idsgen.yaml `plan`/`apply`/`render` accept: presets are a few KB, a spec with 5,000
/// clients about 1.1 MB (`cargo bench --bench render`), so this leaves room for ~35,000.
pub const MAX_SPEC_BYTES: u64 = 8 * 1024 * 1024;
/// Most YAML nodes a spec may expand to: a client is about 25 nodes, so ~40,000 clients; an alias
/// bomb still stops here, long before memory does.
pub const MAX_SPEC_YAML_NODES: u64 = 1_000_000;
/// Largest lock accepted: it holds the last render of every file, so it is allowed to be big.
pub const MAX_LOCK_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest JSON/YAML nesting any reader accepts (real configuration stays under 20).
pub const MAX_DEPTH: usize = 64;
/// Most YAML nodes a document may expand to once aliases are followed.
pub const MAX_YAML_NODES: u64 = 100_000;

/// Why a text was refused; the message names the limit and what to do.
pub type Refusal = String;

/// Reads a file of at most `max` bytes as text: the size is judged from metadata before
/// reading, and the read is capped too (special files report a length of 0).
pub fn read_capped(path: &Path, max: u64, what: &str) -> crate::error::Result<String> {
    use std::io::Read;
    let refuse = |len: u64| {
        check_size(len, max, what).map_err(|message| Error::Parse {
            source_name: path.display().to_string(),
            line: None,
            column: None,
            message,
        })
    };
    // Judged before opening: opening a FIFO for reading blocks until someone writes to it.
    let meta = std::fs::metadata(path).map_err(|e| Error::io("reading", path, e))?;
    if !meta.is_file() {
        return Err(Error::Parse {
            source_name: path.display().to_string(),
            line: None,
            column: None,
            message: format!("the {what} is not a regular file.\n  fix: point idsgen at the file itself"),
        });
    }
    refuse(meta.len())?;
    let file = std::fs::File::open(path).map_err(|e| Error::io("reading", path, e))?;
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("reading", path, e))?;
    refuse(bytes.len() as u64)?;
    String::from_utf8(bytes).map_err(|e| Error::Parse {
        source_name: path.display().to_string(),
        line: None,
        column: None,
        message: format!(
            "not UTF-8 text (invalid byte at offset {}).\n  fix: save it as UTF-8",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// Refuses a spec (idsgen.yaml text) that is huge, deeply nested or an alias bomb, before any
/// parser expands it; the error names the source.
pub fn check_spec_text(source_name: &str, text: &str) -> crate::error::Result<()> {
    check_size(text.len() as u64, MAX_SPEC_BYTES, "spec")
        .and_then(|()| check_yaml_nodes(text, MAX_SPEC_YAML_NODES))
        .map_err(|message| Error::Parse {
            source_name: source_name.to_string(),
            line: None,
            column: None,
            message,
        })
}

/// Refuses `len` bytes over `max`, naming `what`.
pub fn check_size(len: u64, max: u64, what: &str) -> Result<(), Refusal> {
    if len > max {
        return Err(format!(
            "{what} is {} and the limit is {}; it was not read.\n  fix: this is larger than any real {what}; check it is the right file",
            human(len),
            human(max)
        ));
    }
    Ok(())
}

/// `1.5 MB`-style size.
pub fn human(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Refuses JSON (with comments) nested deeper than `MAX_DEPTH`, with the line where it does.
/// Brackets inside strings and comments do not count.
pub fn check_json_depth(text: &str) -> Result<(), Refusal> {
    let bytes = text.as_bytes();
    let (mut depth, mut line, mut i) = (0usize, 1usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'"' | b'\'' => {
                let quote = bytes[i];
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'\n' => line += 1,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    line += usize::from(bytes[i] == b'\n');
                    i += 1;
                }
                i += 1;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(too_deep(line));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

fn too_deep(line: usize) -> Refusal {
    format!(
        "nesting deeper than {MAX_DEPTH} levels at line {line}; it was not read.\n  fix: no real configuration nests this deep; flatten it"
    )
}

/// Counts what a YAML text would become, without building it: nesting depth and nodes after
/// alias expansion (an "alias bomb" is tiny as text and enormous expanded).
#[derive(Default)]
struct YamlCost {
    /// Open containers: node count so far and the anchor id to record on close.
    stack: Vec<(u64, usize)>,
    /// Expanded size of each anchored node, by anchor id.
    anchors: std::collections::HashMap<usize, u64>,
    /// Expanded size of the documents so far.
    total: u64,
    /// First refusal, with its line.
    refused: Option<Refusal>,
    /// Most nodes accepted.
    max_nodes: u64,
}

impl YamlCost {
    fn add(&mut self, n: u64) {
        match self.stack.last_mut() {
            Some((count, _)) => *count = count.saturating_add(n),
            None => self.total = self.total.saturating_add(n),
        }
    }
}

impl MarkedEventReceiver for YamlCost {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.refused.is_some() {
            return;
        }
        match ev {
            Event::Scalar(_, _, anchor, _) => {
                if anchor > 0 {
                    self.anchors.insert(anchor, 1);
                }
                self.add(1);
            }
            Event::Alias(id) => {
                let n = self.anchors.get(&id).copied().unwrap_or(1);
                self.add(n);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                self.stack.push((1, anchor));
                if self.stack.len() > MAX_DEPTH {
                    self.refused = Some(too_deep(mark.line().max(1)));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((n, anchor)) = self.stack.pop() {
                    if anchor > 0 {
                        self.anchors.insert(anchor, n);
                    }
                    self.add(n);
                }
            }
            _ => {}
        }
        let open: u64 = self.stack.iter().map(|(n, _)| *n).fold(self.total, u64::saturating_add);
        if self.refused.is_none() && open > self.max_nodes {
            self.refused = Some(format!(
                "expands to more than {} values once its aliases (*name) are followed (line {}); it was not read.\n  fix: write the values out instead of repeating aliases of aliases",
                self.max_nodes,
                mark.line().max(1)
            ));
        }
    }
}

/// Refuses YAML nested deeper than `MAX_DEPTH` or expanding to more than `MAX_YAML_NODES` nodes.
/// Syntax errors are left to the real parser, which reports them better.
pub fn check_yaml(text: &str) -> Result<(), Refusal> {
    check_yaml_nodes(text, MAX_YAML_NODES)
}

/// `check_yaml` with its own node budget (a spec may be bigger than any configuration file).
pub fn check_yaml_nodes(text: &str, max_nodes: u64) -> Result<(), Refusal> {
    let mut cost = YamlCost {
        max_nodes,
        ..YamlCost::default()
    };
    let mut parser = Parser::new_from_str(text);
    let _ = parser.load(&mut cost, true);
    match cost.refused {
        Some(r) => Err(r),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_depth_counts_brackets_outside_strings_and_comments() {
        assert!(check_json_depth(&format!("{}{}", "[".repeat(64), "]".repeat(64))).is_ok());
        let deep = format!("{{\n\"a\":{}{}}}", "[".repeat(70), "]".repeat(70));
        let err = check_json_depth(&deep).unwrap_err();
        assert!(err.contains("deeper than 64") && err.contains("line 2"), "{err}");
        let quoted = format!(
            "{{ \"a\": \"{}\", // {}\n /* {} */ }}",
            "[".repeat(100),
            "{".repeat(100),
            "[".repeat(100)
        );
        assert!(check_json_depth(&quoted).is_ok());
        assert!(check_json_depth("{\"a\": \"\\\"[[[\"}").is_ok());
    }

    #[test]
    fn yaml_alias_bomb_is_refused_without_expanding() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
        let mut prev = "a";
        for n in names {
            bomb.push_str(&format!(
                "{n}: &{n} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = n;
        }
        let err = check_yaml(&bomb).unwrap_err();
        assert!(err.contains("aliases"), "{err}");
        // A few honest anchors are fine.
        assert!(check_yaml("base: &b {x: 1, y: 2}\none: *b\ntwo: *b\n").is_ok());
    }

    #[test]
    fn yaml_depth_is_bounded() {
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert!(check_yaml(&deep).unwrap_err().contains("deeper than 64"));
        let block: String = (0..70).map(|i| format!("{}k{i}:\n", "  ".repeat(i))).collect();
        assert!(check_yaml(&block).unwrap_err().contains("deeper than 64"));
        assert!(check_yaml("a:\n  b:\n    c: [1, {d: 2}]\n").is_ok());
    }

    #[test]
    fn sizes_name_the_limit() {
        let err = check_size(200 * 1024 * 1024, MAX_CHECK_FILE_BYTES, "appsettings file").unwrap_err();
        assert!(err.contains("200.0 MB") && err.contains("2.0 MB"), "{err}");
        assert!(check_size(10, 10, "x").is_ok());
    }
}
