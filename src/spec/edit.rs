//! Edits `idsgen.yaml` in place: given the text a spec was read from and the new spec, rewrites
//! only the scalars, keys and list items that changed, so comments and layout elsewhere survive.
//!
//! What changed is decided on the two specs serialized the same way (so defaults the file leaves
//! out are not "changes"); where it changed is found in the file with yaml-rust2's markers. The
//! result is parsed again and must give exactly the new spec, or the caller falls back to a full
//! rewrite and says that comments were lost.

use crate::spec::load;
use crate::spec::types::Spec;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};
use yaml_serde::Value;

/// Why an in-place edit was not possible (the caller rewrites the whole file instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotInPlace(pub String);

/// Rewrites `original` so that it means `new`, touching only what differs from the spec
/// `original` means. Fails when `original` does not parse as a spec, uses YAML the editor does
/// not handle (anchors, aliases, tags, several documents), or the edited text would not read
/// back as exactly `new`.
pub fn edit_in_place(original: &str, new: &Spec) -> Result<String, NotInPlace> {
    let old = load::parse("idsgen.yaml", original).map_err(|e| NotInPlace(format!("the file does not parse: {e}")))?;
    if old == *new {
        return Ok(original.to_string());
    }
    let old_value = to_value(&old)?;
    let new_value = to_value(new)?;
    let root = Tree::parse(original)?;
    let mut editor = Editor {
        text: original,
        splices: Vec::new(),
    };
    if !editor.walk(&root, &old_value, &new_value)? {
        return Err(NotInPlace("the document's top level is not a block mapping".into()));
    }
    let edited = editor.apply();
    match load::parse("idsgen.yaml", &edited) {
        Ok(spec) if spec == *new => Ok(edited),
        Ok(_) => Err(NotInPlace("the edited file would mean a different spec".into())),
        Err(e) => Err(NotInPlace(format!("the edited file would not parse: {e}"))),
    }
}

fn to_value(spec: &Spec) -> Result<Value, NotInPlace> {
    yaml_serde::to_value(spec).map_err(|e| NotInPlace(format!("the spec does not serialize: {e}")))
}

/// One node of the file, with byte offsets into it.
#[derive(Debug)]
struct Node {
    kind: Kind,
    /// Where the node starts (a block sequence: its first `-`).
    start: usize,
    /// Where its text ends, when known exactly (scalars other than block scalars, flow
    /// collections); block collections end where their last child ends.
    end: Option<usize>,
    /// Where the next event after this node starts (an upper bound for its end).
    next: usize,
}

#[derive(Debug)]
enum Kind {
    Scalar,
    Seq {
        items: Vec<Node>,
        flow: bool,
    },
    Map {
        entries: Vec<(String, Node, Node)>,
        flow: bool,
    },
}

/// The parsed file.
struct Tree;

/// Collects events with their byte offsets.
struct Events<'a> {
    text: &'a str,
    /// Byte offset of every char index (plus the end).
    bytes: Vec<usize>,
    list: Vec<(Event, usize)>,
}

impl MarkedEventReceiver for Events<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = self.bytes.get(mark.index()).copied().unwrap_or(self.text.len());
        self.list.push((ev, at));
    }
}

impl Tree {
    fn parse(text: &str) -> Result<Node, NotInPlace> {
        let mut events = Events {
            text,
            bytes: text.char_indices().map(|(b, _)| b).chain([text.len()]).collect(),
            list: Vec::new(),
        };
        Parser::new_from_str(text)
            .load(&mut events, true)
            .map_err(|e| NotInPlace(format!("YAML does not parse: {e}")))?;
        let docs = events.list.iter().filter(|(e, _)| *e == Event::DocumentStart).count();
        if docs != 1 {
            return Err(NotInPlace("the file holds more than one YAML document".into()));
        }
        let start = events
            .list
            .iter()
            .position(|(e, _)| *e == Event::DocumentStart)
            .expect("counted above")
            + 1;
        let mut builder = Builder {
            text,
            events: &events.list,
            at: start,
        };
        builder.node(false)
    }
}

struct Builder<'a> {
    text: &'a str,
    events: &'a [(Event, usize)],
    at: usize,
}

