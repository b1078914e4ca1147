//! clap types only: the command line as data. No logic lives here.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Generates, regenerates and audits production deployments of Duende IdentityServer.
#[derive(Debug, Parser)]
#[command(name = "idsgen", version, about, propagate_version = true)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// idsgen's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ask about the deployment interactively, write idsgen.yaml and render it.
    Init(InitArgs),
    /// Render a deployment from a preset or a spec file.
    Render(RenderArgs),
    /// List the embedded presets.
    Presets,
    /// Print the JSON Schema of idsgen.yaml.
    Schema,
}

/// Where the spec comes from: a preset, a file, plus overrides.
#[derive(Debug, Clone, Default, Args)]
pub struct SpecArgs {
    /// Start from an embedded preset (see `idsgen presets`).
    #[arg(long, value_name = "NAME", conflicts_with = "spec")]
    pub preset: Option<String>,
    /// Read the spec from this file (default: idsgen.yaml in the output directory).
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Override one field, e.g. `--set hosting.max_instances=4` (repeatable).
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
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
