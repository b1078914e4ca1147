//! Tests of the question flow with scripted answers, no terminal: which questions apply, their
//! defaults, the spec they build, and going back when validation finds problems.

use crate::error::Diagnostic;
use crate::spec::types::{CacheKind, ClientKind, HopKind, KeyProtection, KeyStore, Spec, Target};
use crate::wizard::answers::{Answers, Revisit};
use crate::wizard::choices::{self, TARGETS};
use crate::wizard::flow::{self, Defaults, preset_spec};
use crate::wizard::question::{Answer, Stop};
use crate::wizard::script::Script;

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_string())
}

fn text(t: &str) -> Answer {
    Answer::Text(t.to_string())
}

fn target(t: Target) -> Answer {
    choice(&choices::id_of(&t))
}

fn run(script: &mut Script) -> Result<Spec, Stop> {
    flow::converse(script, &Defaults::new(None).unwrap())
}

/// Runs the flow with no validation, so a test sees exactly what the answers build.
fn run_unchecked(script: &mut Script) -> Result<Spec, Stop> {
    let defaults = Defaults::new(None).unwrap();
    flow::collect(script, &defaults, &mut Answers::new(), Revisit::All, |_| Vec::new())
}

#[test]
fn accepting_every_default_reproduces_each_targets_preset() {
    for t in TARGETS {
        let mut script = Script::new().answer("hosting.target", target(t));
        let spec = run(&mut script).unwrap_or_else(|_| panic!("{t:?} cancelled"));
        assert_eq!(spec, preset_spec(t).unwrap(), "target {t:?}");
        assert_eq!(script.asked[0].key, "hosting.target", "the target is asked first");
    }
}

#[test]
fn the_target_is_offered_in_the_documented_order() {
    let mut script = Script::new();
    run(&mut script).unwrap();
    assert_eq!(
        script.asked[0].options,
        vec![
            "azure-app-service",
            "azure-aks",
            "aws-ecs",
            "aws-eks",
            "kubernetes",
            "onprem-linux"
        ]
    );
}

#[test]
fn aws_ecs_never_asks_about_nginx_even_when_the_chain_is_edited() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("proxy.hops", Answer::Bool(false));
    let spec = run_unchecked(&mut script).unwrap();
    assert!(!script.was_asked("nginx.version") && !script.was_asked("nginx.openssl"));
    let kinds = &script.last("proxy.hops[0].kind").unwrap().options;
    assert!(!kinds.contains(&"nginx".to_string()), "{kinds:?}");
    assert_eq!(spec.nginx, None);
}

#[test]
fn onprem_asks_nginx_and_openssl_with_debian_12_defaults() {
    let mut script = Script::new().answer("hosting.target", target(Target::OnpremLinux));
    run(&mut script).unwrap();
    assert_eq!(script.last("nginx.version").unwrap().default, "1.22.1");
    assert_eq!(script.last("nginx.openssl").unwrap().default, "3.0");
}

#[test]
fn an_nginx_hop_added_to_kubernetes_brings_the_nginx_questions_with_the_default_versions() {
    // Generic Kubernetes offers no idsgen-managed nginx; on-prem with the chain rebuilt does.
    let mut script = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("proxy.hops", Answer::Bool(false))
        .answer("proxy.hops[0].kind", choice("l4-lb"))
        .answer("proxy.hops[0].more", Answer::Bool(true))
        .answer("proxy.hops[1].kind", choice("nginx"))
        .answer("proxy.hops[1].trusted_networks", text("10.0.0.5"))
        .answer("proxy.hops[1].more", Answer::Bool(false));
    let spec = run_unchecked(&mut script).unwrap();
    let kinds: Vec<HopKind> = spec.proxy.hops.iter().map(|h| h.kind).collect();
    assert_eq!(kinds, vec![HopKind::L4Lb, HopKind::Nginx]);
    assert_eq!(spec.proxy.hops[1].trusted_networks, vec!["10.0.0.5"]);
    assert!(
        !spec.proxy.hops[0].terminates_tls,
        "an L4 LB does not terminate TLS by default"
    );
    assert!(script.was_asked("nginx.version"));

    let mut no_nginx = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("proxy.hops", Answer::Bool(false))
        .answer("proxy.hops[0].kind", choice("cloud-l7-lb"));
    let spec = run_unchecked(&mut no_nginx).unwrap();
    assert!(!no_nginx.was_asked("nginx.version"));
    assert_eq!(spec.nginx, None);
}

