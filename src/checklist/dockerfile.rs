//! Dockerfiles read by the engine: the line grammar (comments, `\` continuations, instruction
//! and arguments) with lines, for the image facts rules need (USER, COPY, ENV).

/// A Dockerfile instruction.
#[derive(Debug, Clone)]
pub struct Instruction {
    /// Upper-cased instruction (`FROM`, `USER`, `COPY`).
    pub name: String,
    /// The rest of the line (continuations joined).
    pub args: String,
    /// 1-based line.
    pub line: usize,
}

/// A Dockerfile's instructions.
#[derive(Debug, Clone)]
pub struct Dockerfile {
    /// Path.
    pub path: String,
    /// Instructions in order.
    pub instructions: Vec<Instruction>,
}

/// Parses a Dockerfile's line-based grammar: comments, `\` continuations, instruction + args.
pub fn parse_dockerfile(path: &str, text: &str) -> Dockerfile {
    let mut instructions = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if pending.is_none() && (line.is_empty() || line.starts_with('#')) {
            continue;
        }
        let (start, mut acc) = pending.take().unwrap_or((i + 1, String::new()));
        if line.starts_with('#') {
            pending = Some((start, acc));
            continue;
        }
        if let Some(stripped) = line.strip_suffix('\\') {
            acc.push_str(stripped);
            acc.push(' ');
            pending = Some((start, acc));
            continue;
        }
        acc.push_str(line);
        let (name, args) = acc.split_once(char::is_whitespace).unwrap_or((acc.as_str(), ""));
        instructions.push(Instruction {
            name: name.to_ascii_uppercase(),
            args: args.trim().to_string(),
            line: start,
        });
    }
    Dockerfile {
        path: path.to_string(),
        instructions,
    }
}
