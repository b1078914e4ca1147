//! Prints a `Topology` as a Mermaid flowchart or Graphviz dot. Labels are escaped for each
//! language, so a spec value with quotes, brackets or newlines cannot break the drawing.

use super::{Shape, Topology};
use std::fmt::Write;

fn mermaid_text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A Mermaid `flowchart LR`.
pub fn mermaid(t: &Topology) -> String {
    let mut out = String::from("flowchart LR\n");
    for n in &t.nodes {
        let label: Vec<String> = n.label.iter().map(|l| mermaid_text(l)).collect();
        let label = label.join("<br/>");
        let (open, close) = match n.shape {
            Shape::Cloud => ("((", "))"),
            Shape::Proxy => ("[", "]"),
            Shape::App => ("[[", "]]"),
            Shape::Store => ("[(", ")]"),
            Shape::Service => ("{{", "}}"),
        };
        let _ = writeln!(out, "    {}{open}\"{label}\"{close}", n.id);
    }
    for e in &t.edges {
        let _ = writeln!(out, "    {} -->|\"{}\"| {}", e.from, mermaid_text(&e.label), e.to);
    }
    out
}

fn dot_text(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace(['\n', '\r'], " ")
}

/// A Graphviz digraph.
pub fn dot(t: &Topology) -> String {
    let mut out = String::from("digraph idsgen {\n    rankdir=LR;\n    node [fontname=\"Helvetica\"];\n");
    for n in &t.nodes {
        let label: Vec<String> = n.label.iter().map(|l| dot_text(l)).collect();
        let shape = match n.shape {
            Shape::Cloud => "ellipse",
            Shape::Proxy => "box",
            Shape::App => "box3d",
            Shape::Store => "cylinder",
            Shape::Service => "hexagon",
        };
        let _ = writeln!(out, "    {} [shape={shape}, label=\"{}\"];", n.id, label.join("\\n"));
    }
    for e in &t.edges {
        let _ = writeln!(out, "    {} -> {} [label=\"{}\"];", e.from, e.to, dot_text(&e.label));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, Node};

    fn tiny(label: &str) -> Topology {
        Topology {
            nodes: vec![Node {
                id: "a".into(),
                label: vec![label.into()],
                shape: Shape::Proxy,
            }],
            edges: vec![Edge {
                from: "a".into(),
                to: "a".into(),
                label: label.into(),
            }],
        }
    }

    #[test]
    fn labels_cannot_break_out() {
        let m = mermaid(&tiny("x\"]\n--> evil[\"y"));
        assert!(m.contains("a[\"x#quot;] --#gt; evil[#quot;y\"]"), "{m}");
        assert_eq!(
            m.lines().count(),
            3,
            "a newline in a label must not start a statement: {m}"
        );
        let d = dot(&tiny("x\"];\nevil [label=\"y"));
        assert!(d.contains("label=\"x\\\"]; evil [label=\\\"y\"]"), "{d}");
        assert_eq!(d.lines().count(), 6, "{d}");
    }
}
