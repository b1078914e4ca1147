//! Benchmark of `idsgen check` (walk + parse + every rule) over a generated tree of 10,000 files
//! shaped like a real repository: the clean fixture deployment, multi-KB C# pages and services,
//! EF migrations, binary assets, a node_modules tree (skipped unread), and filler; next to it the
//! floor: reading every file of the same tree once.

use criterion::{Criterion, criterion_group, criterion_main};
use idsgen::checklist::discover::walk;
use idsgen::checklist::{CheckOptions, check_files};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const TOTAL: usize = 10_000;

fn copy_tree(from: &Path, to: &Path, count: &mut usize) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target, count);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            *count += 1;
        }
    }
}

/// Writes the tree: the clean fixture, 40 C# files of a second project, 20 Kubernetes manifests,
/// 10 nginx snippets, 10 appsettings of other services, and filler up to `TOTAL` files.
fn generate(root: &Path) {
    let mut count = 0;
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean");
    copy_tree(&fixture, root, &mut count);
    let write = |rel: String, text: String, count: &mut usize| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        *count += 1;
    };
    write("src/Worker/Worker.csproj".into(), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n".into(), &mut count);
    for i in 0..40 {
        let body = format!(
            "namespace Worker;\npublic class Job{i}\n{{\n    public async Task RunAsync(IServiceProvider sp)\n    {{\n        var x = sp.GetRequiredService<ILogger<Job{i}>>();\n        x.LogInformation(\"job {{Id}}\", {i});\n        await Task.Delay(TimeSpan.FromSeconds({i}));\n    }}\n}}\n"
        );
        write(format!("src/Worker/Jobs/Job{i}.cs"), body, &mut count);
    }
    for i in 0..20 {
        write(
            format!("deploy/k8s/other/svc{i}.yaml"),
            format!(
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc{i}\nspec:\n  ports:\n    - port: {}\n",
                8000 + i
            ),
            &mut count,
        );
    }
    for i in 0..10 {
        write(
            format!("deploy/nginx/other/site{i}.conf"),
            format!("location /static{i}/ {{\n    root /srv/static{i};\n}}\n"),
            &mut count,
        );
        // Another service of the repository: its own project owns its settings.
        write(
            format!("services/svc{i}/Svc{i}.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n".into(),
            &mut count,
        );
        write(
            format!("services/svc{i}/appsettings.json"),
            "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } } }\n".into(),
            &mut count,
        );
    }
    // Multi-KB C#: Razor page models and services of the host, parsed like Program.cs is.
    for i in 0..60 {
        let mut body = format!("namespace Identity.Pages;\n\npublic class Page{i}Model : PageModel\n{{\n");
        for m in 0..40 {
            body.push_str(&format!(
                "    public async Task<IActionResult> OnPost{m}Async(string returnUrl, CancellationToken ct)\n    {{\n        if (!ModelState.IsValid) {{ return Page(); }}\n        var user = await _users.FindByNameAsync(Input.Username{m});\n        _logger.LogWarning(\"login {{User}} {{Step}}\", user?.Id, {m});\n        return LocalRedirect(returnUrl ?? \"/\");\n    }}\n\n"
            ));
        }
        body.push_str("}\n");
        write(
            format!("src/Identity/Pages/Account/Page{i}.cshtml.cs"),
            body,
            &mut count,
        );
    }
    // EF Core migrations: large generated files the prefilter spares the parser.
    for i in 0..20 {
        let mut body = format!(
            "[DbContext(typeof(PersistedGrantDbContext))]\n[Migration(\"2024010100000{i}_Grants\")]\npartial class Grants{i}\n{{\n    protected override void BuildTargetModel(ModelBuilder modelBuilder)\n    {{\n"
        );
        for e in 0..200 {
            body.push_str(&format!("        modelBuilder.Entity(\"Entity{e}\", b => {{ b.Property<string>(\"Key{e}\").HasMaxLength(200); }});\n"));
        }
        body.push_str("    }\n}\n");
        write(
            format!("src/Identity/Migrations/Grants{i}.Designer.cs"),
            body,
            &mut count,
        );
    }
    // Binary assets: never UTF-8, never read past classification.
    for i in 0..200 {
        let path = root.join(format!("src/Identity/wwwroot/img/asset{i}.png"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let bytes: Vec<u8> = (0..4096u32)
            .map(|b| (b.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        std::fs::write(path, bytes).unwrap();
        count += 1;
    }
    // node_modules: thousands of files, some with kinds the engine reads (yaml, json, conf).
    for i in 0..2_000 {
        let ext = ["js", "json", "yaml", "conf", "ts"][i % 5];
        write(
            format!("web/node_modules/pkg{:03}/lib/file{i}.{ext}", i / 20),
            format!("// module {i}\nmodule.exports = {{ n: {i} }};\n"),
            &mut count,
        );
    }
    let exts = ["md", "js", "ts", "css", "txt", "png", "svg", "html"];
    let mut i = 0;
    while count < TOTAL {
        let ext = exts[i % exts.len()];
        write(
            format!("web/pkg{:03}/dir{:02}/file{i}.{ext}", i / 100, i % 17),
            format!("// filler {i}\n"),
            &mut count,
        );
        i += 1;
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path());
    // IDSGEN_BENCH_TREE=DIR also writes the tree to DIR, for whole-process timing
    // (`/usr/bin/time -f "%e s %M KB" idsgen check DIR`).
    if let Some(keep) = std::env::var_os("IDSGEN_BENCH_TREE") {
        let keep = Path::new(&keep);
        if !keep.exists() {
            std::fs::create_dir_all(keep).unwrap();
            generate(keep);
        }
    }
    let opts = CheckOptions::default();
    // Sanity: the generated tree is what the benchmark claims, and the deployment in it is clean.
    let files = walk(dir.path()).unwrap();
    let report = check_files(&files, &opts);
    assert!(!report.has_failures(), "{:?}", report.findings());
    let mut group = c.benchmark_group("check");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .warm_up_time(Duration::from_secs(2));
    group.bench_function("10k-file tree (walk + parse + rules)", |b| {
        b.iter(|| {
            let files = walk(black_box(dir.path())).unwrap();
            black_box(check_files(&files, &opts))
        })
    });
    group.bench_function("10k-file tree: read every file once (the floor)", |b| {
        b.iter(|| {
            let mut bytes = 0usize;
            for e in ignore::WalkBuilder::new(black_box(dir.path()))
                .hidden(false)
                .build()
                .flatten()
            {
                if e.file_type().is_some_and(|t| t.is_file()) {
                    bytes += std::fs::read(e.path()).map(|b| b.len()).unwrap_or(0);
                }
            }
            black_box(bytes)
        })
    });
    group.bench_function("in-memory clean deployment (rules only)", |b| {
        let clean = walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean")).unwrap();
        b.iter(|| black_box(check_files(black_box(&clean), &opts)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
