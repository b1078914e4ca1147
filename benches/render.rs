//! Benchmark of render (spec → every file in memory) and plan (load, render, read the lock,
//! classify against a rendered directory) for the kubernetes preset with 10 / 1,000 / 5,000
//! clients: time must grow linearly with the number of clients.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use idsgen::cli::{ColorChoice, PlanArgs, PlanFormat, SpecArgs};
use idsgen::commands::plan::compute;
use idsgen::commands::render::{render_spec, write_recorded};
use idsgen::spec::load;
use idsgen::spec::presets;
use idsgen::spec::types::{Client, Spec};
use std::hint::black_box;
use std::time::Duration;

/// The kubernetes preset with `n` clients: alternately a single-page app and a machine client,
/// each with its own id, URIs and secret name.
fn spec_with(n: usize) -> Spec {
    let preset = presets::find("kubernetes").unwrap();
    let mut spec = load::load("kubernetes", preset.text, &[]).unwrap();
    let (spa, m2m): (Client, Client) = (spec.clients[0].clone(), spec.clients[1].clone());
    spec.clients = (0..n)
        .map(|i| {
            let mut c = if i % 2 == 0 { spa.clone() } else { m2m.clone() };
            c.id = format!("{}{i}", c.id);
            for uri in c
                .redirect_uris
                .iter_mut()
                .chain(c.post_logout_redirect_uris.iter_mut())
                .chain(c.cors_origins.iter_mut())
            {
                *uri = uri.replace("app.example.com", &format!("app{i}.example.com"));
            }
            if let Some(s) = c.secret.as_mut() {
                s.secret = format!("{}-{i}", s.secret);
            }
            c
        })
        .collect();
    spec
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .warm_up_time(Duration::from_secs(1));
    for n in [10usize, 1_000, 5_000] {
        let spec = spec_with(n);
        group.bench_with_input(BenchmarkId::new("render", n), &spec, |b, spec| {
            b.iter(|| black_box(render_spec(black_box(spec), None).unwrap()))
        });
        // Plan against a directory holding exactly this render: every file unchanged.
        let dir = tempfile::tempdir().unwrap();
        let files = render_spec(&spec, None).unwrap();
        write_recorded(dir.path(), &files, true).unwrap();
        let args = PlanArgs {
            spec: SpecArgs::default(),
            output: dir.path().to_path_buf(),
            templates: None,
            restore: Vec::new(),
            own: Vec::new(),
            format: PlanFormat::Text,
            color: ColorChoice::Never,
        };
        group.bench_with_input(BenchmarkId::new("plan", n), &args, |b, args| {
            b.iter(|| black_box(compute(black_box(args)).unwrap().plan.entries.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
