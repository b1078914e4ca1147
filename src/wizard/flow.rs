//! The question flow as plain Rust: which questions apply to the answers so far, their defaults
//! (from the target's preset), building the Spec, checking it as it grows (a problem sends the
//! user back to the question that can fix it), and going back on Esc. No terminal here.

use crate::error::{Diagnostic, Result};
use crate::outputs::docs::SPEC_HEADER;
use crate::spec::fields;
use crate::spec::types::{
    CacheKind, Client, ClientKind, ClientLifetimes, Hop, HopKind, KeyProtection, KeyStore, NginxHost, Redis,
    RedisHosting, RedisPersistence, SecretProvider, SecretRef, Spec, Target, defaults,
};
use crate::spec::{load, presets, validate};
use crate::wizard::answers::{Answers, Revisit, is_within};
use crate::wizard::choices::{self, protection, store};
use crate::wizard::question::{Answer, Ask, Choice, Kind, Question, Stop, Validator, text_value, validator};
use crate::wizard::review;
use std::collections::{BTreeMap, BTreeSet};

/// Most hops and clients the loops offer; a runaway "add another" ends here.
const MAX_HOPS: usize = 6;
const MAX_CLIENTS: usize = 20;

/// Where the defaults come from: the preset of each target, or a preferred spec (`--preset`,
/// `--reconfigure`) while its own target is chosen.
#[derive(Debug, Clone)]
pub struct Defaults {
    presets: BTreeMap<Target, Spec>,
    preferred: Option<Spec>,
}

impl Defaults {
    /// Loads the preset of every target; `preferred` wins for its own target.
    pub fn new(preferred: Option<Spec>) -> Result<Self> {
        let mut map = BTreeMap::new();
        for target in choices::TARGETS {
            map.insert(target, preset_spec(target)?);
        }
        Ok(Self {
            presets: map,
            preferred,
        })
    }

    /// The target offered first.
    pub fn default_target(&self) -> Target {
        self.preferred
            .as_ref()
            .map(|s| s.hosting.target)
            .unwrap_or(choices::TARGETS[0])
    }

    /// The spec whose values are the defaults once `target` is chosen.
    pub fn base(&self, target: Target) -> &Spec {
        match &self.preferred {
            Some(spec) if spec.hosting.target == target => spec,
            _ => self.preset(target),
        }
    }

    /// The embedded preset for `target`.
    pub fn preset(&self, target: Target) -> &Spec {
        &self.presets[&target]
    }
}

/// The embedded preset for `target`, parsed.
pub fn preset_spec(target: Target) -> Result<Spec> {
    let preset = presets::find(choices::preset_for(target))?;
    load::parse(&format!("preset {}", preset.name), preset.text)
}

/// The text written to `idsgen.yaml`: the same header and serialization as `outputs::docs`.
pub fn spec_text(spec: &Spec) -> String {
    match yaml_serde::to_string(spec) {
        Ok(yaml) => format!("{SPEC_HEADER}{yaml}"),
        Err(e) => format!("# could not serialize the spec: {e}\n"),
    }
}