#[test]
fn one_instance_offers_the_memory_cache_and_more_do_not() {
    let mut single = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("hosting.min_instances", Answer::Number(1))
        .answer("hosting.max_instances", Answer::Number(1));
    run_unchecked(&mut single).unwrap();
    assert_eq!(single.last("cache.kind").unwrap().options, vec!["redis", "memory"]);

    let mut many = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("hosting.max_instances", Answer::Number(4));
    let spec = run_unchecked(&mut many).unwrap();
    assert!(
        many.asked.iter().all(|a| !a.options.contains(&"memory".to_string())),
        "memory offered with 4 instances"
    );
    assert_eq!(spec.cache.kind, CacheKind::Redis);
}

#[test]
fn max_instances_below_min_is_not_accepted() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("hosting.min_instances", Answer::Number(3))
        .answer("hosting.max_instances", Answer::Number(2));
    let spec = run_unchecked(&mut script).unwrap();
    assert!(spec.hosting.max_instances >= 3, "{}", spec.hosting.max_instances);
    assert!(!script.notes.is_empty(), "the rejected answer is explained");
}

#[test]
fn duende_8_is_offered_only_with_net10() {
    let mut net10 = Script::new().answer("hosting.target", target(Target::Kubernetes));
    run(&mut net10).unwrap();
    assert_eq!(net10.last("project.duende").unwrap().options, vec!["8", "7"]);

    let mut net8 = Script::new()
        .answer("hosting.target", target(Target::Kubernetes))
        .answer("project.dotnet", choice("net8"));
    let spec = run_unchecked(&mut net8).unwrap();
    assert!(!net8.was_asked("project.duende"), "7 is the only choice on net8");
    assert_eq!(spec.project.duende, 7);
}

#[test]
fn aws_kms_is_offered_only_with_ssm_and_key_vault_only_on_azure() {
    let mut ssm = Script::new().answer("hosting.target", target(Target::AwsEks));
    run(&mut ssm).unwrap();
    let offered = &ssm.last("data_protection.key_protection").unwrap().options;
    assert!(offered.contains(&"aws-kms".to_string()) && !offered.contains(&"azure-key-vault".to_string()));

    let mut ef = Script::new()
        .answer("hosting.target", target(Target::AwsEks))
        .answer("data_protection.key_store", choice("ef-database"));
    let spec = run_unchecked(&mut ef).unwrap();
    // Only the certificate is left, so it is taken without asking.
    assert!(!ef.was_asked("data_protection.key_protection"));
    assert!(matches!(
        spec.data_protection.key_protection,
        KeyProtection::Certificate { .. }
    ));
    assert!(ef.was_asked("data_protection.key_protection.path"));

    // ECS cannot deliver a PFX: SSM with KMS is the one protected store, so neither is asked.
    let mut ecs = Script::new().answer("hosting.target", target(Target::AwsEcs));
    let spec = run(&mut ecs).unwrap();
    assert!(!ecs.was_asked("data_protection.key_store") && !ecs.was_asked("data_protection.key_protection"));
    assert!(matches!(
        spec.data_protection.key_protection,
        KeyProtection::AwsKms { .. }
    ));
}

#[test]
fn redis_questions_only_when_redis_is_used_and_persistence_only_when_it_holds_keys() {
    // aws-ecs: Redis is the cache, SSM holds the keys → no persistence question.
    let mut cache_only = Script::new().answer("hosting.target", target(Target::AwsEcs));
    run(&mut cache_only).unwrap();
    assert!(cache_only.was_asked("redis.connection_string"));
    assert!(!cache_only.was_asked("redis.persistence"));

    // onprem: Redis holds the key ring → persistence asked, only durable modes offered.
    let mut keys = Script::new().answer("hosting.target", target(Target::OnpremLinux));
    run(&mut keys).unwrap();
    assert_eq!(keys.last("redis.persistence").unwrap().options, vec!["aof", "rdb"]);

    // One instance, memory cache, keys in the database → no Redis at all.
    let mut none = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("hosting.min_instances", Answer::Number(1))
        .answer("hosting.max_instances", Answer::Number(1))
        .answer("data_protection.key_store", choice("ef-database"))
        .answer("cache.kind", choice("memory"));
    let spec = run_unchecked(&mut none).unwrap();
    assert!(none.asked.iter().all(|a| !a.key.starts_with("redis.")));
    assert_eq!(spec.redis, None);
    assert_eq!(spec.data_protection.key_store, KeyStore::EfDatabase);
}

