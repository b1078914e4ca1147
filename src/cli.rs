//! clap types only: the command line as data. No logic lives here.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Generates, regenerates and audits production deployments of Duende IdentityServer.
#[derive(Debug, Parser)]
#[command(name = "idsgen", version, about, propagate_version = true, after_help = crate::error::EXIT_STATUS_HELP)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
    /// Colour diffs: auto (a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// idsgen's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ask about the deployment interactively, write idsgen.yaml and render it.
    Init(InitArgs),
    /// Render a deployment from a preset or a spec file.
    Render(RenderArgs),
    /// List the embedded presets.
    Presets(PresetsArgs),
    /// Print the JSON Schema of idsgen.yaml.
    Schema,
    /// Show what regenerating would do to each file, with diffs (exit 0 no changes, 2 changes pending).
    Plan(PlanArgs),
    /// Regenerate: write what plan shows, merging your edits 3-way against the last render.
    Apply(ApplyArgs),
    /// Compare what the spec renders with any existing tree (for CI drift checks).
    Diff(DiffArgs),
    /// Audit an existing tree against the production checklist (exit 1 when an item fails).
    Check(CheckArgs),
    /// Print the checklist catalogue, or explain one item.
    Checklist(ChecklistArgs),
    /// Probe a live deployment after a deploy: issuer on every instance, HSTS, TLS, exposure, CORS.
    Verify(VerifyArgs),
    /// Draw the deployment's topology (internet → proxy hops → instances → backing services).
    Graph(GraphArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print the man page (roff) for idsgen and every subcommand.
    Man(ManArgs),
}

/// Where the spec comes from: a preset, a file, plus overrides.
#[derive(Debug, Clone, Default, Args)]
pub struct SpecArgs {
    /// Start from an embedded preset (see `idsgen presets`).
    #[arg(long, value_name = "NAME", conflicts_with = "spec")]
    pub preset: Option<String>,
    /// Read the spec from this file (default: idsgen.yaml in the output directory, or in the
    /// --against directory for `diff`).
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Override one field, e.g. `--set hosting.max_instances=4` (repeatable). A text field takes
    /// VALUE as typed (`--set 'clients[0].name=Team #1 portal'` keeps `#1`); numbers, booleans and
    /// lists are read as YAML (`--set 'clients[0].scopes=[openid, api]'`).
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Override one field with VALUE as text, never read as YAML (repeatable; applied after
    /// every `--set`), e.g. `--set-string project.name=true`.
    #[arg(long = "set-string", value_name = "PATH=VALUE")]
    pub set_string: Vec<String>,
}

/// `idsgen render`.
#[derive(Debug, Clone, Args)]
pub struct RenderArgs {
    /// Spec inputs.
    #[command(flatten)]
    pub spec: SpecArgs,
    /// Output directory.
    #[arg(short = 'o', long = "output", value_name = "DIR", default_value = ".")]
    pub output: PathBuf,
    /// List every file that would be written, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Overwrite files whose content differs.
    #[arg(long)]
    pub force: bool,
    /// Directory of template overrides, by path relative to templates/.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Output format (json: one `idsgen.render/v1` document).
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
}

/// `idsgen init`.
#[derive(Debug, Clone, Args)]
pub struct InitArgs {
    /// Output directory for idsgen.yaml and the rendered deployment.
    #[arg(short = 'o', long = "output", value_name = "DIR", default_value = ".")]
    pub output: PathBuf,
    /// Overwrite files whose content differs.
    #[arg(long)]
    pub force: bool,
    /// Start from this preset's answers (see `idsgen presets`) instead of the target's own.
    #[arg(long, value_name = "NAME", conflicts_with = "reconfigure")]
    pub preset: Option<String>,
    /// Start from the answers in DIR/idsgen.yaml, to change an existing deployment.
    #[arg(long)]
    pub reconfigure: bool,
}

/// Output format of `plan`, `apply`, `diff`, `render` and `presets`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum PlanFormat {
    /// Human-readable classes and unified diffs.
    #[default]
    Text,
    /// One JSON document for scripts.
    Json,
}

/// When to colour diffs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `idsgen plan`.
#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    /// Spec inputs (default: idsgen.yaml in the output directory).
    #[command(flatten)]
    pub spec: SpecArgs,
    /// The managed directory.
    #[arg(short = 'o', long = "output", value_name = "DIR", default_value = ".")]
    pub output: PathBuf,
    /// Directory of template overrides, by path relative to templates/.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Bring back a file you deleted (repeatable).
    #[arg(long, value_name = "PATH")]
    pub restore: Vec<String>,
    /// Change a file's ownership: PATH=managed|create-only|user-owned (repeatable).
    #[arg(long, value_name = "PATH=MODE")]
    pub own: Vec<String>,
    /// Output format (json: one `idsgen.plan/v1` document; `idsgen.apply/v1` for apply).
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
    /// Colour diffs: copied from the global `--color` by `commands::run`.
    #[arg(skip)]
    pub color: ColorChoice,
}

/// `idsgen apply`.
#[derive(Debug, Clone, Args)]
pub struct ApplyArgs {
    /// Same inputs as plan.
    #[command(flatten)]
    pub plan: PlanArgs,
    /// Refuse unless the plan's id (printed by `idsgen plan`) is this one.
    #[arg(long, value_name = "ID")]
    pub expect_plan: Option<String>,
}