/// Runs the whole conversation: every question, validation (going back to the questions a
/// problem points at), then the summary and the choice to write, change answers, or cancel.
/// Returns the spec to write.
pub fn converse(io: &mut dyn Ask, defaults: &Defaults) -> Result<Spec, Stop> {
    let mut answers = preloaded(defaults);
    let mut revisit = Revisit::All;
    // Values changed at the review, re-applied after every pass over the questions.
    let mut changed: Vec<(String, String)> = Vec::new();
    loop {
        let mut spec = collect(io, defaults, &mut answers, revisit.clone(), validate::validate)?;
        // A change the new answers no longer allow is dropped, with a note.
        changed.retain(|(path, value)| match review::with_override(&spec, path, value) {
            Ok(new) => {
                spec = new;
                true
            }
            Err(why) => {
                io.note(&format!(
                    "Your change of {path} no longer applies and is dropped: {why}"
                ));
                false
            }
        });
        io.note(&format!("\nidsgen.yaml:\n\n{}", spec_text(&spec)));
        let items = review::listed(&spec, &answers);
        io.note(&review::summary(&items));
        let mut options = vec![Choice::new("write", "Write it")];
        if !items.is_empty() {
            options.push(Choice::new("value", "Change one of the values listed above"));
        }
        options.extend([
            Choice::new("change", "Change answers (through the questions again)"),
            Choice::new("cancel", "Cancel (nothing is written)"),
        ]);
        let question = Question {
            key: "review".to_string(),
            message: "Write idsgen.yaml and render the deployment?".to_string(),
            help: Some("Esc: back to the last question".to_string()),
            kind: Kind::Select { options, default: 0 },
        };
        match io.ask(&question) {
            Ok(Answer::Choice(c)) if c == "write" => return Ok(spec),
            Ok(Answer::Choice(c)) if c == "change" => revisit = Revisit::All,
            Ok(Answer::Choice(c)) if c == "value" => {
                // Back at either question returns to the review.
                revisit = Revisit::Only(Default::default());
                let path = match io.ask(&review::pick_question(&items)) {
                    Ok(Answer::Choice(path)) => path,
                    Err(Stop::Quit) => return Err(Stop::Quit),
                    _ => continue,
                };
                let Some(item) = items.iter().find(|l| l.path == path) else {
                    continue;
                };
                let question = review::value_question(&spec, item);
                match io.ask(&question) {
                    Ok(Answer::Text(value)) => {
                        let value = value.trim().to_string();
                        changed.retain(|(p, _)| *p != path);
                        changed.push((path, value));
                    }
                    Err(Stop::Quit) => return Err(Stop::Quit),
                    _ => {}
                }
            }
            // Esc at the review: back to the last question.
            Err(Stop::Back) => {
                revisit = match answers.previous() {
                    Some(key) => Revisit::From(key.to_string()),
                    None => Revisit::All,
                }
            }
            _ => return Err(Stop::Quit),
        }
    }
}

/// The answers a preferred spec (`--reconfigure`, `--preset`) gives to every question, so they
/// are the defaults even after the target changes (wherever they still fit). Empty without one.
pub fn preloaded(defaults: &Defaults) -> Answers {
    if defaults.preferred.is_none() {
        return Answers::new();
    }
    let mut pass = Answers::new();
    let mut accept = crate::wizard::script::Script::new();
    match collect(&mut accept, defaults, &mut pass, Revisit::All, |_| Vec::new()) {
        Ok(_) => Answers::from_pass(&pass),
        Err(_) => Answers::new(),
    }
}

/// Why a pass ended before it built a spec.
#[derive(Debug)]
enum Halt {
    /// Esc at the question with this key.
    Back(String),
    /// The answers so far break a rule; the question with `key` can fix it.
    Problem { key: String, note: String },
    /// Ctrl-C.
    Quit,
}

/// Asks until the answers make a spec that `check` (`spec::validate::validate`) accepts. The
/// growing spec is checked before every question: a problem with an earlier answer goes back to
/// that question at once, with the problem shown. Esc goes back to the previous question. What
/// is left at the end is shown, and the next pass asks only the questions it points at (or all,
/// when none does).
pub fn collect(
    io: &mut dyn Ask,
    defaults: &Defaults,
    answers: &mut Answers,
    mut revisit: Revisit,
    check: impl Fn(&Spec) -> Vec<Diagnostic>,
) -> Result<Spec, Stop> {
    // Problems already raised at a question: raised once, so a rule that only a later question
    // can satisfy never traps the user; the final check still catches it.
    let mut raised = BTreeSet::new();
    loop {
        answers.start_pass();
        let pass = Flow {
            io: &mut *io,
            answers: &mut *answers,
            revisit: &revisit,
            reached: false,
            draft: defaults.preset(defaults.default_target()).clone(),
            check: &check,
            raised: &mut raised,
        }
        .spec(defaults);
        let spec = match pass {
            Ok(spec) => spec,
            Err(Halt::Quit) => return Err(Stop::Quit),
            Err(Halt::Back(key)) => {
                revisit = match answers.previous() {
                    Some(previous) => Revisit::From(previous.to_string()),
                    None => {
                        io.note("This is the first question; Ctrl-C quits without writing anything.");
                        Revisit::From(key)
                    }
                };
                continue;
            }
            Err(Halt::Problem { key, note }) => {
                io.note(&note);
                revisit = Revisit::From(key);
                continue;
            }
        };
        let problems = check(&spec);
        if problems.is_empty() {
            return Ok(spec);
        }
        let list: Vec<String> = problems.iter().map(|d| format!("  - {d}")).collect();
        let (revisit_next, next_step) = match answers.revisit_for(&problems) {
            Some(keys) => (Revisit::Only(keys), "Back to the questions that set them."),
            None => (
                Revisit::All,
                "Not every one of these is set by a question: going through all of them again; \
                 fix the rest in idsgen.yaml afterwards, or press Ctrl-C to stop.",
            ),
        };
        io.note(&format!(
            "These answers do not make a valid deployment yet:\n{}\n{next_step}",
            list.join("\n")
        ));
        revisit = revisit_next;
    }
}