#[test]
fn client_questions_follow_the_kind() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("clients[0]", Answer::Bool(true))
        .answer("clients[1]", Answer::Bool(true))
        .answer("clients[2]", Answer::Bool(true))
        .answer("clients[2].kind", choice("web"))
        .answer("clients[2].id", text("portal"))
        .answer(
            "clients[2].redirect_uris",
            text("https://portal.example.com/signin-oidc"),
        )
        .answer("clients[3]", Answer::Bool(false));
    let spec = run_unchecked(&mut script).unwrap();
    assert!(script.was_asked("clients[0].cors_origins"), "spa asks CORS");
    assert!(!script.was_asked("clients[0].secret"), "spa has no secret");
    assert!(script.was_asked("clients[1].secret"), "m2m asks its secret");
    assert!(!script.was_asked("clients[1].redirect_uris"), "m2m has no redirect");
    assert!(!script.was_asked("clients[2].cors_origins"), "web asks no CORS");
    assert_eq!(spec.clients.len(), 3);
    let portal = &spec.clients[2];
    assert_eq!((portal.kind, portal.id.as_str()), (ClientKind::Web, "portal"));
    assert_eq!(
        portal.secret.as_ref().unwrap().secret,
        "idsrv/client-portal",
        "AWS-style name"
    );
    assert_eq!(portal.scopes, vec!["openid", "profile", "api"]);
}

#[test]
fn declining_the_first_client_leaves_none() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::Kubernetes))
        .answer("clients[0]", Answer::Bool(false));
    let spec = run_unchecked(&mut script).unwrap();
    assert!(spec.clients.is_empty());
    assert!(!script.was_asked("clients[0].kind"));
}

#[test]
fn a_text_answer_is_checked_with_the_spec_field_rule_and_asked_again() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("public.origin", text("http://id.example.com"))
        .answer("public.origin", text("https://login.example.org"));
    let spec = run_unchecked(&mut script).unwrap();
    assert_eq!(spec.public.origin, "https://login.example.org");
    let expected = crate::spec::fields::https_origin("http://id.example.com").unwrap_err();
    assert!(script.notes.iter().any(|n| n.contains(&expected)), "{:?}", script.notes);
    assert_eq!(script.asked.iter().filter(|a| a.key == "public.origin").count(), 2);
}

#[test]
fn a_trusted_network_list_is_checked_item_by_item() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("proxy.hops", Answer::Bool(false))
        .answer("proxy.hops[0].trusted_networks", text("127.0.0.1, 10.0.0.1/8"))
        .answer("proxy.hops[0].trusted_networks", text("127.0.0.1, 10.0.0.0/8"));
    let spec = run_unchecked(&mut script).unwrap();
    assert_eq!(spec.proxy.hops[0].trusted_networks, vec!["127.0.0.1", "10.0.0.0/8"]);
    assert!(
        script.notes.iter().any(|n| n.contains("10.0.0.1/8")),
        "{:?}",
        script.notes
    );
}

#[test]
fn validation_problems_send_the_user_back_to_those_questions_only() {
    let defaults = Defaults::new(None).unwrap();
    // 7 is refused at once (before the next question); the user insists, so the problem is
    // listed again at the end and only its question is asked once more.
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("hosting.max_instances", Answer::Number(7))
        .answer("hosting.max_instances", Answer::Number(7))
        .answer("hosting.max_instances", Answer::Number(5));
    let spec = flow::collect(&mut script, &defaults, &mut Answers::new(), Revisit::All, |s| {
        if s.hosting.max_instances == 7 {
            vec![Diagnostic::new(
                "hosting.max_instances",
                "seven is unlucky",
                "pick another",
            )]
        } else {
            Vec::new()
        }
    })
    .unwrap();
    assert_eq!(spec.hosting.max_instances, 5);
    let keys: Vec<&str> = script.asked.iter().map(|a| a.key.as_str()).collect();
    let at = keys.iter().position(|k| *k == "hosting.max_instances").unwrap();
    assert_eq!(
        keys[at + 1],
        "hosting.max_instances",
        "the problem is raised before the next question: {keys:?}"
    );
    let end_pass: Vec<&str> = keys
        .iter()
        .skip_while(|k| **k != "license.key")
        .skip_while(|k| **k == "license.key" || k.starts_with("clients"))
        .copied()
        .collect();
    assert_eq!(
        end_pass,
        vec!["hosting.max_instances"],
        "only the pointed-at question is asked again at the end"
    );
    assert_eq!(
        script.last("hosting.max_instances").unwrap().default,
        "7",
        "the earlier answer is the default"
    );
    assert_eq!(
        script.notes.iter().filter(|n| n.contains("seven is unlucky")).count(),
        2,
        "{:?}",
        script.notes
    );
}

