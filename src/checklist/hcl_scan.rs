//! A linear pre-check of Terraform text before hcl-edit parses it: quoted strings end on their
//! line, heredocs and block comments end, and brackets balance. hcl-edit's parser backtracks
//! on malformed input, and a 1 KB file of unclosed `-(` groups ending in an unterminated string
//! took it 0.9 s in a release build and over 10 s under the fuzzer (found by
//! fuzz/fuzz_targets/hcl.rs, kept as fuzz/seeds/hcl/regress-unclosed-groups-and-string). Text
//! that fails here is not valid HCL, so `terraform` would reject it too; it is reported as
//! unparsed with the line, never handed to the parser.

/// The first structural error: (1-based line, message).
pub fn structural_error(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    // Open delimiters with the line they opened on: `(`, `[`, `{`, `"` (a quoted string) and
    // `$` (a `${`/`%{` template interpolation inside a string, closed by `}`).
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let in_string = matches!(stack.last(), Some((b'"', _)));
        if in_string {
            match c {
                b'\\' => i += 1,
                b'"' => {
                    stack.pop();
                }
                b'\n' => return Some((line, "a quoted string is not closed on its line".to_string())),
                b'$' | b'%' if bytes.get(i + 1) == Some(&b'{') => {
                    stack.push((b'$', line));
                    i += 1;
                }
                _ => {}
            }
        } else {
            match c {
                b'#' => i = skip_line(bytes, i),
                b'/' if bytes.get(i + 1) == Some(&b'/') => i = skip_line(bytes, i),
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    let start = line;
                    let Some(end) = text[i + 2..].find("*/") else {
                        return Some((start, "a /* comment is not closed".to_string()));
                    };
                    line += text[i..i + 2 + end].matches('\n').count();
                    i += end + 3;
                }
                b'<' if bytes.get(i + 1) == Some(&b'<') => match heredoc(text, i) {
                    Heredoc::Not => i += 1,
                    Heredoc::Ends(next, lines) => {
                        line += lines;
                        i = next;
                        continue;
                    }
                    Heredoc::Open(tag) => return Some((line, format!("the heredoc <<{tag} is not closed"))),
                },
                b'"' | b'(' | b'[' | b'{' => stack.push((c, line)),
                b')' | b']' | b'}' => {
                    let want = match c {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    match stack.pop() {
                        Some((open, _)) if open == want || (c == b'}' && open == b'$') => {}
                        Some((open, at)) => {
                            return Some((
                                line,
                                format!("`{}` closes the `{}` opened on line {at}", c as char, open as char),
                            ));
                        }
                        None => return Some((line, format!("`{}` closes nothing", c as char))),
                    }
                }
                _ => {}
            }
        }
        if bytes.get(i) == Some(&b'\n') {
            line += 1;
        }
        i += 1;
    }
    stack.last().map(|(open, at)| {
        let what = match open {
            b'"' => "a quoted string".to_string(),
            b'$' => "a template interpolation".to_string(),
            o => format!("`{}`", *o as char),
        };
        (*at, format!("{what} opened here is never closed"))
    })
}

/// The index of the newline ending the line at `i` (or the end), so the main loop counts it.
fn skip_line(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|b| *b == b'\n')
        .map(|p| i + p)
        .unwrap_or(bytes.len())
}

enum Heredoc {
    /// `<<` that does not start a heredoc (e.g. inside an expression).
    Not,
    /// The index after the closing tag's line, and how many newlines were passed.
    Ends(usize, usize),
    /// The tag never appears alone on a line.
    Open(String),
}

/// `<<TAG` or `<<-TAG` followed by a newline starts a heredoc that ends at a line holding only
/// TAG (leading spaces allowed with `<<-`, and accepted here for both).
fn heredoc(text: &str, at: usize) -> Heredoc {
    let rest = &text[at + 2..];
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let tag: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let after = &rest[tag.len()..];
    if tag.is_empty() || !(after.starts_with('\n') || after.starts_with("\r\n")) {
        return Heredoc::Not;
    }
    let body_start = text.len() - after.len();
    let mut offset = body_start;
    let mut lines = 0;
    for l in text[body_start..].split_inclusive('\n') {
        offset += l.len();
        lines += l.matches('\n').count();
        if lines > 1 && l.trim() == tag {
            return Heredoc::Ends(offset, lines);
        }
    }
    Heredoc::Open(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_terraform_passes() {
        let text = "# a comment with \" and (\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"logs-${var.env}-${lookup(var.m, \"k\")}\"\n  policy = <<-EOT\n    {\"Version\": \"2012-10-17\", \"Statement\": [\n    EOT\n  tags = { a = [1, (2 + 3)] } // end\n  /* block\n  comment ( */\n}\n";
        assert_eq!(structural_error(text), None);
    }

    #[test]
    fn malformed_input_is_named_by_line() {
        assert_eq!(structural_error("a = \"open\nb = 1\n").map(|e| e.0), Some(1));
        assert_eq!(structural_error("a = (1\nb = [2\n").map(|e| e.0), Some(2));
        assert_eq!(structural_error("a = 1)\n").map(|e| e.0), Some(1));
        assert_eq!(structural_error("x = <<EOT\nnever closed\n").map(|e| e.0), Some(1));
        assert_eq!(structural_error("/* open\n").map(|e| e.0), Some(1));
        assert_eq!(structural_error("a = [1, 2)\n").map(|e| e.0), Some(1));
    }

    #[test]
    fn the_fuzzers_slow_input_is_refused_at_once() {
        let text = format!("Resource = {}c---am\"\n", "------2-----(---0--1-".repeat(20));
        assert!(structural_error(&text).is_some());
    }
}
