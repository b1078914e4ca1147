//! insta snapshots of every preset's complete rendered tree (in snapshots/), one per preset.
//! A complement to the semantic tests: they show every byte a change moves.

use idsgen::commands::render::render_spec;
use idsgen::spec::{load, presets};

#[test]
fn every_preset_renders_the_snapshotted_tree() {
    let all = presets::all();
    assert!(all.len() >= 6, "expected at least six presets, found {}", all.len());
    for preset in all {
        let spec = load::load(&format!("preset {}", preset.name), preset.text, &[]).expect("preset is valid");
        let files = render_spec(&spec, None).expect("preset renders");
        let mut tree = String::new();
        for f in &files {
            tree.push_str(&format!(
                "===== {} ({:?}{}) =====\n",
                f.path,
                f.ownership,
                if f.executable { ", executable" } else { "" }
            ));
            tree.push_str(&f.contents);
        }
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(preset.name, tree);
        });
    }
}

#[test]
fn rendering_is_deterministic() {
    for preset in presets::all() {
        let spec = load::parse("preset", preset.text).expect("preset parses");
        let a = render_spec(&spec, None).expect("renders");
        let b = render_spec(&spec, None).expect("renders");
        assert_eq!(a, b, "preset {} rendered differently twice", preset.name);
    }
}