/// One pass over the questions.
struct Flow<'a> {
    io: &'a mut dyn Ask,
    answers: &'a mut Answers,
    revisit: &'a Revisit,
    /// `Revisit::From`: whether its question has come.
    reached: bool,
    /// The spec so far: answers given in this pass over the chosen target's defaults.
    draft: Spec,
    check: &'a dyn Fn(&Spec) -> Vec<Diagnostic>,
    raised: &'a mut BTreeSet<(String, String)>,
}

/// Whether a stored answer still fits a question (its option is still offered, its text passes).
fn fits(question: &Question, answer: &Answer) -> bool {
    match (&question.kind, answer) {
        (Kind::Select { options, .. }, Answer::Choice(id)) => options.iter().any(|o| &o.id == id),
        (Kind::Text { .. }, Answer::Text(t)) => question.check_text(t).is_ok(),
        (Kind::Confirm { .. }, Answer::Bool(_)) => true,
        (Kind::Number { min, .. }, Answer::Number(n)) => n >= min,
        _ => false,
    }
}

/// `question` with its default replaced by an earlier answer.
fn with_default(mut question: Question, answer: &Answer) -> Question {
    match (&mut question.kind, answer) {
        (Kind::Select { options, default }, Answer::Choice(id)) => {
            if let Some(i) = options.iter().position(|o| &o.id == id) {
                *default = i;
            }
        }
        (Kind::Text { default, .. }, Answer::Text(t)) => *default = t.clone(),
        (Kind::Confirm { default }, Answer::Bool(b)) => *default = *b,
        (Kind::Number { default, .. }, Answer::Number(n)) => *default = *n,
        _ => {}
    }
    question
}