impl Builder<'_> {
    fn next_offset(&self) -> usize {
        self.events.get(self.at).map_or(self.text.len(), |(_, o)| *o)
    }

    fn node(&mut self, in_flow: bool) -> Result<Node, NotInPlace> {
        let Some((event, start)) = self.events.get(self.at).cloned() else {
            return Err(NotInPlace("the YAML ends early".into()));
        };
        self.at += 1;
        match event {
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(NotInPlace("the file uses YAML anchors or tags".into()));
                }
                let end = scalar_end(self.text, start, style, &value, in_flow);
                Ok(Node {
                    kind: Kind::Scalar,
                    start,
                    end,
                    next: self.next_offset(),
                })
            }
            Event::SequenceStart(anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(NotInPlace("the file uses YAML anchors or tags".into()));
                }
                let flow = self.text[start..].starts_with('[');
                let mut items = Vec::new();
                while !matches!(self.events.get(self.at), Some((Event::SequenceEnd, _)) | None) {
                    items.push(self.node(flow || in_flow)?);
                }
                let close = self.next_offset();
                self.at += 1;
                Ok(Node {
                    kind: Kind::Seq { items, flow },
                    start,
                    end: flow.then_some(close + 1),
                    next: self.next_offset(),
                })
            }
            Event::MappingStart(anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(NotInPlace("the file uses YAML anchors or tags".into()));
                }
                let flow = self.text[start..].starts_with('{');
                let mut entries = Vec::new();
                while !matches!(self.events.get(self.at), Some((Event::MappingEnd, _)) | None) {
                    let key_name = match self.events.get(self.at) {
                        Some((Event::Scalar(k, ..), _)) => k.clone(),
                        _ => return Err(NotInPlace("a mapping key is not plain text".into())),
                    };
                    let key = self.node(flow || in_flow)?;
                    let value = self.node(flow || in_flow)?;
                    entries.push((key_name, key, value));
                }
                let close = self.next_offset();
                self.at += 1;
                Ok(Node {
                    kind: Kind::Map { entries, flow },
                    start,
                    end: flow.then_some(close + 1),
                    next: self.next_offset(),
                })
            }
            Event::Alias(_) => Err(NotInPlace("the file uses YAML aliases".into())),
            other => Err(NotInPlace(format!("unexpected YAML event {other:?}"))),
        }
    }
}

/// The end of a scalar's text, when it can be found exactly and it reads back as `value`.
fn scalar_end(text: &str, start: usize, style: TScalarStyle, value: &str, in_flow: bool) -> Option<usize> {
    let rest = &text[start..];
    let bytes = rest.as_bytes();
    match style {
        TScalarStyle::SingleQuoted => {
            let mut i = 1;
            while i < bytes.len() {
                if bytes[i] == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    return Some(start + i + 1);
                }
                i += 1;
            }
            None
        }
        TScalarStyle::DoubleQuoted => {
            let mut i = 1;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    b'"' => return Some(start + i + 1),
                    _ => i += 1,
                }
            }
            None
        }
        TScalarStyle::Plain => {
            let line = rest.split('\n').next().unwrap_or("");
            let mut end = line.len();
            if let Some(c) = line.find(" #") {
                end = end.min(c);
            }
            if in_flow && let Some(c) = line.find([',', ']', '}']) {
                end = end.min(c);
            }
            let raw = line[..end].trim_end();
            // Plain scalars that continue on the next line are not edited in place.
            (raw == value).then_some(start + raw.len())
        }
        TScalarStyle::Literal | TScalarStyle::Folded => None,
    }
}

/// Replacements of byte ranges of the original text.
struct Editor<'a> {
    text: &'a str,
    splices: Vec<(usize, usize, String)>,
}

