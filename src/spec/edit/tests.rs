//! In-place edits: comments and layout survive, the change is minimal, the result reads back as
//! exactly the new spec, and the whole-file fallback stays rare.

use super::*;
use crate::spec::{load, presets};

/// The spec `text` means after `sets`, validated.
fn after(text: &str, sets: &[&str]) -> Spec {
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    load::load("test", text, &sets).unwrap_or_else(|e| panic!("{sets:?}: {e}"))
}

/// Lines of `before` missing from `after`, and lines of `after` missing from `before`.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let diff = similar::TextDiff::from_lines(before, after);
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed.push(change.value().trim_end().to_string()),
            similar::ChangeTag::Insert => added.push(change.value().trim_end().to_string()),
            similar::ChangeTag::Equal => {}
        }
    }
    (removed, added)
}

fn edit(text: &str, sets: &[&str]) -> String {
    let new = after(text, sets);
    let edited = edit_in_place(text, &new).unwrap_or_else(|e| panic!("{sets:?}: {e:?}"));
    assert_eq!(load::parse("edited", &edited).unwrap(), new, "{edited}");
    edited
}

fn every_comment_survives(before: &str, after: &str) {
    for line in before.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(after.lines().any(|l| l == line), "comment `{line}` was lost:\n{after}");
    }
}

#[test]
fn a_scalar_change_is_one_line() {
    let text = presets::find("onprem-nginx").unwrap().text;
    let edited = edit(text, &["hosting.max_instances=4"]);
    every_comment_survives(text, &edited);
    let (removed, added) = changed_lines(text, &edited);
    assert_eq!(removed, ["  max_instances: 2"]);
    assert_eq!(added, ["  max_instances: 4"]);
}

#[test]
fn every_preset_keeps_its_comments_through_common_edits() {
    let edits: &[&[&str]] = &[
        &["hosting.max_instances=5", "hosting.min_instances=3"],
        &["public.origin=https://login.example.org"],
        &["public.path_base=/identity"],
        &["clients[0].name=Team #1 portal"],
        &["clients[0].scopes=[openid, profile, api, offline_access]"],
        &["clients[2]={id: reports, kind: m2m, scopes: [api], secret: {secret: idsrv-client-reports}}"],
        &["telemetry.prometheus=false"],
        &["project.name=Contoso.Identity"],
        &["token_cleanup.interval_seconds=600"],
    ];
    let mut in_place = 0;
    let mut total = 0;
    for preset in presets::all() {
        for sets in edits {
            let sets_owned: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
            let Ok(new) = load::load("test", preset.text, &sets_owned) else {
                continue; // not valid for this target
            };
            total += 1;
            let Ok(edited) = edit_in_place(preset.text, &new) else {
                continue;
            };
            in_place += 1;
            assert_eq!(load::parse("edited", &edited).unwrap(), new);
            every_comment_survives(preset.text, &edited);
            let (removed, added) = changed_lines(preset.text, &edited);
            assert!(
                removed.len() <= 2 && added.len() <= 6,
                "{} {sets:?}: not minimal: -{removed:?} +{added:?}",
                preset.name
            );
        }
    }
    assert!(total >= 40, "the edits apply to the presets: {total}");
    assert_eq!(in_place, total, "every common edit is made in place");
}

const HAND_WRITTEN: &str = "\
# Our identity server. Owner: platform team (ask in #identity).
version: 1
project:
  name: Acme.Identity   # the .NET namespace too
  dotnet: net10
  duende: 8
hosting: { target: onprem-linux, min_instances: 2, max_instances: 2 }

public:
  # what users type
  origin: https://id.example.com
proxy:
  hops:
    # our nginx, on the same box
    - kind: nginx
      terminates_tls: true
      trusted_networks: ['127.0.0.1']
database:
  provider: postgres
  connection_string: {secret: idsrv-db}
data_protection:
  key_store: { kind: redis }
  key_protection: { kind: certificate, path: /etc/idsrv/dp.pfx, password: { secret: idsrv-dp-password } }
cache: { kind: redis }
redis:
  connection_string: { secret: idsrv-redis }
  hosting: self-hosted
  persistence: aof
