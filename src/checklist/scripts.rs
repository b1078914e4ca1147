//! Shell scripts that start a deployment (`run_prod.sh` calling `docker compose … up`, a
//! `deploy.sh` calling `kubectl`/`helm`): the variables they set are values the deployment runs
//! with (compose interpolates `${PUBLIC_DOMAIN}` from the exporting shell).

/// One `NAME=value` (or `export NAME=value`) line of a deploying script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptVar {
    /// Script path.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Variable name.
    pub name: String,
    /// Value as written, without surrounding quotes.
    pub value: String,
}

/// Commands that make a script a deployment step.
const DEPLOYS: &[&str] = &[
    "docker-compose ",
    "docker compose ",
    "docker stack deploy",
    "kubectl ",
    "helm ",
];

/// The variables set at the top level of each POSIX shell script (`.sh`, `.bash`) that runs a
/// deployment command. Command substitutions (`$(git rev-parse HEAD)`) and references to other
/// variables are not literal values and are left out.
pub fn deploy_vars(scripts: &[(&str, &str)]) -> Vec<ScriptVar> {
    let mut out = Vec::new();
    for (path, text) in scripts {
        let lower = path.to_ascii_lowercase();
        if !(lower.ends_with(".sh") || lower.ends_with(".bash")) {
            continue;
        }
        let code_lines = || text.lines().map(str::trim).filter(|l| !l.starts_with('#'));
        if !code_lines().any(|l| DEPLOYS.iter().any(|d| l.contains(d))) {
            continue;
        }
        for (i, raw) in text.lines().enumerate() {
            let l = raw.trim();
            let l = l.strip_prefix("export ").map(str::trim_start).unwrap_or(l);
            let Some((name, value)) = l.split_once('=') else {
                continue;
            };
            let identifier = !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit());
            if !identifier {
                continue;
            }
            let value = value.split(" #").next().unwrap_or("").trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            if value.is_empty() || value.contains("$(") || value.contains('`') || value.starts_with('$') {
                continue;
            }
            out.push(ScriptVar {
                file: path.to_string(),
                line: i + 1,
                name: name.to_string(),
                value: value.to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deploying_scripts_assignments_are_read_and_other_scripts_are_not() {
        let run = "#!/bin/sh\nexport GIT_SHA=$(git rev-parse --short HEAD)\nexport PUBLIC_DOMAIN=\"yourdomain.com\"\nTOKEN=fill_in_random_token # set me\nif [ -z \"$X\" ]; then X=1; fi\nREF=$OTHER\ndocker compose -f a.yml up -d\n";
        let build = "#!/bin/sh\nexport CONFIGURATION=Release\ndotnet publish -c $CONFIGURATION\n";
        let vars = deploy_vars(&[("deploy/run.sh", run), ("build.sh", build), ("notes.ps1", run)]);
        let got: Vec<(usize, &str, &str)> = vars
            .iter()
            .map(|v| (v.line, v.name.as_str(), v.value.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (3, "PUBLIC_DOMAIN", "yourdomain.com"),
                (4, "TOKEN", "fill_in_random_token")
            ]
        );
    }
}