#[test]
fn esc_goes_back_one_question_with_the_earlier_answer_kept() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("project.name", text("Acme.Login"))
        .back_at("proxy.hops");
    let spec = run(&mut script).unwrap();
    let keys: Vec<&str> = script.asked.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        &keys[..4],
        &["hosting.target", "project.name", "proxy.hops", "project.name"],
        "{keys:?}"
    );
    assert_eq!(script.asked[3].default, "Acme.Login", "the answer given is the default");
    assert_eq!(keys.iter().filter(|k| **k == "hosting.target").count(), 1);
    assert_eq!(spec.project.name, "Acme.Login");
    assert_eq!(spec.hosting.target, Target::AwsEcs);
}

#[test]
fn esc_twice_goes_back_two_questions() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::Kubernetes))
        .answer("project.name", text("Acme.Login"))
        .answer("proxy.hops", Answer::Bool(true))
        .back_at("project.dotnet")
        .back_at("proxy.hops");
    let spec = run(&mut script).unwrap();
    let keys: Vec<&str> = script.asked.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        &keys[..6],
        &[
            "hosting.target",
            "project.name",
            "proxy.hops",
            "project.dotnet",
            "proxy.hops",
            "project.name"
        ],
        "{keys:?}"
    );
    assert_eq!(spec.project.name, "Acme.Login");
}

#[test]
fn esc_at_the_first_question_stays_there_and_says_how_to_quit() {
    let mut script = Script::new().back_at("hosting.target");
    run(&mut script).unwrap();
    assert_eq!(script.asked[0].key, "hosting.target");
    assert_eq!(script.asked[1].key, "hosting.target");
    assert!(
        script.notes.iter().any(|n| n.contains("Ctrl-C quits")),
        "{:?}",
        script.notes
    );
}

#[test]
fn esc_at_the_review_goes_back_to_the_last_question() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .back_at("review");
    run(&mut script).unwrap();
    let keys: Vec<&str> = script.asked.iter().map(|a| a.key.as_str()).collect();
    let review = keys.iter().position(|k| *k == "review").unwrap();
    assert_eq!(keys[review + 1], keys[review - 1], "{keys:?}");
    assert_eq!(keys.iter().filter(|k| **k == "review").count(), 2);
}

#[test]
fn onprem_asks_one_instance_count_and_no_autoscaling_range() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("hosting.max_instances", Answer::Number(3));
    let spec = run(&mut script).unwrap();
    assert!(!script.was_asked("hosting.min_instances"));
    let q = script.last("hosting.max_instances").unwrap();
    assert!(
        !q.message.contains("autoscal") || q.message.contains("nothing autoscales"),
        "{}",
        q.message
    );
    assert_eq!((spec.hosting.min_instances, spec.hosting.max_instances), (3, 3));

    let mut cloud = Script::new().answer("hosting.target", target(Target::AwsEcs));
    run(&mut cloud).unwrap();
    assert!(cloud.was_asked("hosting.min_instances"));
    assert!(
        cloud
            .last("hosting.max_instances")
            .unwrap()
            .message
            .contains("autoscaling")
    );
}

/// Picks a pseudo-random option at every select and confirm, the same one each time a key is
/// asked (so going back replays it), the default for numbers, and for text the default or, where
/// there is none, a valid value for that field.
struct Walk(u64, String, usize);

impl Walk {
    fn new(seed: u64) -> Self {
        Walk(seed, String::new(), 0)
    }
}

