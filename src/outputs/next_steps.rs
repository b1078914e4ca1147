//! What to do after rendering, as data: commit, create the secrets, the operator steps and
//! placeholders left, build and deploy, later changes. Names and paths come from the same code
//! the outputs use, so they match the rendered files; no secret value is ever printed.

use crate::checklist::finding::Status;
use crate::checklist::{CheckOptions, check_files};
use crate::model::Model;
use crate::model::settings::secret_settings;
use crate::outputs::RenderedFile;
use crate::outputs::docs::CHECKLIST_PATH;
use crate::spec::placeholders;
use crate::spec::types::{KeyProtection, SecretProvider, Spec, Target};
use crate::workspace::lock::LOCK_FILE;

/// One step: a title and the lines (commands or sentences) under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What the step achieves.
    pub title: String,
    /// Commands and notes, in order.
    pub lines: Vec<String>,
}

impl Step {
    fn new(title: impl Into<String>, lines: Vec<String>) -> Self {
        Self {
            title: title.into(),
            lines,
        }
    }
}

/// The next steps for a deployment rendered from `spec` as `files`, in the order to take them.
pub fn steps(spec: &Spec, files: &[RenderedFile]) -> Vec<Step> {
    let model = Model::from_spec(spec);
    vec![
        commit(),
        secrets(&model),
        left_to_you(spec, files),
        build_and_deploy(&model, files),
        later(),
    ]
}

/// The steps as numbered plain text (no colour), one blank line between steps.
pub fn to_text(steps: &[Step]) -> String {
    let mut out = String::new();
    for (n, step) in steps.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&format!("{}. {}\n", n + 1, step.title));
        for line in &step.lines {
            out.push_str(&format!("   {line}\n"));
        }
    }
    out
}

fn commit() -> Step {
    Step::new(
        "Commit the spec, the lock and the rendered files",
        vec![
            format!("git add idsgen.yaml {LOCK_FILE} && git add -A && git commit -m \"idsgen: render the deployment\""),
            format!(
                "{LOCK_FILE} is the merge base that keeps your own edits on the next `idsgen apply`: commit it with the files."
            ),
            format!(
                "{CHECKLIST_PATH} is generated (the checklist engine's report on these files): never edit it by hand."
            ),
        ],
    )
}

/// Where the file holding a secret's value is read from; the value itself never appears.
fn value_file(secret: &str) -> String {
    format!("<file holding {secret}>")
}