impl Editor<'_> {
    /// Edits `node` (which means `old`) so it means `new`. Returns false when the node cannot be
    /// edited piecewise and must be replaced whole by the caller.
    fn walk(&mut self, node: &Node, old: &Value, new: &Value) -> Result<bool, NotInPlace> {
        if old == new {
            return Ok(true);
        }
        match (&node.kind, old, new) {
            (Kind::Map { entries, flow: false }, Value::Mapping(o), Value::Mapping(n)) if !n.is_empty() => {
                // The mapping's start marker is not always at its first key; the key is.
                let indent = entries.first().map_or(0, |(_, k, _)| column(self.text, k.start));
                for (key, new_child) in n {
                    let Some(name) = key.as_str() else {
                        return Err(NotInPlace("a mapping key is not text".into()));
                    };
                    let old_child = o.get(key);
                    match entries.iter().find(|(k, _, _)| k == name) {
                        Some((_, key_node, value_node)) => {
                            // Edited piecewise where the old value is known, else replaced.
                            let edited = match old_child {
                                Some(old_child) => self.walk(value_node, old_child, new_child)?,
                                None => false,
                            };
                            if !edited {
                                self.replace_value(key_node, value_node, new_child, indent)?;
                            }
                        }
                        None if old_child == Some(new_child) => {}
                        None => {
                            let after = self.content_end(entries.last().map(|(_, _, v)| v).unwrap_or(node))?;
                            let at = line_end(self.text, after);
                            let mut block = String::new();
                            block_entry(&mut block, name, new_child, indent)?;
                            self.insert(at, block);
                        }
                    }
                }
                for (key, _) in o {
                    let Some(name) = key.as_str() else { continue };
                    if n.contains_key(key) {
                        continue;
                    }
                    if let Some((_, key_node, value_node)) = entries.iter().find(|(k, _, _)| k == name) {
                        let end = line_end(self.text, self.content_end(value_node)?);
                        self.splices
                            .push((line_start(self.text, key_node.start), end, String::new()));
                    }
                }
                Ok(true)
            }
            (Kind::Seq { items, flow: false }, Value::Sequence(o), Value::Sequence(n))
                if !n.is_empty() && items.len() == o.len() =>
            {
                let dash_indent = self.dash_column(items.first().map_or(node.start, |i| i.start));
                for (i, (item, new_item)) in items.iter().zip(n).enumerate() {
                    if o[i] != *new_item && !self.walk(item, &o[i], new_item)? {
                        let end = self.content_end(item)?;
                        let mut block = String::new();
                        block_item(&mut block, new_item, dash_indent)?;
                        let block = block.trim_end_matches('\n');
                        let body = block.get(dash_indent + 2..).unwrap_or("").to_string();
                        self.splices.push((item.start, end, body));
                    }
                }
                if n.len() < items.len() {
                    for item in &items[n.len()..] {
                        let end = line_end(self.text, self.content_end(item)?);
                        self.splices
                            .push((line_start(self.text, item.start), end, String::new()));
                    }
                } else if n.len() > items.len() {
                    let last = items.last().expect("a block sequence has an item");
                    let at = line_end(self.text, self.content_end(last)?);
                    let mut block = String::new();
                    for new_item in &n[items.len()..] {
                        block_item(&mut block, new_item, dash_indent)?;
                    }
                    self.insert(at, block);
                }
                Ok(true)
            }
            (Kind::Map { entries, flow: true }, Value::Mapping(o), Value::Mapping(n)) => {
                // In place only when every changed key is in the file and none comes or goes.
                let in_file = |name: &str| entries.iter().find(|(k, _, _)| k == name);
                let fits = n.iter().all(|(k, v)| {
                    let name = k.as_str().unwrap_or("");
                    o.get(k) == Some(v) || (o.contains_key(k) && in_file(name).is_some_and(|(_, _, c)| c.end.is_some()))
                }) && o
                    .keys()
                    .all(|k| n.contains_key(k) || in_file(k.as_str().unwrap_or("")).is_none());
                if !fits {
                    return Ok(false);
                }
                for (k, v) in n {
                    let old_child = &o[k];
                    if old_child != v {
                        let (_, _, child) = in_file(k.as_str().unwrap_or("")).expect("checked above");
                        if !self.walk(child, old_child, v)? {
                            self.splices
                                .push((child.start, child.end.expect("checked above"), flow(v)?));
                        }
                    }
                }
                Ok(true)
            }
            (Kind::Seq { items, flow: true }, Value::Sequence(o), Value::Sequence(n))
                if items.len() == o.len() && o.len() == n.len() && items.iter().all(|i| i.end.is_some()) =>
            {
                for (item, (old_item, new_item)) in items.iter().zip(o.iter().zip(n)) {
                    if old_item != new_item && !self.walk(item, old_item, new_item)? {
                        self.splices
                            .push((item.start, item.end.expect("checked above"), flow(new_item)?));
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Replaces the value of a mapping entry with `new`: a scalar or flow collection in place,
    /// a block collection from the `:` on.
    fn replace_value(&mut self, key: &Node, value: &Node, new: &Value, indent: usize) -> Result<(), NotInPlace> {
        let end = match (&value.kind, value.end) {
            // A flow collection stays one: `{ kind: redis }`, `[a, b]`.
            (Kind::Seq { .. } | Kind::Map { .. }, Some(end)) => {
                self.splices.push((value.start, end, flow(new)?));
                return Ok(());
            }
            (Kind::Scalar, Some(end)) if !is_nested(new) => {
                self.splices.push((value.start, end, flow(new)?));
                return Ok(());
            }
            (Kind::Scalar, None) => return Err(NotInPlace("a multi-line scalar changed".into())),
            _ => self.content_end(value)?,
        };
        // A block, or a scalar that becomes a section: rewrite from the `:` on.
        let colon = self.colon_after(key)?;
        let mut block = String::new();
        block_entry(&mut block, "k", new, indent)?;
        let (_, body) = block.split_once(':').unwrap_or(("", ""));
        self.splices
            .push((colon + 1, end, body.trim_end_matches('\n').to_string()));
        Ok(())
    }

    /// Column of the `-` that introduces the block sequence item starting at `item_start`.
    fn dash_column(&self, item_start: usize) -> usize {
        let from = line_start(self.text, item_start);
        self.text[from..item_start].rfind('-').unwrap_or(0)
    }

    fn colon_after(&self, key: &Node) -> Result<usize, NotInPlace> {
        let from = key.end.ok_or_else(|| NotInPlace("a key spans lines".into()))?;
        self.text[from..]
            .find(':')
            .map(|i| from + i)
            .ok_or_else(|| NotInPlace("no `:` after a key".into()))
    }

    /// The end of the last text that belongs to `node` (not the comments after it).
    fn content_end(&self, node: &Node) -> Result<usize, NotInPlace> {
        if let Some(end) = node.end {
            return Ok(end);
        }
        match &node.kind {
            Kind::Map { entries, .. } => match entries.last() {
                Some((_, _, v)) => self.content_end(v),
                None => Err(NotInPlace("an empty block mapping".into())),
            },
            Kind::Seq { items, .. } => match items.last() {
                Some(v) => self.content_end(v),
                None => Err(NotInPlace("an empty block sequence".into())),
            },
            Kind::Scalar => {
                // A block scalar: its last line with text before the next event.
                let region = &self.text[node.start..node.next.max(node.start)];
                let mut end = node.start;
                let mut offset = node.start;
                for line in region.split_inclusive('\n') {
                    let t = line.trim();
                    if !t.is_empty() && !t.starts_with('#') {
                        end = offset + line.trim_end().len();
                    }
                    offset += line.len();
                }
                Ok(end)
            }
        }
    }

    fn insert(&mut self, at: usize, text: String) {
        let text = if at == self.text.len() && !self.text.ends_with('\n') {
            format!("\n{}", text.trim_end_matches('\n'))
        } else {
            text
        };
        self.splices.push((at, at, text));
    }

    fn apply(mut self) -> String {
        // Later splices first, so earlier offsets stay valid; insertions at one point keep
        // their order.
        let mut indexed: Vec<(usize, (usize, usize, String))> = self.splices.drain(..).enumerate().collect();
        indexed.sort_by(|(ia, a), (ib, b)| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(ib.cmp(ia)));
        let mut out = self.text.to_string();
        for (_, (start, end, text)) in indexed {
            out.replace_range(start..end, &text);
        }
        out
    }
}

/// `[]` or `{}`: left out of new blocks, as the presets leave them out (the verification that
/// follows every edit proves they meant the default).
fn is_empty_collection(value: &Value) -> bool {
    matches!(value, Value::Sequence(s) if s.is_empty()) || matches!(value, Value::Mapping(m) if m.is_empty())
}

/// Whether `value` holds collections (written as a block, not on one line).
fn is_nested(value: &Value) -> bool {
    match value {
        Value::Mapping(m) => m.values().any(|v| matches!(v, Value::Mapping(_) | Value::Sequence(_))),
        Value::Sequence(s) => s.iter().any(|v| matches!(v, Value::Mapping(_) | Value::Sequence(_))),
        _ => false,
    }
}

/// Whether `value` is written on one line: scalars, lists of scalars (`[openid, api]`) and
/// short mappings of scalars (`{ secret: idsrv-db }`), as the presets write them.
fn fits_one_line(value: &Value) -> bool {
    match value {
        Value::Mapping(m) => m.is_empty() || (!is_nested(value) && flow(value).is_ok_and(|t| t.len() <= 60)),
        other => !is_nested(other),
    }
}

/// `name: value` at `indent`, as lines ending in `\n`: scalars and lists of scalars on one line
/// (`scopes: [openid, api]`, as the presets write them), mappings and lists of mappings as blocks.
fn block_entry(out: &mut String, name: &str, value: &Value, indent: usize) -> Result<(), NotInPlace> {
    let pad = " ".repeat(indent);
    let key = flow_scalar(&Value::String(name.to_string()))?;
    match value {
        Value::Mapping(m) if !fits_one_line(value) => {
            out.push_str(&format!("{pad}{key}:\n"));
            for (k, v) in m.iter().filter(|(_, v)| !is_empty_collection(v)) {
                let k = k
                    .as_str()
                    .ok_or_else(|| NotInPlace("a mapping key is not text".into()))?;
                block_entry(out, k, v, indent + 2)?;
            }
        }
        Value::Sequence(items) if !fits_one_line(value) => {
            out.push_str(&format!("{pad}{key}:\n"));
            for item in items {
                block_item(out, item, indent + 2)?;
            }
        }
        _ => out.push_str(&format!("{pad}{key}: {}\n", flow(value)?)),
    }
    Ok(())
}

/// `- item` with its dash at `indent`.
fn block_item(out: &mut String, item: &Value, indent: usize) -> Result<(), NotInPlace> {
    let pad = " ".repeat(indent);
    match item {
        Value::Mapping(m) if !m.is_empty() => {
            let mut body = String::new();
            for (k, v) in m.iter().filter(|(_, v)| !is_empty_collection(v)) {
                let k = k
                    .as_str()
                    .ok_or_else(|| NotInPlace("a mapping key is not text".into()))?;
                block_entry(&mut body, k, v, indent + 2)?;
            }
            // The first entry goes on the dash's line.
            out.push_str(&pad);
            out.push_str("- ");
            out.push_str(&body[indent + 2..]);
        }
        _ => out.push_str(&format!("{pad}- {}\n", flow(item)?)),
    }
    Ok(())
}

/// `value` on one line: `[a, b]`, `{ k: v }` or a scalar.
fn flow(value: &Value) -> Result<String, NotInPlace> {
    Ok(match value {
        Value::Sequence(items) => {
            let parts: Result<Vec<String>, NotInPlace> = items.iter().map(flow).collect();
            format!("[{}]", parts?.join(", "))
        }
        Value::Mapping(m) if m.is_empty() => "{}".to_string(),
        Value::Mapping(m) => {
            let mut parts = Vec::new();
            for (k, v) in m {
                parts.push(format!("{}: {}", flow_scalar(k)?, flow(v)?));
            }
            format!("{{ {} }}", parts.join(", "))
        }
        scalar => flow_scalar(scalar)?,
    })
}

/// A scalar as YAML text that is safe inside `[...]` and `{...}`: plain where the YAML
/// serializer writes it plain and it holds no flow indicator or comment start, else JSON-quoted
/// (a JSON string is a YAML double-quoted scalar).
fn flow_scalar(value: &Value) -> Result<String, NotInPlace> {
    match value {
        Value::Null => Ok("null".to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        Value::String(s) => {
            let written =
                yaml_serde::to_string(value).map_err(|e| NotInPlace(format!("a value does not serialize: {e}")))?;
            let written = written.strip_suffix('\n').unwrap_or(&written);
            let plain = written == s
                && !s.is_empty()
                && !s.contains([',', '[', ']', '{', '}', '#', '\n', '"', '\''])
                && !s.contains(": ");
            if plain {
                Ok(s.clone())
            } else if written.starts_with('\'') && !written.contains('\n') {
                Ok(written.to_string())
            } else {
                Ok(serde_json::to_string(s).expect("a string serializes"))
            }
        }
        _ => Err(NotInPlace("a tagged value".into())),
    }
}

/// Column (in bytes) of `offset` on its line.
fn column(text: &str, offset: usize) -> usize {
    offset - line_start(text, offset)
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The offset just after the newline that ends the line holding `offset` (or the text's end).
fn line_end(text: &str, offset: usize) -> usize {
    text[offset..].find('\n').map_or(text.len(), |i| offset + i + 1)
}

#[cfg(test)]
mod tests;