/// `idsgen diff`.
#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// Spec inputs (default: idsgen.yaml in the --against directory).
    #[command(flatten)]
    pub spec: SpecArgs,
    /// The existing tree to compare with (idsgen need not have written it).
    #[arg(long, value_name = "DIR")]
    pub against: PathBuf,
    /// Exit 2 when there are differences (0 when the trees match, 1 on errors).
    #[arg(long)]
    pub exit_code: bool,
    /// Directory of template overrides, by path relative to templates/.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Colour diffs: copied from the global `--color` by `commands::run`.
    #[arg(skip)]
    pub color: ColorChoice,
    /// Leave out paths matching this glob (repeatable; relative to --against; a glob without
    /// `/` matches at any depth, e.g. `*.csproj`, `docs/**`).
    #[arg(long = "ignore", value_name = "GLOB")]
    pub ignore: Vec<String>,
    /// Compare only the files idsgen renders (and files an earlier render recorded in the lock),
    /// never listing other files as extra: for a repository that also holds other projects.
    #[arg(long)]
    pub managed_only: bool,
    /// Output format (json: one `idsgen.diff/v1` document).
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
}

/// `idsgen presets`.
#[derive(Debug, Clone, Args)]
pub struct PresetsArgs {
    /// Output format (json: one `idsgen.presets/v1` document).
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
}

/// `idsgen check`.
#[derive(Debug, Clone, Default, Args)]
pub struct CheckArgs {
    /// Files or directories to check (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: crate::checklist::report::Format,
    /// Skip an item as an accepted risk (repeatable; each needs a --reason).
    #[arg(long = "skip", value_name = "ID")]
    pub skip: Vec<String>,
    /// Why the matching --skip is accepted; printed in every report.
    #[arg(long = "reason", value_name = "TEXT")]
    pub reason: Vec<String>,
    /// Report only these items, e.g. `--only DP1,TLS1`.
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    pub only: Vec<String>,
    /// Check only this IdentityServer host (its project name, as the report's facts list it).
    #[arg(long, value_name = "NAME")]
    pub host: Option<String>,
    /// Instead of the report, draw what the engine understood of the tree (proxies, host,
    /// instances, stores, each citing file:line), as Mermaid (default) or dot.
    #[arg(long, value_enum, value_name = "FORMAT", num_args = 0..=1, default_missing_value = "mermaid")]
    pub graph: Option<GraphFormat>,
}

/// `idsgen checklist`.
#[derive(Debug, Clone, Args)]
pub struct ChecklistArgs {
    /// What to do; without one, print the catalogue.
    #[command(subcommand)]
    pub action: Option<ChecklistAction>,
}

/// `idsgen checklist` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum ChecklistAction {
    /// Show one item: what breaks if you skip it, when it applies, the fix.
    Explain {
        /// Item id, e.g. DP2.
        id: String,
    },
}

/// `idsgen verify`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Exit status: 0 every check passed, 1 a check failed, 2 usage error or nothing answered at URL."
)]
pub struct VerifyArgs {
    /// The deployment's public https URL (with its path base, if any).
    #[arg(value_name = "URL")]
    pub url: String,
    /// The spec the deployment was rendered from: expected issuer, signing algorithms, CORS origins,
    /// health paths (without it, the URL is the expected issuer).
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Connect to ADDR for HOST:PORT instead of resolving it, like curl (repeatable). A mapping
    /// for one port of a host also serves its other ports (the http redirect check).
    #[arg(long, value_name = "HOST:PORT:ADDR")]
    pub resolve: Vec<crate::verify::http::Resolve>,
    /// Send requests for HOST:PORT to CONNECT_HOST:CONNECT_PORT instead, like curl (repeatable);
    /// TLS still verifies HOST. For a deployment listening on non-standard ports before go-live.
    #[arg(long, value_name = "HOST:PORT:CONNECT_HOST:CONNECT_PORT")]
    pub connect_to: Vec<crate::verify::http::ConnectTo>,
    /// Trust only the CA certificates in this PEM file, like curl (default: the system roots).
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,
    /// How many times to fetch discovery, to catch one misconfigured instance behind a balancer.
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub samples: u32,
    /// Port of the plain-http listener whose redirect is checked.
    #[arg(long, value_name = "PORT", default_value_t = 80)]
    pub http_port: u16,
    /// Seconds each connection and request may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub timeout: u64,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: crate::checklist::report::Format,
}

/// Output format of `idsgen graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum GraphFormat {
    /// Mermaid flowchart (GitHub renders it in Markdown).
    #[default]
    Mermaid,
    /// Graphviz dot.
    Dot,
}

/// `idsgen graph`.
#[derive(Debug, Clone, Args)]
pub struct GraphArgs {
    /// Spec inputs (default: idsgen.yaml in the current directory).
    #[command(flatten)]
    pub spec: SpecArgs,
    /// Diagram language.
    #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
    pub format: GraphFormat,
}

/// `idsgen completions`.
#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `idsgen man`.
#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    /// Write one page per command (idsgen.1, idsgen-render.1, ...) into this directory instead of
    /// printing the main page.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}