fn secrets(model: &Model) -> Step {
    let spec = &model.spec;
    let settings = secret_settings(spec);
    let mut lines = vec!["Values never go into idsgen.yaml, the rendered files or the shell history; each command reads the value from a file you delete afterwards.".to_string()];
    let store_command = |secret: &str| -> Option<String> {
        match spec.secrets.provider {
            SecretProvider::AzureKeyVault => {
                let vault = crate::outputs::terraform_azure::secrets_vault(spec)
                    .map(|(name, _)| name)
                    .unwrap_or_else(|| "<your vault>".to_string());
                Some(format!(
                    "az keyvault secret set --vault-name {vault} --name {secret} --file {}",
                    value_file(secret)
                ))
            }
            SecretProvider::AwsSecretsManager => Some(format!(
                "aws secretsmanager create-secret --name {secret} --secret-string file://{}",
                value_file(secret)
            )),
            SecretProvider::Kubernetes | SecretProvider::SystemdCredentials => None,
        }
    };
    let store = match spec.secrets.provider {
        SecretProvider::AzureKeyVault => match crate::outputs::terraform_azure::secrets_vault(spec) {
            Some((name, uri)) => format!("Azure Key Vault {name} ({uri})"),
            None => "Azure Key Vault (secrets.location)".to_string(),
        },
        SecretProvider::AwsSecretsManager => "AWS Secrets Manager".to_string(),
        SecretProvider::Kubernetes => "Kubernetes Secrets".to_string(),
        SecretProvider::SystemdCredentials => format!("systemd credentials in {}", crate::outputs::systemd::CREDSTORE),
    };
    lines.push(format!("Store: {store}."));
    if model.kubernetes {
        let values = crate::outputs::helm::values(model);
        let namespace = spec.kubernetes.clone().unwrap_or_default().namespace;
        let secret = &values.secrets.existing_secret;
        if let Some(_first) = store_command("x") {
            for f in &values.secrets.files {
                lines.push(format!("{} (read as {}):", f.source, f.name));
                lines.push(format!("  {}", store_command(&f.source).unwrap_or_default()));
            }
            lines.push(format!(
                "Then sync them into the Kubernetes Secret {secret} in namespace {namespace}, one key per setting ({}), with External Secrets or the Secrets Store CSI driver, before `helm upgrade --install`.",
                values.secrets.files.iter().map(|f| format!("{} from {}", f.key, f.source)).collect::<Vec<_>>().join(", ")
            ));
        } else {
            let from: Vec<String> = values
                .secrets
                .files
                .iter()
                .map(|f| format!("--from-file={}={}", f.key, value_file(&f.source)))
                .collect();
            lines.push(format!(
                "Kubernetes Secret {secret} in namespace {namespace}, one key per setting:"
            ));
            lines.push(format!(
                "  kubectl -n {namespace} create secret generic {secret} {}",
                from.join(" ")
            ));
        }
        let cert = &values.data_protection.certificate;
        if cert.enabled {
            lines.push(format!(
                "Data Protection certificate: Kubernetes Secret {} with key {} (the PFX):",
                cert.secret_name, cert.key
            ));
            lines.push(format!(
                "  kubectl -n {namespace} create secret generic {} --from-file={}=<the PFX file>",
                cert.secret_name, cert.key
            ));
        }
    } else {
        for s in &settings {
            let used_by = if s.migrate_only {
                "the migration only"
            } else {
                "every instance"
            };
            match spec.secrets.provider {
                SecretProvider::SystemdCredentials => {
                    let path = format!("{}/{}", crate::outputs::systemd::CREDSTORE, s.secret);
                    lines.push(format!("{} (read as {}, {used_by}): {path}", s.secret, s.env_var));
                    lines.push(format!(
                        "  install -D -m 0600 -o root -g root {} {path}",
                        value_file(&s.secret)
                    ));
                }
                SecretProvider::Kubernetes => {
                    lines.push(format!("{} (read as {}, {used_by})", s.secret, s.env_var));
                }
                _ => {
                    lines.push(format!("{} (read as {}, {used_by}):", s.secret, s.env_var));
                    lines.push(format!("  {}", store_command(&s.secret).unwrap_or_default()));
                }
            }
        }
        if let KeyProtection::Certificate { path, .. } = &spec.data_protection.key_protection {
            lines.push(format!(
                "Data Protection certificate: the PFX at {path} on every instance, readable only by the service account."
            ));
        }
    }
    if let Some(token) = crate::outputs::terraform_aws::redis_auth_token_secret(model) {
        lines.push(format!(
            "{token} (the ElastiCache AUTH token Terraform reads when it creates Redis; the same token goes into the Redis connection string):"
        ));
        lines.push(format!(
            "  aws secretsmanager create-secret --name {token} --secret-string file://{}",
            value_file(&token)
        ));
    }
    Step::new("Create the secrets the deployment reads", lines)
}

