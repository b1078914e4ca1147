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

impl Dockerfile {
    /// The user the stage starting at instruction `from` runs as, and the `FROM` of the image it
    /// starts from: the stage's last `USER`, else for `FROM <stage>` the one that stage ended
    /// with (its USER and image carry over), followed through up to 8 stages.
    pub fn stage_user(&self, from: usize) -> (&Instruction, Option<&Instruction>) {
        let instructions = &self.instructions;
        let mut at = from;
        for _ in 0..8 {
            let end = instructions[at + 1..]
                .iter()
                .position(|i| i.name == "FROM")
                .map_or(instructions.len(), |n| at + 1 + n);
            if let Some(u) = instructions[at..end].iter().rfind(|i| i.name == "USER") {
                return (&instructions[at], Some(u));
            }
            let base = from_words(&instructions[at]).into_iter().next().unwrap_or_default();
            let parent = instructions[..at].iter().rposition(|i| {
                let w = from_words(i);
                i.name == "FROM" && w.len() == 3 && w[1].eq_ignore_ascii_case("AS") && w[2].eq_ignore_ascii_case(base)
            });
            match parent {
                Some(p) => at = p,
                None => return (&instructions[at], None),
            }
        }
        (&instructions[at], None)
    }
}

/// The words of `FROM [--platform=…] image [AS name]`, flags left out.
fn from_words(i: &Instruction) -> Vec<&str> {
    i.args.split_whitespace().filter(|w| !w.starts_with("--")).collect()
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