clients:
  # the SPA the web team runs
  - id: spa
    kind: spa
    redirect_uris:
      - https://app.example.com/callback   # prod
    cors_origins: [\"https://app.example.com\"]
    scopes: [openid, api]
  # nightly jobs
  - id: jobs
    kind: m2m
    scopes: [api]
    secret: { secret: idsrv-client-jobs }
secrets:
  provider: systemd-credentials
license:
  key: { secret: duende-license }
nginx: { version: \"1.22.1\", openssl: \"3.0\" }
# end of file: keep this note
";

#[test]
fn hand_written_specs_keep_comments_flow_style_and_quotes() {
    if load::load("hand", HAND_WRITTEN, &[]).is_err() {
        // The fixture must stay a valid spec, or the test proves nothing.
        panic!("{}", load::load("hand", HAND_WRITTEN, &[]).unwrap_err());
    }
    let edited = edit(
        HAND_WRITTEN,
        &[
            "hosting.max_instances=3",
            "clients[0].redirect_uris[1]=https://app.example.com/callback2",
            "proxy.hops[0].trusted_networks[1]=10.0.0.5",
            "clients[1].scopes=[api, reports]",
        ],
    );
    every_comment_survives(HAND_WRITTEN, &edited);
    assert!(
        edited.contains("hosting: { target: onprem-linux, min_instances: 2, max_instances: 3 }"),
        "{edited}"
    );
    assert!(
        edited.contains("  name: Acme.Identity   # the .NET namespace too\n"),
        "{edited}"
    );
    assert!(
        edited
            .contains("      - https://app.example.com/callback   # prod\n      - https://app.example.com/callback2\n"),
        "{edited}"
    );
    assert!(
        edited.contains("      trusted_networks: [127.0.0.1, 10.0.0.5]\n"),
        "{edited}"
    );
    assert!(edited.contains("    scopes: [api, reports]\n"), "{edited}");
}

#[test]
fn keys_and_items_come_and_go_without_touching_their_neighbours() {
    let edited = edit(HAND_WRITTEN, &["clients[1].scopes=[api]", "public.path_base=/id"]);
    assert!(
        edited.contains("  origin: https://id.example.com\n  path_base: /id\n"),
        "{edited}"
    );
    // Removing the last client keeps the comment above the next section.
    let mut spec = after(HAND_WRITTEN, &[]);
    spec.clients.truncate(1);
    let edited = edit_in_place(HAND_WRITTEN, &spec).unwrap();
    assert_eq!(load::parse("edited", &edited).unwrap(), spec);
    assert!(
        !edited.contains("id: jobs") && !edited.contains("idsrv-client-jobs"),
        "{edited}"
    );
    assert!(edited.contains("# the SPA the web team runs"), "{edited}");
    assert!(edited.contains("# end of file: keep this note"), "{edited}");
    let (removed, added) = changed_lines(HAND_WRITTEN, &edited);
    assert!(added.is_empty(), "{added:?}");
    assert_eq!(removed.len(), 4, "the item's four lines: {removed:?}");
}

#[test]
fn a_new_section_is_appended_as_a_block() {
    let text = presets::find("kubernetes").unwrap().text;
    let mut spec = after(text, &[]);
    spec.clients.push(spec.clients[0].clone());
    spec.clients[2].id = "spa2".into();
    let edited = edit_in_place(text, &spec).unwrap();
    every_comment_survives(text, &edited);
    assert_eq!(load::parse("edited", &edited).unwrap(), spec);
    assert!(edited.contains("\n  - id: spa2\n"), "{edited}");
}

#[test]
fn anchors_and_unparsable_files_are_refused_not_mangled() {
    let text = HAND_WRITTEN.replace("hosting: { target", "hosting: &h { target");
    let spec = after(HAND_WRITTEN, &["hosting.max_instances=3"]);
    assert!(edit_in_place(&text, &spec).is_err());
    assert!(edit_in_place("version: [", &spec).is_err());
}

#[test]
fn an_unchanged_spec_is_the_same_text() {
    let spec = after(HAND_WRITTEN, &[]);
    assert_eq!(edit_in_place(HAND_WRITTEN, &spec).unwrap(), HAND_WRITTEN);
}
