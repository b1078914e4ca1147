//! Tests of the question flow with scripted answers, no terminal: which questions apply, their
//! defaults, the spec they build, and going back when validation finds problems.

use crate::error::Diagnostic;
use crate::spec::types::{CacheKind, ClientKind, HopKind, KeyProtection, KeyStore, Spec, Target};
use crate::wizard::answers::{Answers, Revisit};
use crate::wizard::choices::{self, TARGETS};
use crate::wizard::flow::{self, Defaults, preset_spec};
use crate::wizard::question::{Answer, Cancelled};
use crate::wizard::script::Script;
use std::cell::Cell;

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_string())
}

fn text(t: &str) -> Answer {
    Answer::Text(t.to_string())
}

fn target(t: Target) -> Answer {
    choice(&choices::id_of(&t))
}

fn run(script: &mut Script) -> Result<Spec, Cancelled> {
    flow::converse(script, &Defaults::new(None).unwrap())
}

/// Runs the flow with no validation, so a test sees exactly what the answers build.
fn run_unchecked(script: &mut Script) -> Result<Spec, Cancelled> {
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
    let mut script = Script::new()
        .answer("hosting.target", target(Target::AwsEcs))
        .answer("hosting.max_instances", Answer::Number(7))
        .answer("hosting.max_instances", Answer::Number(5));
    let calls = Cell::new(0);
    let spec = flow::collect(&mut script, &defaults, &mut Answers::new(), Revisit::All, |s| {
        calls.set(calls.get() + 1);
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
    assert_eq!(calls.get(), 2);
    let second_pass: Vec<&str> = script
        .asked
        .iter()
        .skip_while(|a| a.key != "license.key")
        .skip_while(|a| a.key == "license.key" || a.key.starts_with("clients"))
        .map(|a| a.key.as_str())
        .collect();
    assert_eq!(
        second_pass,
        vec!["hosting.max_instances"],
        "only the pointed-at question is asked again"
    );
    assert_eq!(
        script.last("hosting.max_instances").unwrap().default,
        "7",
        "the earlier answer is the default"
    );
    assert!(script.notes.iter().any(|n| n.contains("seven is unlucky")));
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
fn cancel_at_the_review_or_any_question_returns_cancelled() {
    assert_eq!(run(&mut Script::new().cancel_at("hosting.target")), Err(Cancelled));
    assert_eq!(run(&mut Script::new().cancel_at("public.origin")), Err(Cancelled));
    assert_eq!(
        run(&mut Script::new().answer("review", choice("cancel"))),
        Err(Cancelled)
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

    let mut other = Script::new().answer("hosting.target", target(Target::AwsEks));
    let spec = flow::converse(&mut other, &defaults).unwrap();
    assert_eq!(spec, preset_spec(Target::AwsEks).unwrap());
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