impl Flow<'_> {
    /// Asks `question` unless this pass reuses its earlier answer; checks and stores the answer.
    /// First, a problem the answers so far make goes back to the question that set it.
    fn ask(&mut self, question: Question) -> Result<Answer, Halt> {
        self.problem_so_far()?;
        if let Revisit::From(key) = self.revisit
            && *key == question.key
        {
            self.reached = true;
        }
        let stored = self.answers.get(&question.key).filter(|a| fits(&question, a)).cloned();
        if let Some(answer) = &stored {
            let reuse = match self.revisit {
                Revisit::All => false,
                Revisit::Only(keys) => !keys.contains(&question.key),
                Revisit::From(_) => !self.reached,
            };
            if reuse {
                self.answers.set(&question.key, answer.clone());
                return Ok(answer.clone());
            }
        }
        let question = match &stored {
            Some(answer) => with_default(question, answer),
            None => question,
        };
        self.answers.showing(&question.key);
        loop {
            let answer = match self.io.ask(&question) {
                Ok(answer) => answer,
                Err(Stop::Back) => return Err(Halt::Back(question.key.clone())),
                Err(Stop::Quit) => return Err(Halt::Quit),
            };
            let problem = match (&question.kind, &answer) {
                (Kind::Text { .. }, Answer::Text(t)) => question.check_text(t).err(),
                _ if fits(&question, &answer) => None,
                _ => Some("that answer does not fit this question".to_string()),
            };
            match problem {
                None => {
                    let answer = match answer {
                        Answer::Text(t) => Answer::Text(text_value(&question, &t)),
                        other => other,
                    };
                    self.answers.set(&question.key, answer.clone());
                    self.answers.seen(&question.key);
                    return Ok(answer);
                }
                Some(p) => self.io.note(&format!("{}: {p}", question.message)),
            }
        }
    }

    /// The first problem of the spec so far that lies at or under a question answered in this
    /// pass (the latest such question), unless it was raised there before.
    fn problem_so_far(&mut self) -> Result<(), Halt> {
        let keys = self.answers.keys_in_pass();
        for d in (self.check)(&self.draft) {
            let Some(key) = keys.iter().rev().find(|k| is_within(&d.path, k)) else {
                continue;
            };
            let note = format!("Problem with an earlier answer:\n  - {d}");
            if self.raised.insert((key.clone(), note.clone())) {
                return Err(Halt::Problem { key: key.clone(), note });
            }
        }
        Ok(())
    }

    fn select(&mut self, key: String, message: String, options: Vec<Choice>, default_id: &str) -> Result<String, Halt> {
        // One option is no choice: take it without asking.
        if options.len() == 1 {
            return Ok(options[0].id.clone());
        }
        let default = options.iter().position(|o| o.id == default_id).unwrap_or(0);
        let question = Question {
            key,
            message,
            help: None,
            kind: Kind::Select { options, default },
        };
        match self.ask(question)? {
            Answer::Choice(id) => Ok(id),
            _ => Err(Halt::Quit),
        }
    }

    fn text(
        &mut self,
        key: String,
        message: String,
        default: &str,
        validate: Option<Validator>,
        optional: bool,
    ) -> Result<String, Halt> {
        let question = Question {
            key,
            message,
            help: None,
            kind: Kind::Text {
                default: default.to_string(),
                validate,
                list: false,
                optional,
            },
        };
        match self.ask(question)? {
            Answer::Text(t) => Ok(t.trim().to_string()),
            _ => Err(Halt::Quit),
        }
    }

    fn list(
        &mut self,
        key: String,
        message: String,
        default: &[String],
        validate: Validator,
    ) -> Result<Vec<String>, Halt> {
        let question = Question {
            key,
            message,
            help: Some("comma-separated".to_string()),
            kind: Kind::Text {
                default: default.join(", "),
                validate: Some(validate),
                list: true,
                optional: true,
            },
        };
        match self.ask(question)? {
            Answer::Text(t) => Ok(crate::wizard::question::split_list(&t)),
            _ => Err(Halt::Quit),
        }
    }

    fn confirm(&mut self, key: String, message: String, default: bool) -> Result<bool, Halt> {
        let question = Question {
            key,
            message,
            help: None,
            kind: Kind::Confirm { default },
        };
        match self.ask(question)? {
            Answer::Bool(b) => Ok(b),
            _ => Err(Halt::Quit),
        }
    }

    fn number(&mut self, key: String, message: String, default: u32, min: u32) -> Result<u32, Halt> {
        let question = Question {
            key,
            message,
            help: None,
            kind: Kind::Number {
                default: default.max(min),
                min,
            },
        };
        match self.ask(question)? {
            Answer::Number(n) => Ok(n),
            _ => Err(Halt::Quit),
        }
    }

    /// Every question, in order, each only when it applies to the answers before it.
    fn spec(mut self, defaults: &Defaults) -> Result<Spec, Halt> {
        let target_id = self.select(
            "hosting.target".into(),
            "Where will IdentityServer run?".into(),
            choices::choices(&choices::TARGETS, choices::target_label),
            &choices::id_of(&defaults.default_target()),
        )?;
        let target = choices::from_id(&choices::TARGETS, &target_id).unwrap_or(defaults.default_target());
        let base = defaults.base(target).clone();
        self.draft = base.clone();
        self.draft.hosting.target = target;

        self.draft.project.name = self.text(
            "project.name".into(),
            "Project (assembly) name".into(),
            &base.project.name,
            Some(validator(fields::project_name)),
            false,
        )?;

        self.draft.proxy.hops = self.hops(target, &base.proxy.hops)?;

        let dotnet_id = self.select(
            "project.dotnet".into(),
            ".NET version".into(),
            choices::choices(&choices::DOTNET, choices::dotnet_label),
            &choices::id_of(&base.project.dotnet),
        )?;
        self.draft.project.dotnet = choices::from_id(&choices::DOTNET, &dotnet_id).unwrap_or(base.project.dotnet);
        let majors = choices::duende_majors(self.draft.project.dotnet);
        let duende = self.select(
            "project.duende".into(),
            "Duende IdentityServer major version".into(),
            majors
                .iter()
                .map(|m| Choice::new(m.to_string(), format!("Duende IdentityServer {m}")))
                .collect(),
            &base.project.duende.to_string(),
        )?;
        self.draft.project.duende = duende.parse().unwrap_or(majors[0]);

        if target == Target::OnpremLinux {
            // Nothing autoscales on-prem: one count, one systemd instance per Kestrel port.
            let count = self.number(
                "hosting.max_instances".into(),
                "How many IdentityServer instances per host? (one systemd service per Kestrel port; nothing autoscales)".into(),
                base.hosting.max_instances,
                1,
            )?;
            self.draft.hosting.min_instances = count;
            self.draft.hosting.max_instances = count;
        } else {
            self.draft.hosting.min_instances = self.number(
                "hosting.min_instances".into(),
                "Fewest instances running at any time".into(),
                base.hosting.min_instances,
                1,
            )?;
            self.draft.hosting.max_instances = self.number(
                "hosting.max_instances".into(),
                "Most instances running at any time (autoscaling ceiling)".into(),
                base.hosting.max_instances,
                self.draft.hosting.min_instances,
            )?;
        }

        self.draft.public.origin = self.text(
            "public.origin".into(),
            "Public URL (https origin, no path)".into(),
            &base.public.origin,
            Some(validator(fields::https_origin)),
            false,
        )?;
        let path_base = self.text(
            "public.path_base".into(),
            "Path base, if IdentityServer is not at the root (empty for none)".into(),
            base.public.path_base.as_deref().unwrap_or(""),
            Some(validator(fields::path_base)),
            true,
        )?;
        self.draft.public.path_base = (!path_base.is_empty()).then_some(path_base);

        let provider = self.select(
            "database.provider".into(),
            "Database engine".into(),
            choices::choices(&choices::DATABASES, choices::database_label),
            &choices::id_of(&base.database.provider),
        )?;
        self.draft.database.provider =
            choices::from_id(&choices::DATABASES, &provider).unwrap_or(base.database.provider);
        self.draft.database.connection_string.secret = self.text(
            "database.connection_string".into(),
            "Name of the database connection-string secret".into(),
            &base.database.connection_string.secret,
            Some(validator(fields::secret_name)),
            false,
        )?;

        self.draft.data_protection.key_store = self.key_store(target, &base.data_protection.key_store)?;
        let store_id = choices::key_store_id(&self.draft.data_protection.key_store);
        self.draft.data_protection.key_protection =
            self.key_protection(target, store_id, &base.data_protection.key_protection)?;

        let cache_kinds = choices::cache_kinds(self.draft.hosting.max_instances);
        let cache = self.select(
            "cache.kind".into(),
            "Distributed cache".into(),
            choices::choices(&cache_kinds, choices::cache_label),
            &choices::id_of(&base.cache.kind),
        )?;
        self.draft.cache.kind = choices::from_id(&cache_kinds, &cache).unwrap_or(CacheKind::Redis);

        let holds_keys = store_id == store::REDIS;
        self.draft.redis = if holds_keys || self.draft.cache.kind == CacheKind::Redis {
            Some(self.redis(&base, holds_keys)?)
        } else {
            None
        };

        let providers = choices::secret_providers(target);
        let provider = self.select(
            "secrets.provider".into(),
            "Where do secrets live?".into(),
            choices::choices(&providers, choices::secret_provider_label),
            &choices::id_of(&base.secrets.provider),
        )?;
        self.draft.secrets.provider = choices::from_id(&providers, &provider).unwrap_or(providers[0]);
        // The store's address belongs to the preset's store; a different store starts without one.
        let location = if self.draft.secrets.provider == base.secrets.provider {
            base.secrets.location.clone()
        } else {
            None
        };
        self.draft.secrets.location = if self.draft.secrets.provider == SecretProvider::AzureKeyVault {
            Some(self.text(
                "secrets.location".into(),
                "Key Vault URI (https://VAULT.vault.azure.net/)".into(),
                location.as_deref().unwrap_or(""),
                Some(validator(fields::https_url)),
                false,
            )?)
        } else {
            location
        };

        self.draft.license.key.secret = self.text(
            "license.key".into(),
            "Name of the Duende license-key secret".into(),
            &base.license.key.secret,
            Some(validator(fields::secret_name)),
            false,
        )?;

        self.draft.nginx = if self.draft.proxy.hops.iter().any(|h| h.kind == HopKind::Nginx) {
            let host = base.nginx.clone().unwrap_or_default();
            Some(NginxHost {
                version: self.text(
                    "nginx.version".into(),
                    "nginx version on the hosts (Debian 12 ships 1.22.1)".into(),
                    &host.version,
                    Some(validator(fields::nginx_version)),
                    false,
                )?,
                openssl: self.text(
                    "nginx.openssl".into(),
                    "OpenSSL version nginx is linked against (Debian 12 ships 3.0)".into(),
                    &host.openssl,
                    Some(validator(fields::openssl_version)),
                    false,
                )?,
                ..host
            })
        } else {
            None
        };

        self.draft.clients = self.clients(&base)?;
        Ok(self.draft)
    }

    /// The proxy chain: keep the preset's, or describe it hop by hop from the internet inwards.
    fn hops(&mut self, target: Target, base: &[Hop]) -> Result<Vec<Hop>, Halt> {
        let offered = choices::hop_kinds(target);
        if !base.is_empty() && base.iter().all(|h| offered.contains(&h.kind)) {
            let chain: Vec<String> = base
                .iter()
                .map(|h| {
                    let tls = if h.terminates_tls { ", terminates TLS" } else { "" };
                    let trusts = if h.trusted_networks.is_empty() {
                        String::new()
                    } else {
                        format!(", trusted from {}", h.trusted_networks.join(" "))
                    };
                    format!(
                        "{} ({}{tls}{trusts})",
                        h.name.as_deref().unwrap_or(choices::hop_label(h.kind)),
                        choices::id_of(&h.kind)
                    )
                })
                .collect();
            let keep = self.confirm(
                "proxy.hops".into(),
                format!("Keep this proxy chain? internet → {} → Kestrel", chain.join(" → ")),
                true,
            )?;
            if keep {
                return Ok(base.to_vec());
            }
        }
        let mut hops = Vec::new();
        for i in 0..MAX_HOPS {
            let template = base.get(i).filter(|h| offered.contains(&h.kind));
            let kind_id = self.select(
                format!("proxy.hops[{i}].kind"),
                format!("Hop {} from the internet: what kind of proxy?", i + 1),
                choices::choices(&offered, choices::hop_label),
                &choices::id_of(&template.map(|h| h.kind).unwrap_or(offered[0])),
            )?;
            let kind = choices::from_id(&offered, &kind_id).unwrap_or(offered[0]);
            // Only a template of the same kind says anything about this hop.
            let template = template.filter(|h| h.kind == kind);
            let terminates_tls = self.confirm(
                format!("proxy.hops[{i}].terminates_tls"),
                format!("Does the {} terminate TLS?", choices::hop_label(kind)),
                template
                    .map(|h| h.terminates_tls)
                    .unwrap_or(i == 0 && kind != HopKind::L4Lb),
            )?;
            let trusted_networks = self.list(
                format!("proxy.hops[{i}].trusted_networks"),
                format!(
                    "Addresses or CIDRs the {} connects from, as the next hop sees them (127.0.0.1 when on the app host)",
                    choices::hop_label(kind)
                ),
                template.map(|h| h.trusted_networks.as_slice()).unwrap_or(&[]),
                validator(fields::trust_entry),
            )?;
            hops.push(Hop {
                kind,
                name: template.and_then(|h| h.name.clone()),
                terminates_tls,
                trusted_networks,
                forwards: template.and_then(|h| h.forwards.clone()),
                front_door_id: template.and_then(|h| h.front_door_id.clone()),
            });
            if i + 1 == MAX_HOPS {
                break;
            }
            let more = self.confirm(
                format!("proxy.hops[{i}].more"),
                "Is there another proxy between this one and Kestrel?".into(),
                base.len() > i + 1,
            )?;
            if !more {
                break;
            }
        }
        Ok(hops)
    }

    fn key_store(&mut self, target: Target, base: &KeyStore) -> Result<KeyStore, Halt> {
        let kind = self.select(
            "data_protection.key_store".into(),
            "Where do Data Protection keys live? (shared by every instance)".into(),
            choices::key_stores(target),
            choices::key_store_id(base),
        )?;
        Ok(match kind.as_str() {
            store::REDIS => KeyStore::Redis {
                redis_key: match base {
                    KeyStore::Redis { redis_key } => redis_key.clone(),
                    _ => defaults::redis_key(),
                },
            },
            store::AZURE_BLOB => KeyStore::AzureBlob {
                blob_uri: self.text(
                    "data_protection.key_store.blob_uri".into(),
                    "Blob URI of the key ring (https://ACCOUNT.blob.core.windows.net/CONTAINER/keys.xml)".into(),
                    match base {
                        KeyStore::AzureBlob { blob_uri } => blob_uri,
                        _ => "",
                    },
                    Some(validator(fields::https_url)),
                    false,
                )?,
            },
            store::FILE_SYSTEM => KeyStore::FileSystem {
                path: self.text(
                    "data_protection.key_store.path".into(),
                    "Absolute path of the shared directory mounted on every instance".into(),
                    match base {
                        KeyStore::FileSystem { path } => path,
                        _ => "/var/lib/idsrv/dataprotection",
                    },
                    Some(validator(fields::absolute_path)),
                    false,
                )?,
            },
            store::AWS_SSM => KeyStore::AwsSsm {
                parameter_prefix: self.text(
                    "data_protection.key_store.parameter_prefix".into(),
                    "SSM parameter name prefix".into(),
                    match base {
                        KeyStore::AwsSsm { parameter_prefix } => parameter_prefix,
                        _ => "/idsrv/dataprotection/",
                    },
                    Some(validator(fields::absolute_path)),
                    false,
                )?,
            },
            _ => KeyStore::EfDatabase,
        })
    }

    fn key_protection(&mut self, target: Target, store_id: &str, base: &KeyProtection) -> Result<KeyProtection, Halt> {
        let kind = self.select(
            "data_protection.key_protection".into(),
            "How are the keys protected at rest?".into(),
            choices::key_protections(target, store_id),
            choices::key_protection_id(base),
        )?;
        Ok(match kind.as_str() {
            protection::AZURE_KEY_VAULT => KeyProtection::AzureKeyVault {
                key_id: self.text(
                    "data_protection.key_protection.key_id".into(),
                    "Key Vault key identifier (https://VAULT.vault.azure.net/keys/NAME)".into(),
                    match base {
                        KeyProtection::AzureKeyVault { key_id } => key_id,
                        _ => "",
                    },
                    Some(validator(fields::https_url)),
                    false,
                )?,
            },
            protection::AWS_KMS => KeyProtection::AwsKms {
                // No field rule exists for KMS ids (alias, key id or ARN); `spec::validate` has the last word.
                key_id: self.text(
                    "data_protection.key_protection.key_id".into(),
                    "KMS key id, alias or ARN".into(),
                    match base {
                        KeyProtection::AwsKms { key_id } => key_id,
                        _ => "alias/idsrv-dataprotection",
                    },
                    None,
                    false,
                )?,
            },
            _ => {
                let (path, password) = match base {
                    KeyProtection::Certificate { path, password } => (
                        path.as_str(),
                        password.as_ref().map(|p| p.secret.as_str()).unwrap_or(""),
                    ),
                    _ => ("/etc/idsrv/dataprotection.pfx", ""),
                };
                let path = self.text(
                    "data_protection.key_protection.path".into(),
                    "Absolute path of the PFX file on every instance".into(),
                    path,
                    Some(validator(fields::absolute_path)),
                    false,
                )?;
                let password = self.text(
                    "data_protection.key_protection.password".into(),
                    "Name of the PFX password secret (empty if it has none)".into(),
                    password,
                    Some(validator(fields::secret_name)),
                    true,
                )?;
                KeyProtection::Certificate {
                    path,
                    password: (!password.is_empty()).then_some(SecretRef { secret: password }),
                }
            }
        })
    }

    fn redis(&mut self, base: &Spec, holds_keys: bool) -> Result<Redis, Halt> {
        let template = base.redis.clone().unwrap_or_else(|| Redis {
            connection_string: SecretRef {
                secret: sibling_secret_name(base, "redis-connection"),
            },
            hosting: RedisHosting::Managed,
            persistence: RedisPersistence::None,
            maxmemory_policy: defaults::maxmemory_policy(),
        });
        let hosting = self.select(
            "redis.hosting".into(),
            "Who runs Redis?".into(),
            choices::choices(&choices::REDIS_HOSTING, choices::redis_hosting_label),
            &choices::id_of(&template.hosting),
        )?;
        let secret = self.text(
            "redis.connection_string".into(),
            "Name of the Redis connection-string secret".into(),
            &template.connection_string.secret,
            Some(validator(fields::secret_name)),
            false,
        )?;
        // Persistence matters only when Redis holds the key ring; a cache may lose its entries.
        let persistence = if holds_keys {
            let default = if template.persistence == RedisPersistence::None {
                RedisPersistence::Aof
            } else {
                template.persistence
            };
            let id = self.select(
                "redis.persistence".into(),
                "Redis persistence (it holds the key ring, which must survive restarts)".into(),
                choices::choices(&choices::DURABLE_PERSISTENCE, choices::persistence_label),
                &choices::id_of(&default),
            )?;
            choices::from_id(&choices::DURABLE_PERSISTENCE, &id).unwrap_or(RedisPersistence::Aof)
        } else {
            template.persistence
        };
        Ok(Redis {
            connection_string: SecretRef { secret },
            hosting: choices::from_id(&choices::REDIS_HOSTING, &hosting).unwrap_or(template.hosting),
            persistence,
            maxmemory_policy: template.maxmemory_policy,
        })
    }

    /// The clients: a loop of "add one?", defaults taken from the preset's client at the same
    /// position when it is of the same kind.
    fn clients(&mut self, base: &Spec) -> Result<Vec<Client>, Halt> {
        let mut clients = Vec::new();
        for i in 0..MAX_CLIENTS {
            let template = base.clients.get(i);
            let add = self.confirm(
                format!("clients[{i}]"),
                match (i, template) {
                    (0, Some(t)) => format!(
                        "Set up a first client? (starting from the preset's `{}`, a {}; you change its id and URIs next)",
                        t.id,
                        choices::client_kind_label(t.kind)
                    ),
                    (0, None) => "Set up a first client?".to_string(),
                    (_, Some(t)) => format!(
                        "Set up client {}? (starting from the preset's `{}`, a {})",
                        i + 1,
                        t.id,
                        choices::client_kind_label(t.kind)
                    ),
                    (_, None) => format!("Set up client {}?", i + 1),
                },
                template.is_some(),
            )?;
            if !add {
                break;
            }
            let kind_id = self.select(
                format!("clients[{i}].kind"),
                "Client kind".into(),
                choices::choices(&choices::CLIENT_KINDS, choices::client_kind_label),
                &choices::id_of(&template.map(|t| t.kind).unwrap_or(ClientKind::Spa)),
            )?;
            let kind = choices::from_id(&choices::CLIENT_KINDS, &kind_id).unwrap_or(ClientKind::Spa);
            let template = template.filter(|t| t.kind == kind);
            let id = self.text(
                format!("clients[{i}].id"),
                "Client id".into(),
                template.map(|t| t.id.as_str()).unwrap_or(""),
                Some(validator(fields::client_id)),
                false,
            )?;
            let redirect_uris = if kind == ClientKind::M2m {
                Vec::new()
            } else {
                self.list(
                    format!("clients[{i}].redirect_uris"),
                    "Redirect URIs".into(),
                    template.map(|t| t.redirect_uris.as_slice()).unwrap_or(&[]),
                    validator(move |v| fields::redirect_uri_for(kind, v)),
                )?
            };
            let cors_origins = if kind == ClientKind::Spa {
                self.list(
                    format!("clients[{i}].cors_origins"),
                    "CORS origins the app calls from (https://app.example.com)".into(),
                    template.map(|t| t.cors_origins.as_slice()).unwrap_or(&[]),
                    validator(fields::cors_origin),
                )?
            } else {
                Vec::new()
            };
            let secret = if matches!(kind, ClientKind::Web | ClientKind::M2m) {
                let default = template
                    .and_then(|t| t.secret.as_ref())
                    .map(|s| s.secret.clone())
                    .unwrap_or_else(|| sibling_secret_name(base, &format!("client-{id}")));
                Some(SecretRef {
                    secret: self.text(
                        format!("clients[{i}].secret"),
                        "Name of the client-secret secret".into(),
                        &default,
                        Some(validator(fields::secret_name)),
                        false,
                    )?,
                })
            } else {
                None
            };
            // Post-logout URIs belong to the redirect URIs they came with; new ones start empty.
            let post_logout_redirect_uris = template
                .filter(|t| t.redirect_uris == redirect_uris)
                .map(|t| t.post_logout_redirect_uris.clone())
                .unwrap_or_default();
            clients.push(Client {
                id,
                name: template.and_then(|t| t.name.clone()),
                kind,
                redirect_uris,
                post_logout_redirect_uris,
                cors_origins,
                scopes: template
                    .map(|t| t.scopes.clone())
                    .unwrap_or_else(|| choices::default_scopes(kind)),
                secret,
                lifetimes: template
                    .map(|t| t.lifetimes.clone())
                    .unwrap_or_else(ClientLifetimes::default),
            });
        }
        Ok(clients)
    }
}

/// A new secret name in the style of the preset's (`idsrv/x` on AWS, `idsrv-x` elsewhere).
fn sibling_secret_name(base: &Spec, suffix: &str) -> String {
    if base.database.connection_string.secret.contains('/') {
        format!("idsrv/{suffix}")
    } else {
        format!("idsrv-{suffix}")
    }
}