/// A valid answer for a text question whose default is empty.
fn typed(key: &str) -> String {
    let v = if key.ends_with("trusted_networks") {
        "10.0.0.0/16"
    } else if key.ends_with("redirect_uris") {
        "https://app.acme-corp.io/callback"
    } else if key.ends_with("blob_uri") {
        "https://acct.blob.core.windows.net/keys/keys.xml"
    } else if key.ends_with("key_protection.key_id") {
        "https://vault.vault.azure.net/keys/dataprotection"
    } else if key == "secrets.location" {
        "https://vault.vault.azure.net/"
    } else if key.ends_with(".id") {
        return format!(
            "walker-{}",
            key.len() + key.bytes().filter(u8::is_ascii_digit).map(u32::from).sum::<u32>() as usize
        );
    } else {
        ""
    };
    v.to_string()
}

impl crate::wizard::question::Ask for Walk {
    fn ask(&mut self, q: &crate::wizard::question::Question) -> Result<Answer, Stop> {
        use crate::wizard::question::Kind;
        use std::hash::{Hash, Hasher};
        // The flow re-asks a refused answer; a walk that cannot answer must fail, not spin.
        if self.1 == q.key {
            self.2 += 1;
            assert!(self.2 < 5, "seed {}: no valid answer for {}", self.0, q.key);
        } else {
            (self.1, self.2) = (q.key.clone(), 0);
        }
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.0, &q.key).hash(&mut h);
        let r = h.finish();
        Ok(match &q.kind {
            Kind::Select { options, .. } if q.key == "review" => Answer::Choice(options[0].id.clone()),
            Kind::Select { options, .. } => Answer::Choice(options[(r % options.len() as u64) as usize].id.clone()),
            // Mostly "no" for loops, so walks stay short.
            Kind::Confirm { default } if q.key.ends_with(".more") || q.key.starts_with("clients[") => {
                Answer::Bool(*default && !r.is_multiple_of(3))
            }
            Kind::Confirm { .. } => Answer::Bool(r.is_multiple_of(2)),
            Kind::Text { default, .. } if default.is_empty() => Answer::Text(typed(&q.key)),
            Kind::Text { default, .. } => Answer::Text(default.clone()),
            Kind::Number { default, .. } => Answer::Number(*default),
        })
    }

    fn note(&mut self, _: &str) {}
}

struct Noting<'a>(&'a mut Walk, Vec<String>);

impl crate::wizard::question::Ask for Noting<'_> {
    fn ask(&mut self, q: &crate::wizard::question::Question) -> Result<Answer, Stop> {
        self.0.ask(q)
    }
    fn note(&mut self, text: &str) {
        self.1.push(text.to_string());
    }
}

#[test]
fn checking_as_the_spec_grows_never_raises_a_problem_the_finished_spec_does_not_have() {
    // Property over 300 pseudo-random walks through the questions: when the same answers make
    // a valid spec, checking the growing spec before every question raised nothing.
    let defaults = Defaults::new(None).unwrap();
    let mut valid_walks = 0;
    for seed in 0..300u64 {
        let mut walk = Walk::new(seed);
        let unchecked = flow::collect(&mut walk, &defaults, &mut Answers::new(), Revisit::All, |_| Vec::new()).unwrap();
        let problems = crate::spec::validate::validate(&unchecked);
        if !problems.is_empty() {
            if std::env::var_os("WALK_DEBUG").is_some() {
                eprintln!("seed {seed}: {}", problems[0]);
            }
            continue;
        }
        valid_walks += 1;
        let mut walk = Walk::new(seed);
        let mut noting = Noting(&mut walk, Vec::new());
        let checked = flow::collect(
            &mut noting,
            &defaults,
            &mut Answers::new(),
            Revisit::All,
            crate::spec::validate::validate,
        )
        .unwrap();
        assert!(noting.1.is_empty(), "seed {seed}: false alarm {:?}", noting.1);
        assert_eq!(checked, unchecked, "seed {seed}");
    }
    eprintln!("{valid_walks} of 300 walks made a valid spec");
    assert!(valid_walks >= 100, "only {valid_walks} of 300 walks made a valid spec");
}

#[test]
fn change_answers_asks_everything_again_with_the_previous_answers_as_defaults() {
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("public.origin", text("https://login.example.org"))
        .answer("review", choice("change"));
    let spec = run(&mut script).unwrap();
    assert_eq!(script.asked.iter().filter(|a| a.key == "hosting.target").count(), 2);
    assert_eq!(
        script.last("public.origin").unwrap().default,
        "https://login.example.org"
    );
    assert_eq!(spec.public.origin, "https://login.example.org");
    assert_eq!(spec.hosting.target, Target::AwsEcs);
}