fn left_to_you(spec: &Spec, files: &[RenderedFile]) -> Step {
    let mut lines = Vec::new();
    let found = placeholders::find(spec);
    if !found.is_empty() {
        lines.push("Replace the placeholders in idsgen.yaml (CHECKLIST.md fails X12 until you do):".to_string());
        for p in found {
            lines.push(format!("  {} = {} ({})", p.path, p.value, p.why));
        }
    }
    let input: Vec<(String, String)> = files
        .iter()
        .filter(|f| f.path != CHECKLIST_PATH)
        .map(|f| (f.path.clone(), f.contents.clone()))
        .collect();
    let report = check_files(&input, &CheckOptions::default());
    let operator: Vec<_> = report
        .items
        .iter()
        .filter(|i| i.status == Status::OperatorStep)
        .collect();
    if !operator.is_empty() {
        lines.push("Verify what files alone cannot prove (CHECKLIST.md, \"operator step\"):".to_string());
        for i in operator {
            lines.push(format!(
                "  {} {}: {}",
                i.id,
                i.title,
                i.command.as_deref().unwrap_or(&i.summary)
            ));
        }
    }
    if lines.is_empty() {
        lines.push("Nothing: every applicable item of CHECKLIST.md is proven by the files.".to_string());
    }
    Step::new("Finish what CHECKLIST.md leaves to you", lines)
}

fn build_and_deploy(model: &Model, files: &[RenderedFile]) -> Step {
    let spec = &model.spec;
    let has = |p: &str| files.iter().any(|f| f.path == p);
    let mut lines = Vec::new();
    let terraform_dirs: Vec<String> = {
        let mut dirs: Vec<String> = files
            .iter()
            .filter(|f| f.path.starts_with("deploy/terraform/") && f.path.ends_with("/main.tf"))
            .map(|f| f.path.trim_end_matches("/main.tf").to_string())
            .collect();
        dirs.dedup();
        dirs
    };
    let chart = files
        .iter()
        .find(|f| f.path.starts_with("deploy/helm/") && f.path.ends_with("/Chart.yaml"))
        .map(|f| f.path.trim_end_matches("/Chart.yaml").to_string());
    let image = if model.kubernetes {
        let v = crate::outputs::helm::values(model);
        format!("{}:{}", v.image.repository, v.image.tag)
    } else {
        let name = crate::model::onprem::service_name(&spec.project.name);
        match spec.hosting.target {
            Target::AwsEcs => format!("<account>.dkr.ecr.<region>.amazonaws.com/{name}:<version>"),
            _ => format!("<registry>/{name}:<version>"),
        }
    };
    if has("Dockerfile") {
        lines.push("Build and push the image (fixed tag, never latest):".to_string());
        lines.push(format!("  docker build -f Dockerfile -t {image} ."));
        lines.push(format!("  docker push {image}"));
    }
    for dir in &terraform_dirs {
        lines.push(format!(
            "Create the cloud resources ({dir}/README.md explains each input and the state):"
        ));
        lines.push(format!("  terraform -chdir={dir} init"));
        let image_var = if spec.hosting.target == Target::AwsEcs {
            format!(" -var container_image={image}")
        } else {
            String::new()
        };
        lines.push(format!("  terraform -chdir={dir} plan -out tfplan{image_var}"));
        lines.push(format!("  terraform -chdir={dir} apply tfplan"));
    }
    if let Some(chart) = &chart {
        let namespace = spec.kubernetes.clone().unwrap_or_default().namespace;
        let release = crate::model::onprem::service_name(&spec.project.name);
        lines.push("Install or upgrade the chart (its migration Job runs first):".to_string());
        lines.push(format!(
            "  helm upgrade --install {release} {chart} -n {namespace} --create-namespace --wait"
        ));
    }
    if spec.hosting.target == Target::OnpremLinux {
        let csproj = files
            .iter()
            .find(|f| f.path.ends_with(".csproj"))
            .map(|f| f.path.clone())
            .unwrap_or_else(|| format!("{}/{}.csproj", model.project_dir, spec.project.name));
        lines.push("Publish the application:".to_string());
        lines.push(format!("  dotnet publish {csproj} -c Release -o ./publish"));
        let nginx: Vec<&str> = files
            .iter()
            .filter(|f| f.path.starts_with("deploy/nginx/"))
            .map(|f| f.path.as_str())
            .collect();
        if !nginx.is_empty() {
            lines.push("On each nginx host, install the configuration, then test and reload:".to_string());
            lines.push("  cp -r deploy/nginx/. /etc/nginx/".to_string());
            lines.push("  nginx -t && systemctl reload nginx".to_string());
        }
        for f in files.iter().filter(|f| f.path.starts_with("deploy/redis/")) {
            lines.push(format!(
                "Redis: include {} in the Redis server's configuration and restart it.",
                f.path
            ));
        }
        if has("deploy/systemd/deploy.sh") {
            lines.push(
                "On each application host, as root (installs the units, migrates, restarts one instance at a time):"
                    .to_string(),
            );
            lines.push("  deploy/systemd/deploy.sh ./publish".to_string());
        }
    }
    if spec.hosting.target == Target::AzureAppService {
        lines.push(
            "Point the App Service at the pushed image (the Terraform outputs name the app), then restart it."
                .to_string(),
        );
    }
    if spec.migrations.run_by == crate::spec::types::MigrationRunner::Pipeline {
        lines.push("Migrations run in your pipeline (migrations.run_by: pipeline): run the app's `migrate` entry point before each rollout.".to_string());
    }
    Step::new("Build and deploy", lines)
}

