//! The error type every command returns, and the one exit status table every command follows
//! (`exit`; printed by `--help` and in the README): 0 ok, 1 failure, 2 pending, 64 usage,
//! 130 interrupted.

use std::fmt;
use std::path::PathBuf;

/// One problem with the spec: where it is, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Spec path such as `proxy.hops[1].trusted_networks[0]`.
    pub path: String,
    /// 1-based line in the spec file, when the spec came from a file and the path is in it.
    pub line: Option<usize>,
    /// The `--set PATH=VALUE` that put the value there, when one did (then `line` is empty).
    pub from_set: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

impl Diagnostic {
    /// A diagnostic without a line; `spec::load` adds lines when it knows the file.
    pub fn new(path: impl Into<String>, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            line: None,
            from_set: None,
            message: message.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.from_set, self.line) {
            (Some(set), _) => write!(
                f,
                "{} (from --set {set}): {}\n  fix: {}",
                self.path, self.message, self.fix
            ),
            (None, Some(line)) => write!(f, "{} (line {line}): {}\n  fix: {}", self.path, self.message, self.fix),
            (None, None) => write!(f, "{}: {}\n  fix: {}", self.path, self.message, self.fix),
        }
    }
}

/// Every failure a command can report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec is well-formed YAML but breaks one or more rules; all of them are listed.
    #[error("{} in {source_name}:\n{}", plural(.diagnostics.len()), render_all(.diagnostics))]
    Invalid {
        /// Where the spec came from (`idsgen.yaml`, `preset kubernetes`, ...).
        source_name: String,
        /// Every problem found.
        diagnostics: Vec<Diagnostic>,
    },
    /// The spec file is not YAML, or does not match the spec's shape.
    #[error("{source_name}{}: {message}", location(*.line, *.column))]
    Parse {
        /// Where the spec came from.
        source_name: String,
        /// 1-based line, when known.
        line: Option<usize>,
        /// 1-based column, when known.
        column: Option<usize>,
        /// The parser's message, with a hint where we have one.
        message: String,
    },
    /// The command line asks for something that cannot be done (exit 2).
    #[error("{message}")]
    Usage {
        /// What is wrong and what to run instead.
        message: String,
    },
    /// The output directory holds other content and `--force` was not given.
    #[error(
        "refusing to write into {}: {} existing file(s) would change:\n{}\n  fix: run `idsgen plan` and `idsgen apply` to merge your edits, pass --force to overwrite them, or choose an empty directory with -o",
        .dir.display(), .files.len(), .files.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n")
    )]
    WouldOverwrite {
        /// The output directory.
        dir: PathBuf,
        /// Relative paths that differ.
        files: Vec<String>,
    },
    /// A template failed to render.
    #[error("template {template} failed to render: {message}")]
    Template {
        /// Template path.
        template: String,
        /// Tera's error chain.
        message: String,
    },
    /// Reading or writing a file failed.
    #[error("{action} {}: {source}", .path.display())]
    Io {
        /// What we were doing (`reading`, `writing`).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Checks found failing items (exit 1); the report was already printed.
    #[error("{0}")]
    Findings(String),
    /// A write was refused because it could leave the output directory (a symlink, a bad path).
    #[error("{message}")]
    Refused {
        /// What was refused, which path, and the fix.
        message: String,
    },
    /// Ctrl-C (or Esc in the wizard) arrived before anything was written; the run stopped cleanly.
    #[error("cancelled, nothing written")]
    Interrupted,
    /// `verify`: nothing answered at the URL (no address, refused, timed out), so no check ran.
    #[error("{message}")]
    Unavailable {
        /// What was tried and the fix.
        message: String,
    },
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage { .. } => exit::USAGE,
            Error::Interrupted => exit::INTERRUPTED,
            Error::Unavailable { .. } => exit::UNAVAILABLE,
            _ => exit::FAILURE,
        }
    }

    /// Spec problems a renderer found in a valid spec (values its output format cannot take).
    pub fn spec(diagnostics: Vec<Diagnostic>) -> Self {
        Error::Invalid {
            source_name: "idsgen.yaml".to_string(),
            diagnostics,
        }
    }

    /// `Ok` when there are no problems, else every one of them as an `Invalid` spec error.
    pub fn ensure_valid(diagnostics: Vec<Diagnostic>) -> Result<()> {
        if diagnostics.is_empty() {
            Ok(())
        } else {
            Err(Error::spec(diagnostics))
        }
    }

    /// Shorthand for a usage error.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
        }
    }

    /// Shorthand for an I/O error with context.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 problem".to_string()
    } else {
        format!("{n} problems")
    }
}

fn render_all(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("- {d}")).collect::<Vec<_>>().join("\n")
}

fn location(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
        (Some(l), None) => format!(" (line {l})"),
        _ => String::new(),
    }
}

/// The exit status table. "Pending" (2) follows terraform's `plan -detailed-exitcode`: the run
/// succeeded and something waits for you; it never means an error, and usage errors have their
/// own status (64, `EX_USAGE` of sysexits.h) instead of clap's 2.
pub mod exit {
    /// Success; nothing pending.
    pub const OK: i32 = 0;
    /// Failure: invalid spec, unreadable file, refused write, I/O error; `check`: an item fails.
    pub const FAILURE: i32 = 1;
    /// Success with something pending: changes to apply, conflicts to resolve, differences.
    pub const PENDING: i32 = 2;
    /// The command line is wrong (unknown flag or value, conflicting options, bad path).
    pub const USAGE: i32 = 64;
    /// `verify`: nothing answered at the URL (`EX_UNAVAILABLE`).
    pub const UNAVAILABLE: i32 = 69;
    /// Ctrl-C (128 + SIGINT); a write was rolled back, or finished past the point of no return.
    pub const INTERRUPTED: i32 = crate::workspace::interrupt::EXIT_INTERRUPTED;
}

/// The exit status table as `--help` prints it (the README repeats it).
pub const EXIT_STATUS_HELP: &str = "\
Exit status (every command):
  0    success, nothing pending (plan: no changes; diff: trees match; check: every applicable item passes)
  1    failure: invalid spec, unreadable file, refused write (symlink, invalid lock), I/O error;
       check: an applicable item fails or a file cannot be parsed
  2    success with something pending: plan: changes to apply; apply: conflict markers to resolve;
       diff --exit-code: the trees differ
  64   usage error: unknown flag or value, conflicting options, nothing to audit at PATH
  69   verify: nothing answered at the URL (no address, connection refused, timeout)
  130  interrupted (Ctrl-C): a write in progress was rolled back, or finished if renaming had begun";

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