#[test]
fn ctrl_c_at_the_review_or_any_question_quits() {
    assert_eq!(run(&mut Script::new().quit_at("hosting.target")), Err(Stop::Quit));
    assert_eq!(run(&mut Script::new().quit_at("public.origin")), Err(Stop::Quit));
    assert_eq!(
        run(&mut Script::new().answer("review", choice("cancel"))),
        Err(Stop::Quit)
    );
}

#[test]
fn a_preferred_spec_supplies_the_defaults_for_its_target_only() {
    let mut mine = preset_spec(Target::AwsEcs).unwrap();
    mine.hosting.max_instances = 9;
    mine.public.path_base = Some("/identity".into());
    let defaults = Defaults::new(Some(mine.clone())).unwrap();
    assert_eq!(defaults.default_target(), Target::AwsEcs);

    let mut same = Script::new();
    let spec = flow::converse(&mut same, &defaults).unwrap();
    assert_eq!(spec, mine);

    // Another target keeps every answer that still applies there (issue 8: reconfigure keeps
    // answers across a target change) and takes the rest from that target's preset.
    let mut other = Script::new().answer("hosting.target", target(Target::AwsEks));
    let spec = flow::converse(&mut other, &defaults).unwrap();
    let eks = preset_spec(Target::AwsEks).unwrap();
    assert_eq!(spec.hosting.target, Target::AwsEks);
    assert_eq!(spec.hosting.max_instances, 9);
    assert_eq!(spec.public.path_base.as_deref(), Some("/identity"));
    assert_eq!(spec.project, mine.project);
    assert_eq!(spec.public.origin, mine.public.origin);
    assert_eq!(spec.proxy, eks.proxy, "the ECS chain is not offered on EKS");
    assert!(crate::spec::validate::validate(&spec).is_empty());
}

#[test]
fn the_summary_is_the_same_text_outputs_docs_writes() {
    let spec = preset_spec(Target::Kubernetes).unwrap();
    let text = flow::spec_text(&spec);
    assert!(text.starts_with(crate::outputs::docs::SPEC_HEADER));
    let back = crate::spec::load::parse("summary", &text).unwrap();
    assert_eq!(back, spec);
}

#[test]
fn a_real_validation_problem_reasks_only_the_question_behind_it() {
    // A TLS-terminating nginx that trusts nothing passes every field rule (an empty list) but
    // not `spec::validate`: the wizard shows why and asks for that list again.
    let mut script = Script::new()
        .answer("hosting.target", target(Target::OnpremLinux))
        .answer("proxy.hops", Answer::Bool(false))
        .answer("proxy.hops[0].kind", choice("nginx"))
        .answer("proxy.hops[0].trusted_networks", text(""))
        .answer("proxy.hops[0].trusted_networks", text("127.0.0.1"))
        .answer("proxy.hops[0].more", Answer::Bool(false));
    let spec = run(&mut script).unwrap();
    assert_eq!(spec.proxy.hops[0].trusted_networks, vec!["127.0.0.1"]);
    let count = |key: &str| script.asked.iter().filter(|a| a.key == key).count();
    assert_eq!(count("proxy.hops[0].trusted_networks"), 2);
    assert_eq!(count("public.origin"), 1, "unrelated questions are not asked again");
    assert_eq!(count("hosting.target"), 1);
    assert!(
        script
            .notes
            .iter()
            .any(|n| n.contains("proxy.hops[0].trusted_networks")),
        "{:?}",
        script.notes
    );
}

#[test]
fn key_vault_asks_for_its_uri_with_the_presets_as_default() {
    let mut script = Script::new().answer("hosting.target", target(Target::AzureAks));
    let spec = run(&mut script).unwrap();
    let preset = preset_spec(Target::AzureAks).unwrap();
    assert_eq!(
        script.last("secrets.location").unwrap().default,
        preset.secrets.location.clone().unwrap()
    );
    assert_eq!(spec.secrets.location, preset.secrets.location);

    let mut k8s = Script::new()
        .answer("hosting.target", target(Target::AzureAks))
        .answer("secrets.provider", choice("kubernetes"));
    let spec = run_unchecked(&mut k8s).unwrap();
    assert!(!k8s.was_asked("secrets.location"));
    assert_eq!(
        spec.secrets.location, None,
        "the vault URI does not carry over to another store"
    );
}