fn later() -> Step {
    Step::new(
        "Change it later",
        vec![
            "Edit idsgen.yaml, or pass a change: idsgen apply --set hosting.max_instances=4".to_string(),
            "idsgen plan shows what would change, idsgen apply writes it and merges your own edits of the files."
                .to_string(),
            "idsgen check . audits the tree after you edit files by hand.".to_string(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{load, presets};

    fn rendered(name: &str) -> (Spec, Vec<RenderedFile>) {
        let spec = load::load(name, presets::find(name).unwrap().text, &[]).expect("preset is valid");
        let files = crate::commands::render::render_spec(&spec, None).expect("preset renders");
        (spec, files)
    }

    #[test]
    fn every_preset_gets_five_steps_in_order() {
        for p in presets::all() {
            let (spec, files) = rendered(p.name);
            let s = steps(&spec, &files);
            let titles: Vec<&str> = s.iter().map(|s| s.title.as_str()).collect();
            assert_eq!(
                titles,
                [
                    "Commit the spec, the lock and the rendered files",
                    "Create the secrets the deployment reads",
                    "Finish what CHECKLIST.md leaves to you",
                    "Build and deploy",
                    "Change it later",
                ],
                "{}",
                p.name
            );
            assert!(s.iter().all(|s| !s.lines.is_empty()), "{}: {s:?}", p.name);
            assert!(s[0].lines[0].contains("idsgen.yaml .idsgen/lock.json"));
        }
    }

    /// Every secret the spec references is named in the secrets step, and every name that step
    /// gives (secret, Kubernetes Secret, vault) appears in the rendered files.
    #[test]
    fn every_secret_is_listed_where_the_rendered_files_read_it() {
        for p in presets::all() {
            let (spec, files) = rendered(p.name);
            let step = &steps(&spec, &files)[1];
            let text = step.lines.join("\n");
            let all: String = files
                .iter()
                .filter(|f| f.path != "idsgen.yaml" && f.path != CHECKLIST_PATH)
                .map(|f| f.contents.as_str())
                .collect();
            for s in secret_settings(&spec) {
                assert!(text.contains(&s.secret), "{}: {} not in\n{text}", p.name, s.secret);
                assert!(all.contains(&s.secret), "{}: {} not rendered", p.name, s.secret);
                assert!(all.contains(&s.env_var), "{}: {} not rendered", p.name, s.env_var);
            }
            // Names the step derives for the store must be what the files use.
            for word in text.split_whitespace() {
                let w = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ':' | '.'));
                let derived = w.ends_with("-secrets")
                    || w.ends_with("-dataprotection-certificate")
                    || w.ends_with("-auth-token")
                    || w.starts_with("/etc/credstore/");
                if derived {
                    assert!(all.contains(w), "{}: {w} is not in the rendered files", p.name);
                }
            }
            if spec.secrets.provider == SecretProvider::AzureKeyVault {
                let (vault, _) = crate::outputs::terraform_azure::secrets_vault(&spec).expect("vault");
                assert!(text.contains(&format!("--vault-name {vault} ")), "{}", p.name);
                assert!(all.contains(&vault));
            }
        }
    }

    #[test]
    fn commands_per_store() {
        let text = |name: &str| {
            let (spec, files) = rendered(name);
            to_text(&steps(&spec, &files))
        };
        let ecs = text("aws-ecs");
        assert!(ecs.contains("aws secretsmanager create-secret --name idsrv/db-connection --secret-string file://<file holding idsrv/db-connection>"), "{ecs}");
        assert!(ecs.contains("terraform -chdir=deploy/terraform/aws init"), "{ecs}");
        assert!(ecs.contains("-var container_image="), "{ecs}");
        let app = text("azure-app-service");
        assert!(
            app.contains("az keyvault secret set --vault-name acme-idsrv-kv --name idsrv-db-connection"),
            "{app}"
        );
        let k8s = text("kubernetes");
        assert!(k8s.contains("kubectl -n "), "{k8s}");
        assert!(k8s.contains("create secret generic acme-identity-secrets --from-file=ConnectionStrings__IdentityServer=<file holding idsrv-db-connection>"), "{k8s}");
        assert!(k8s.contains("acme-identity-dataprotection-certificate"), "{k8s}");
        assert!(
            k8s.contains("docker build -f Dockerfile -t registry.example.com/acme-identity:"),
            "{k8s}"
        );
        assert!(
            k8s.contains("helm upgrade --install acme-identity deploy/helm/acme-identity -n "),
            "{k8s}"
        );
        let eks = text("aws-eks");
        assert!(eks.contains("aws secretsmanager create-secret"), "{eks}");
        assert!(
            eks.contains("Then sync them into the Kubernetes Secret acme-identity-secrets"),
            "{eks}"
        );
        let aks = text("azure-aks");
        assert!(
            aks.contains("az keyvault secret set --vault-name acme-idsrv-kv"),
            "{aks}"
        );
        let onprem = text("onprem-nginx");
        assert!(
            onprem.contains("install -D -m 0600 -o root -g root <file holding"),
            "{onprem}"
        );
        assert!(onprem.contains("/etc/credstore/"), "{onprem}");
        assert!(onprem.contains("deploy/systemd/deploy.sh ./publish"), "{onprem}");
        assert!(onprem.contains("nginx -t && systemctl reload nginx"), "{onprem}");
        assert!(
            onprem.contains("dotnet publish src/Acme.Identity/Acme.Identity.csproj"),
            "{onprem}"
        );
    }

    #[test]
    fn placeholders_and_operator_steps_are_left_to_you() {
        for p in presets::all() {
            let (spec, files) = rendered(p.name);
            let step = &steps(&spec, &files)[2];
            let text = step.lines.join("\n");
            assert!(
                text.contains("public.origin = https://id.example.com"),
                "{}: {text}",
                p.name
            );
        }
        let sets = ["public.origin=https://id.acme-corp.io".to_string()];
        let spec = load::load("onprem-nginx", presets::find("onprem-nginx").unwrap().text, &sets).unwrap();
        let files = crate::commands::render::render_spec(&spec, None).unwrap();
        let text = steps(&spec, &files)[2].lines.join("\n");
        assert!(!text.contains("public.origin"), "{text}");
        assert!(text.contains("clients[0].redirect_uris[0]"), "{text}");
    }

    #[test]
    fn text_is_numbered_plain_and_holds_no_secret_value() {
        let (spec, files) = rendered("kubernetes");
        let text = to_text(&steps(&spec, &files));
        assert!(text.starts_with("1. Commit"), "{text}");
        assert!(text.contains("\n\n5. Change it later\n   Edit idsgen.yaml"), "{text}");
        assert!(!text.contains('\u{1b}'), "no colour codes");
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    }
}
