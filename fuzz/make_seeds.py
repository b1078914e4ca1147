#!/usr/bin/env python3
"""Builds fuzz/seeds/<target>/ from the project's own fixtures (tests/fixtures) and rendered
presets (the insta snapshots in snapshots/, split back into files). Deduplicated by content,
capped in size. Run from anywhere: python3 fuzz/make_seeds.py"""
import hashlib, json, os, re, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fuzz", "seeds")
MAX_FILE = 16 * 1024
MAX_TREE = 64 * 1024
MAX_SEEDS = 20
SEP = b"\xff"

# Same lists as fuzz/src/lib.rs (CHECK_DIRS, CHECK_NAMES) and fuzz_targets/nginx.rs (NAMES).
CHECK_DIRS = ["", "src/Host/", "deploy/k8s/", "deploy/nginx/", "deploy/nginx/conf.d/", "deploy/nginx/snippets/",
              "deploy/terraform/", "chart/", "chart/templates/", "src/Host/keys/"]
CHECK_NAMES = ["Program.cs", "Services.cs", "Config.cs", "Pipeline.cs", "DataProtection.cs", "Migrations.cs",
               "Host.csproj", "Directory.Build.props", "appsettings.json", "appsettings.Production.json",
               "nginx.conf", "identity.conf", "proxy.conf", "main.tf", "redis.tf", "deployment.yaml", "values.yaml",
               "Chart.yaml", "idsgen.yaml", "Dockerfile", ".dockerignore", ".gitignore", "redis.conf",
               "is-signing-key-1.json", "App.sln", "App.slnx", "Dockerfile-Api"]
COMPOSE_NAMES = ["docker-compose.yml", "docker-compose.override.yml", "deploy/compose.yaml",
                 "deploy/compose.prod.yaml"]
NGINX_NAMES = ["nginx/nginx.conf", "nginx/conf.d/identity.conf", "nginx/conf.d/b.conf",
               "nginx/sites-enabled/identity", "nginx/snippets/proxy.conf", "deploy/site.conf"]


def trees():
    """Yields (name, {path: bytes}) for every fixture tree and every rendered preset."""
    fx = os.path.join(ROOT, "tests", "fixtures")
    for name in sorted(os.listdir(fx)):
        files = {}
        for d, _, fs in os.walk(os.path.join(fx, name)):
            for f in fs:
                p = os.path.join(d, f)
                files[os.path.relpath(p, os.path.join(fx, name))] = open(p, "rb").read()
        yield "fixture-" + name, files
    snaps = os.path.join(ROOT, "snapshots")
    for snap in sorted(os.listdir(snaps)):
        text = open(os.path.join(snaps, snap), "rb").read().decode()
        body = text.split("\n---\n", 1)[1]
        files = {}
        for m in re.finditer(r"^===== (.+?) \((?:\w+)\) =====\n(.*?)(?=^===== |\Z)", body, re.S | re.M):
            files[m.group(1)] = m.group(2).encode()
        yield "preset-" + snap.removesuffix(".snap"), files


def kind(path):
    name = path.rsplit("/", 1)[-1].lower()
    if name == "idsgen.yaml":
        return "spec"
    if name.startswith("appsettings") and name.endswith(".json"):
        return "appsettings"
    if name.endswith((".yaml", ".yml")):
        return "yaml"
    if name.endswith(".tf"):
        return "hcl"
    if name.endswith((".cs", ".csproj", ".props")):
        return "csharp"
    if name.endswith(".conf") and not name.startswith("redis") or "/nginx/" in "/" + path:
        return "nginx"
    return None


def pick(options, path, fallback_ext=True):
    """Index of the option that best matches path (exact name, then same extension)."""
    name = path.rsplit("/", 1)[-1]
    for i, o in enumerate(options):
        if o.rsplit("/", 1)[-1] == name:
            return i
    ext = name.rsplit(".", 1)[-1]
    for i, o in enumerate(options):
        if o.endswith("." + ext):
            return i
    return 0


def check_dir(path):
    d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    best = 0
    for i, c in enumerate(CHECK_DIRS):
        if c and d.endswith(c) and len(c) > len(CHECK_DIRS[best]):
            best = i
    if "/src/" in "/" + d or d.startswith("src/"):
        best = 9 if d.endswith("keys/") else 1
    return best


def compose_trees():
    """Yields the compose files of each corpus repository (tests/corpus/*/tree), as one tree."""
    corpus = os.path.join(ROOT, "tests", "corpus")
    for repo in sorted(os.listdir(corpus)):
        tree = os.path.join(corpus, repo, "tree")
        found = []
        for d, _, fs in os.walk(tree):
            for f in sorted(fs):
                if re.fullmatch(r"(docker-)?compose([.\w-]*)\.ya?ml", f):
                    found.append((f, open(os.path.join(d, f), "rb").read()))
        if found:
            yield found


def main():
    # Regression inputs (fuzz findings, `regress-*`) are kept; generated seeds are rebuilt.
    for target in os.listdir(OUT) if os.path.isdir(OUT) else []:
        for f in os.listdir(os.path.join(OUT, target)):
            if f.startswith("seed-"):
                os.remove(os.path.join(OUT, target, f))
    seeds = {}

    def add(target, data):
        if not data or len(data) > (MAX_TREE if target in ("check_tree", "nginx") else MAX_FILE):
            return
        seeds.setdefault(target, {})[hashlib.sha1(data).hexdigest()[:16]] = data

    for _, files in trees():
        records = []
        nginx = []
        for path, data in sorted(files.items()):
            if len(data) > MAX_FILE:
                continue
            k = kind(path)
            if k == "spec":
                add("spec_load", data)
                for o in (b"hosting.max_instances=4", b"proxy.hops[0].trusted_networks[1]=10.0.0.0/8",
                          b"observability.log_level=Information"):
                    add("spec_set", data + SEP + o)
            elif k in ("appsettings", "hcl", "csharp"):
                add(k, data)
            elif k == "yaml":
                add("kube_yaml", data)
            elif k == "nginx":
                nginx.append(bytes([0, pick(NGINX_NAMES, path)]) + data)
            if len(data) < 8 * 1024 and data.count(b"\n") > 4:
                lines = data.split(b"\n")
                ours = lines[:]
                ours[1] = b"# edited by hand"
                theirs = lines[:]
                theirs[-2] = theirs[-2] + b" # new render"
                add("merge3", SEP.join([data, b"\n".join(ours), b"\n".join(theirs)]))
            records.append(bytes([check_dir(path), pick(CHECK_NAMES, path)]) + data)
            base = data.decode(errors="replace")
            lock = {"version": 1, "tool_version": "0.1.0", "spec_sha256": "0" * 64,
                    "files": {path: {"sha256": hashlib.sha256(base.encode()).hexdigest(),
                                     "ownership": "managed", "base": base}}}
            if len(data) < 2048:
                add("lock", json.dumps(lock, indent=2).encode())
        if nginx:
            add("nginx", SEP.join(nginx))
        add("check_tree", SEP.join(records))
    for found in compose_trees():
        add("compose", SEP.join(bytes([0, pick(COMPOSE_NAMES, f)]) + data for f, data in found))
    for target, items in sorted(seeds.items()):
        os.makedirs(os.path.join(OUT, target), exist_ok=True)
        for h, data in sorted(items.items())[:MAX_SEEDS]:
            open(os.path.join(OUT, target, "seed-" + h), "wb").write(data)
        kept = sorted(items.items())[:MAX_SEEDS]
        print(f"{target}: {len(kept)} seeds, {sum(len(d) for _, d in kept)} bytes")


if __name__ == "__main__":
    main()
