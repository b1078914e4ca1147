#!/usr/bin/env python3
"""Checks every file in rendered idsgen trees with a real, offline validator.

Dispatch is by file kind (see `classify`); each validator's findings are matched against
.ci/validator-skips.yaml and any finding not listed there fails the run. `--selftest` runs the
same engine over .ci/selftest/ and asserts that good samples pass and each bad sample fails.

Usage (from the repo root, with the .ci venv's python):
  .venv/bin/python .ci/validate_outputs.py --schema SCHEMA.json [--skips FILE] TREE...
  .venv/bin/python .ci/validate_outputs.py --schema SCHEMA.json --selftest
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CI_DIR = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent
# Kubernetes version the manifests are validated against: inside kubernetes-validate's bundled
# range (1.25-1.37) and one that managed clusters still run; raise it with the chart's floor.
K8S_VERSION = "1.32.0"
# Validators in summary order. A finding's `validator` field is one of these names.
VALIDATORS = [
    "json",
    "check-jsonschema",
    "xml",
    "yamllint",
    "shellcheck",
    "systemd-analyze",
    "nginx",
    "helm-lint",
    "helm-render",
    "kubernetes-validate",
    "crd-schema",
    "k8s-production",
    "checkov-kubernetes",
    "terraform-fmt",
    "hcl2",
    "checkov-terraform",
    "hadolint",
    "checkov-dockerfile",
]
# yamllint: the default rule set (errors AND warnings count, via --strict) with three changes:
# - document-start off: a leading `---` is optional YAML and Helm values/Chart files omit it;
# - indentation of sequences "consistent": yaml_serde writes `key:\n- item` (unindented), which
#   is valid YAML; requiring either style per file still catches mixed indentation;
# - line-length 160: long comments that explain a setting (URLs, rationale) in idsgen.yaml and
#   values.yaml read better unwrapped; 160 still flags runaway generated lines;
# - one space allowed inside braces/brackets (as in yamllint's `relaxed`): idsgen.yaml writes
#   secret references as `{ secret: name }`; spacing inside a flow mapping is pure style.
YAMLLINT_CONFIG = """
extends: default
rules:
  document-start: disable
  indentation: {spaces: consistent, indent-sequences: consistent}
  line-length: {max: 160}
  braces: {max-spaces-inside: 1}
  brackets: {max-spaces-inside: 1}
"""
# Validators whose tool may be absent without failing the run: terraform is not on every machine
# of this kind, and .ci/validate-nginx.sh belongs to another part of CI.
OPTIONAL_TOOLS = {"terraform-fmt", "nginx"}
# openAPIV3Schemas of the custom resources the chart renders (Gateway API standard channel and
# each implementation's policy CRDs), extracted offline from upstream CRDs: see SOURCES.md there.
CRD_SCHEMAS = CI_DIR / "crd-schemas"
SHELL_SHEBANG = re.compile(rb"^#!\s*(/usr)?/bin/(env\s+)?(ba|da|k)?sh\b")
SYSTEMD_SUFFIXES = {".service", ".timer", ".socket", ".path", ".mount", ".target"}
EXEC_KEYS = re.compile(r"^\s*(ExecStart|ExecStartPre|ExecStartPost|ExecStop|ExecStopPost|ExecReload|ExecCondition)\s*=\s*(.*)$")


@dataclass
class Finding:
    validator: str
    tree: str
    path: str  # tree-relative, posix
    id: str
    message: str
    line: int | None = None
    skipped_by: str | None = None

    def render(self) -> str:
        loc = f"{self.tree}/{self.path}" + (f":{self.line}" if self.line else "")
        return f"{loc}: {self.validator} [{self.id}] {self.message}"


@dataclass
class Skip:
    validator: str
    id: str
    path: str
    reason: str
    tree: str = "*"
    match: str | None = None
    used: int = 0

    def covers(self, f: Finding) -> bool:
        return (
            f.validator == self.validator
            and fnmatch.fnmatchcase(f.id, self.id)
            and fnmatch.fnmatchcase(f.path, self.path)
            and fnmatch.fnmatchcase(f.tree, self.tree)
            and (self.match is None or re.search(self.match, f.message) is not None)
        )


def load_skips(path: Path) -> list[Skip]:
    """Reads the skip list; a malformed entry is an error, never silently ignored."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = doc.get("skips") or []
    skips = []
    allowed = {"validator", "id", "path", "reason", "tree", "match"}
    for i, e in enumerate(entries):
        where = f"{path}: skips[{i}]"
        if not isinstance(e, dict):
            raise SystemExit(f"{where}: must be a mapping")
        unknown = set(e) - allowed
        if unknown:
            raise SystemExit(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")
        for key in ("validator", "id", "path", "reason"):
            if not isinstance(e.get(key), str) or not e[key].strip():
                raise SystemExit(f"{where}: `{key}` is required (a non-empty string)")
        if e["validator"] not in VALIDATORS:
            raise SystemExit(f"{where}: unknown validator {e['validator']!r}; one of {VALIDATORS}")
        if len(e["reason"].strip()) < 20:
            raise SystemExit(f"{where}: `reason` must say why this finding is acceptable")
        skips.append(Skip(**e))
    return skips


@dataclass
class Tree:
    name: str
    root: Path
    files: list[str] = field(default_factory=list)  # tree-relative posix paths
    charts: list[str] = field(default_factory=list)  # tree-relative chart dirs


def scan_tree(name: str, root: Path) -> Tree:
    t = Tree(name, root)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != ".git")
        for fn in sorted(filenames):
            rel = (Path(dirpath) / fn).relative_to(root).as_posix()
            t.files.append(rel)
            if fn == "Chart.yaml":
                t.charts.append(Path(rel).parent.as_posix())
    return t


def in_chart(tree: Tree, rel: str) -> str | None:
    for c in tree.charts:
        prefix = "" if c == "." else c + "/"
        if rel.startswith(prefix):
            return c
    return None


def chart_rendered_only(tree: Tree, rel: str) -> bool:
    """Files Helm renders (templates/, subcharts) are checked after rendering, not raw."""
    c = in_chart(tree, rel)
    if c is None:
        return False
    inner = rel if c == "." else rel[len(c) + 1 :]
    return inner.startswith("templates/") or inner.startswith("charts/")


def is_dockerfile(name: str) -> bool:
    return name == "Dockerfile" or name.startswith("Dockerfile.") or name.lower().endswith(".dockerfile")


def is_shell(tree: Tree, rel: str) -> bool:
    if rel.endswith(".sh") or rel.endswith(".bash"):
        return True
    if Path(rel).suffix:
        return False
    try:
        with open(tree.root / rel, "rb") as fh:
            return SHELL_SHEBANG.match(fh.readline()) is not None
    except OSError:
        return False


def k8s_documents(path: Path) -> bool:
    """A YAML file whose documents all carry apiVersion and kind is a Kubernetes manifest."""
    try:
        docs = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d is not None]
    except (yaml.YAMLError, UnicodeDecodeError):
        return False  # yamllint reports it
    return bool(docs) and all(isinstance(d, dict) and "apiVersion" in d and "kind" in d for d in docs)


class Runner:
    def __init__(self, trees: list[Tree], skips: list[Skip], schema: Path, work: Path):
        self.trees = trees
        self.skips = skips
        self.schema = schema
        self.work = work
        self.checked: dict[str, set[tuple[str, str]]] = {v: set() for v in VALIDATORS}
        self.findings: list[Finding] = []
        self.unavailable: dict[str, str] = {}
        self.seconds: dict[str, float] = {v: 0.0 for v in VALIDATORS}

    # -- bookkeeping -----------------------------------------------------------------------
    def check(self, validator: str, tree: Tree, rel: str) -> None:
        self.checked[validator].add((tree.name, rel))

    def find(self, validator: str, tree: Tree, rel: str, id_: str, message: str, line: int | None = None) -> None:
        f = Finding(validator, tree.name, rel, id_, message.strip(), line)
        for s in self.skips:
            if s.covers(f):
                s.used += 1
                f.skipped_by = s.reason
                break
        self.findings.append(f)

    def run(self, cmd: list[str], **kw) -> subprocess.CompletedProcess:
        env = dict(os.environ, **kw.pop("env", {}))
        return subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env, **kw)

    def files(self, pred) -> list[tuple[Tree, str]]:
        return [(t, rel) for t in self.trees for rel in t.files if pred(t, rel)]

    def timed(self, name: str, fn) -> None:
        start = time.monotonic()
        fn()
        self.seconds[name] += time.monotonic() - start

    def by_abs(self, pairs: list[tuple[Tree, str]]) -> dict[str, tuple[Tree, str]]:
        return {str((t.root / rel).resolve()): (t, rel) for t, rel in pairs}

    # -- JSON ------------------------------------------------------------------------------
    def json_parse(self) -> None:
        for t, rel in self.files(lambda t, r: r.endswith(".json")):
            self.check("json", t, rel)
            try:
                with open(t.root / rel, encoding="utf-8") as fh:
                    json.load(fh)
            except (ValueError, UnicodeDecodeError) as e:
                line = getattr(e, "lineno", None)
                self.find("json", t, rel, "parse", str(e), line)

    def check_jsonschema(self) -> None:
        appsettings = self.files(lambda t, r: fnmatch.fnmatch(Path(r).name, "appsettings*.json"))
        schemas = self.files(lambda t, r: r.endswith(".schema.json"))
        exe = str(VENV_BIN / "check-jsonschema")
        # One process per group: start-up (~0.5 s) dominates the check itself.
        for group, args in ((appsettings, ["--schemafile", str(self.schema)]), (schemas, ["--check-metaschema"])):
            if not group:
                continue
            for t, rel in group:
                self.check("check-jsonschema", t, rel)
            index = self.by_abs(group)
            p = self.run([exe, *args, "-o", "json", *sorted(index)])
            if p.returncode == 0:
                continue
            try:
                out = json.loads(p.stdout)
            except ValueError:
                out = {}
            reported = 0
            for kind, entries in (("schema", out.get("errors") or []), ("parse", out.get("parse_errors") or [])):
                for e in entries:
                    t, rel = index[str(Path(e["filename"]).resolve())]
                    self.find("check-jsonschema", t, rel, e.get("path", "parse") if kind == "schema" else "parse",
                              e.get("message", str(e)))
                    reported += 1
            if reported == 0:
                self.fail_whole("check-jsonschema", group, p)

    def xml(self) -> None:
        import xml.etree.ElementTree as ET

        for t, rel in self.files(lambda t, r: r.endswith((".props", ".targets", ".csproj", ".xml"))):
            self.check("xml", t, rel)
            try:
                ET.parse(t.root / rel)
            except ET.ParseError as e:
                self.find("xml", t, rel, "parse", str(e), e.position[0])

    # -- YAML ------------------------------------------------------------------------------
    def yamllint(self) -> None:
        pairs = self.files(
            lambda t, r: r.endswith((".yaml", ".yml")) and not chart_rendered_only(t, r)
        )
        if not pairs:
            return
        for t, rel in pairs:
            self.check("yamllint", t, rel)
        index = self.by_abs(pairs)
        cmd = [str(VENV_BIN / "yamllint"), "--strict", "-f", "parsable", "-d", YAMLLINT_CONFIG]
        p = self.run(cmd + sorted(index))
        pat = re.compile(r"^(.*?):(\d+):(\d+): \[(\w+)\] (.*?)(?: \(([\w-]+)\))?$")
        parsed = 0
        for line in p.stdout.splitlines():
            m = pat.match(line)
            if not m:
                continue
            t, rel = index[str(Path(m[1]).resolve())]
            self.find("yamllint", t, rel, m[6] or "syntax", f"{m[4]}: {m[5]}", int(m[2]))
            parsed += 1
        if p.returncode != 0 and parsed == 0:
            self.fail_whole("yamllint", pairs, p)

    def fail_whole(self, validator: str, pairs, p) -> None:
        t, rel = pairs[0]
        self.find(validator, t, rel, "tool-failed", f"rc={p.returncode}: {(p.stdout + p.stderr)[-2000:]}")

    # -- shell -----------------------------------------------------------------------------
    def shellcheck(self) -> None:
        pairs = self.files(is_shell)
        if not pairs:
            return
        exe = shutil.which("shellcheck")
        if exe is None:
            self.missing_tool("shellcheck", pairs, "shellcheck is not on PATH (apt-get install shellcheck)")
            return
        for t, rel in pairs:
            self.check("shellcheck", t, rel)
        index = self.by_abs(pairs)
        p = self.run([exe, "-f", "json1", *sorted(index)])
        try:
            comments = json.loads(p.stdout)["comments"]
        except (ValueError, KeyError):
            self.fail_whole("shellcheck", pairs, p)
            return
        for c in comments:
            t, rel = index[str(Path(c["file"]).resolve())]
            self.find("shellcheck", t, rel, f"SC{c['code']}", f"{c['level']}: {c['message']}", c["line"])
        if p.returncode != 0 and not comments:
            self.fail_whole("shellcheck", pairs, p)

    def missing_tool(self, validator: str, pairs, why: str) -> None:
        """A required tool that is absent is a finding: CI must install it."""
        for t, rel in pairs:
            self.check(validator, t, rel)
            self.find(validator, t, rel, "tool-missing", why)

    # -- systemd ---------------------------------------------------------------------------
    def systemd(self) -> None:
        pairs = self.files(lambda t, r: Path(r).suffix in SYSTEMD_SUFFIXES)
        if not pairs:
            return
        if shutil.which("systemd-analyze") is None:
            self.missing_tool("systemd-analyze", pairs, "systemd-analyze is not on PATH")
            return
        for t, rel in pairs:
            self.check("systemd-analyze", t, rel)
        units = [str(t.root / rel) for t, rel in pairs]
        # `systemd-analyze verify` fails when an Exec*= binary is missing, and the deployment's
        # binaries (the app, dotnet) are not on this machine. Rather than rewriting ExecStart
        # (which would stop checking it), run verify in a private mount namespace where an
        # overlay adds executable stubs at exactly those paths; the host is not touched.
        cmd = ["unshare", "-m", "--propagation", "private", sys.executable, __file__, "--systemd-inner", *units]
        p = self.run(cmd)
        try:
            results = json.loads(p.stdout)
        except ValueError:
            results = None
        if results is None:
            self.unavailable["systemd-analyze"] = "no mount namespace (needs root): verified without stubs"
            results = systemd_verify(units, stub=False)
        for (t, rel), r in zip(pairs, results):
            for msg in r["messages"]:
                self.find("systemd-analyze", t, rel, "verify", msg)
            if r["rc"] != 0 and not r["messages"]:
                self.find("systemd-analyze", t, rel, "verify", f"rc={r['rc']} with no message")

    # -- nginx -----------------------------------------------------------------------------
    def nginx(self) -> None:
        script = CI_DIR / "validate-nginx.sh"
        for t in self.trees:
            nginx_files = [r for r in t.files if r.startswith("deploy/nginx/")]
            if not nginx_files:
                continue
            if not script.exists():
                self.unavailable["nginx"] = f"{script.relative_to(CI_DIR.parent)} does not exist yet"
                continue
            for rel in nginx_files:
                self.check("nginx", t, rel)
            p = self.run(["bash", str(script), str(t.root)])
            if p.returncode != 0:
                self.find("nginx", t, "deploy/nginx/", f"rc{p.returncode}", (p.stdout + p.stderr)[-3000:])

    # -- Helm and Kubernetes ---------------------------------------------------------------
    def helm(self) -> list[tuple[Tree, str, Path]]:
        """Lints and renders every chart; returns rendered manifests as (tree, source, file)."""
        rendered: list[tuple[Tree, str, Path]] = []
        charts = [(t, c) for t in self.trees for c in t.charts]
        if not charts:
            return rendered
        import helm_python as helm

        helm.disable_logging()  # Go-side log lines duplicate the errors reported below
        out_root = self.work / "helm-rendered"
        for t, c in charts:
            chart_dir = t.root / c
            chart_files = [r for r in t.files if in_chart(t, r) == c]
            start = time.monotonic()
            for rel in chart_files:
                self.check("helm-lint", t, rel)
            try:
                report = helm.lint(str(chart_dir), namespace="identity")
            except helm.HelmError as e:
                self.find("helm-lint", t, f"{c}/Chart.yaml", "lint", str(e))
                report = {"messages": []}
            # Severity 1 is INFO ("icon is recommended"); WARNING (2) and ERROR (3) count.
            for m in report.get("messages", []):
                if m.get("severity", 3) >= 2:
                    level = "error" if m.get("severity", 3) >= 3 else "warning"
                    self.find("helm-lint", t, f"{c}/{m.get('path', '')}", level, m.get("error", str(m)))
            self.seconds["helm-lint"] += time.monotonic() - start
            start = time.monotonic()
            self.check("helm-render", t, f"{c}/Chart.yaml")
            try:
                with helm.Chart.load(str(chart_dir)) as chart:
                    docs = chart.render(None, name="idsgen-ci", namespace="identity", is_install=True)
            except helm.HelmError as e:
                self.find("helm-render", t, f"{c}/Chart.yaml", "render", str(e))
                docs = {}
            for key, text in sorted(docs.items()):
                # Keys are "<chart name>/templates/x.yaml"; map back to the tree's chart dir.
                inner = key.split("/", 1)[1] if "/" in key else key
                source = inner if c == "." else f"{c}/{inner}"
                if not key.endswith((".yaml", ".yml")) or not text.strip():
                    continue
                dest = out_root / t.name / source
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_text(text, encoding="utf-8")
                if k8s_documents(dest):
                    rendered.append((t, source, dest))
                else:
                    self.find("helm-render", t, source, "not-manifest", "rendered output is not Kubernetes YAML")
            self.seconds["helm-render"] += time.monotonic() - start
        return rendered

    def plain_manifests(self) -> list[tuple[Tree, str, Path]]:
        pairs = self.files(
            lambda t, r: r.endswith((".yaml", ".yml")) and in_chart(t, r) is None and k8s_documents(t.root / r)
        )
        return [(t, rel, t.root / rel) for t, rel in pairs]

    def kubernetes_validate(self, manifests: list[tuple[Tree, str, Path]]) -> None:
        if not manifests:
            return
        index = {str(p.resolve()): (t, rel) for t, rel, p in manifests}
        for t, rel in index.values():
            self.check("kubernetes-validate", t, rel)
        exe = str(VENV_BIN / "kubernetes-validate")
        p = self.run([exe, "--strict", "--quiet", "-k", K8S_VERSION, *sorted(index)])
        parsed = 0
        for line in (p.stdout + p.stderr).splitlines():
            m = re.match(r"^(ERROR|WARN|INFO)\s+(\S+)\s+(.*)$", line)
            if not m or m[1] == "INFO":
                continue
            key = str(Path(m[2]).resolve())
            if key not in index:
                continue
            t, rel = index[key]
            if m[1] == "WARN" and crd_schema_for_message(m[3]):
                # A custom resource with a vendored CRD schema: the crd-schema validator checks it.
                continue
            # WARN is "no schema for this kind": it was not validated, so it must be skipped
            # explicitly (with the reason) rather than pass silently.
            self.find("kubernetes-validate", t, rel, m[1].lower(), m[3])
            parsed += 1
        if p.returncode != 0 and parsed == 0:
            self.fail_whole("kubernetes-validate", [(t, rel) for t, rel, _ in manifests], p)

    def crd_schema(self, manifests: list[tuple[Tree, str, Path]]) -> None:
        """Custom resources against their vendored CRD schema, strictly (unknown fields fail)."""
        import jsonschema

        for t, rel, path in manifests:
            for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
                if not isinstance(doc, dict) or "/" not in str(doc.get("apiVersion", "")):
                    continue
                schema_file = crd_schema_file(doc["apiVersion"], doc.get("kind", ""))
                if schema_file is None:
                    continue
                self.check("crd-schema", t, rel)
                schema = strict(json.loads(schema_file.read_text()))
                for err in sorted(jsonschema.Draft7Validator(schema).iter_errors(doc), key=lambda e: list(e.path)):
                    where = ".".join(str(p) for p in err.path) or "(root)"
                    self.find("crd-schema", t, rel, err.validator, f"{doc['kind']} {where}: {err.message}")

    def k8s_production(self, manifests: list[tuple[Tree, str, Path]]) -> None:
        """Production assertions over each tree's rendered workload (the review's extra checks)."""
        by_tree: dict[str, list[tuple[Tree, str, dict]]] = {}
        for t, rel, path in manifests:
            for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
                if isinstance(doc, dict) and doc.get("kind"):
                    by_tree.setdefault(t.name, []).append((t, rel, doc))
        for docs in by_tree.values():
            for t, rel, d in docs:
                # idsgen's own bar: the IdentityServer workload (idsgen.labels sets part-of).
                part_of = d.get("metadata", {}).get("labels", {}).get("app.kubernetes.io/part-of")
                if d["kind"] != "Deployment" or part_of != "identityserver":
                    continue
                self.check("k8s-production", t, rel)
                for id_, msg in production_findings(d, [x for _, _, x in docs]):
                    self.find("k8s-production", t, rel, id_, msg)

    # -- Terraform -------------------------------------------------------------------------
    def terraform(self) -> None:
        pairs = self.files(lambda t, r: r.endswith(".tf"))
        if not pairs:
            return
        import hcl2

        start = time.monotonic()
        for t, rel in pairs:
            self.check("hcl2", t, rel)
            try:
                with open(t.root / rel, encoding="utf-8") as fh:
                    hcl2.load(fh)
            except Exception as e:  # python-hcl2 raises lark errors of many types
                self.find("hcl2", t, rel, "parse", str(e).splitlines()[0] if str(e) else type(e).__name__)
        self.seconds["hcl2"] += time.monotonic() - start

        start = time.monotonic()
        exe = shutil.which("terraform")
        if exe is None:
            self.unavailable["terraform-fmt"] = "terraform is not installed on this machine"
        else:
            for t in sorted({t.name: t for t, _ in pairs}.values(), key=lambda t: t.name):
                tf = [rel for tt, rel in pairs if tt is t]
                for rel in tf:
                    self.check("terraform-fmt", t, rel)
                p = self.run(
                    [exe, "fmt", "-check", "-list=true", "-recursive", "-no-color", "."],
                    cwd=t.root,
                    env={"TF_CLI_CONFIG_FILE": "/dev/null", "CHECKPOINT_DISABLE": "1"},
                )
                if p.returncode == 0:
                    continue
                listed = [ln.strip() for ln in p.stdout.splitlines() if ln.strip().endswith(".tf")]
                for rel in listed:
                    self.find("terraform-fmt", t, rel, "unformatted", "terraform fmt would change this file")
                if not listed:
                    self.find("terraform-fmt", t, tf[0], f"rc{p.returncode}", (p.stdout + p.stderr)[-2000:])
        self.seconds["terraform-fmt"] += time.monotonic() - start

    # -- Dockerfile ------------------------------------------------------------------------
    def hadolint(self) -> None:
        pairs = self.files(lambda t, r: is_dockerfile(Path(r).name))
        if not pairs:
            return
        for t, rel in pairs:
            self.check("hadolint", t, rel)
        index = self.by_abs(pairs)
        # cwd is a throwaway directory so no stray .hadolint.yaml changes the rules.
        with tempfile.TemporaryDirectory() as cwd:
            p = self.run([str(VENV_BIN / "hadolint"), "--no-color", "-f", "json", *sorted(index)], cwd=cwd)
        try:
            results = json.loads(p.stdout or "[]")
        except ValueError:
            self.fail_whole("hadolint", pairs, p)
            return
        for r in results:
            t, rel = index[str(Path(r["file"]).resolve())]
            self.find("hadolint", t, rel, r["code"], f"{r['level']}: {r['message']}", r.get("line"))
        if p.returncode != 0 and not results:
            self.fail_whole("hadolint", pairs, p)

    # -- checkov (one run for every framework and tree: ~3 s start-up each time) -----------
    def checkov(self, manifests: list[tuple[Tree, str, Path]]) -> None:
        scan = self.work / "checkov-scan"
        shutil.rmtree(scan, ignore_errors=True)
        index: dict[str, tuple[str, Tree, str]] = {}

        def stage(validator: str, t: Tree, rel: str, src: Path, dest_rel: str) -> None:
            dest = scan / t.name / dest_rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            index[str(dest.resolve())] = (validator, t, rel)
            self.check(validator, t, rel)

        for t, rel, path in manifests:
            stage("checkov-kubernetes", t, rel, path, f"k8s/{rel}")
        for t, rel in self.files(lambda t, r: r.endswith((".tf", ".tfvars"))):
            stage("checkov-terraform", t, rel, t.root / rel, f"tf/{rel}")
        for t, rel in self.files(lambda t, r: is_dockerfile(Path(r).name)):
            stage("checkov-dockerfile", t, rel, t.root / rel, f"docker/{rel}")
        if not index:
            return
        frameworks = sorted(
            {"checkov-kubernetes": "kubernetes", "checkov-terraform": "terraform", "checkov-dockerfile": "dockerfile"}[v]
            for v, _, _ in index.values()
        )
        # BC_SKIP_MAPPING and --skip-download stop the call to prismacloud.io (validators.md 3);
        # CKV_PARSE_ERROR_FAIL turns an unparsable file into a failure instead of rc 0.
        env = {"BC_SKIP_MAPPING": "TRUE", "CKV_PARSE_ERROR_FAIL": "TRUE", "LOG_LEVEL": "ERROR"}
        # `-d .` from inside the scan dir: given an absolute path under a hidden directory (the
        # checkout's .ci/), checkov's Kubernetes runner silently skips every file.
        cmd = [str(VENV_BIN / "checkov"), "-d", ".", "--framework", *frameworks, "--quiet", "--compact",
               "--skip-download", "-o", "json"]
        start = time.monotonic()
        p = self.run(cmd, env=env, cwd=str(scan))
        elapsed = time.monotonic() - start
        try:
            reports = json.loads(p.stdout)
        except ValueError:
            reports = None
        if reports is None:
            v, t, rel = next(iter(index.values()))
            self.find(v, t, rel, "tool-failed", f"rc={p.returncode}: {(p.stdout + p.stderr)[-2000:]}")
            return
        if isinstance(reports, dict):
            reports = [reports] if "results" in reports else []
        used = set()
        for rep in reports:
            used.add(rep.get("check_type"))
            results = rep.get("results", {})
            for c in results.get("failed_checks", []):
                key = self.checkov_key(scan, c)
                if key not in index:
                    continue
                v, t, rel = index[key]
                line = (c.get("file_line_range") or [None])[0]
                self.find(v, t, rel, c["check_id"], f"{c.get('check_name', '')} ({c.get('resource', '')})", line)
            errors = (rep.get("summary") or {}).get("parsing_errors", 0)
            if errors:
                # The JSON report counts unparsable files but does not name them: blame the files
                # another validator already could not parse, else the framework's first file.
                v = {"kubernetes": "checkov-kubernetes", "terraform": "checkov-terraform"}.get(
                    rep.get("check_type"), "checkov-dockerfile")
                mine = [(t, rel) for vv, t, rel in index.values() if vv == v]
                broken = {(f.tree, f.path) for f in self.findings if f.validator in ("hcl2", "yamllint", "json")}
                blamed = [(t, rel) for t, rel in mine if (t.name, rel) in broken] or mine[:1]
                for t, rel in blamed:
                    self.find(v, t, rel, "parse-error", f"checkov could not parse {errors} {rep.get('check_type')} file(s)")
        for v in ("checkov-kubernetes", "checkov-terraform", "checkov-dockerfile"):
            if any(vv == v for vv, _, _ in index.values()):
                self.seconds[v] += elapsed / len(frameworks)

    @staticmethod
    def checkov_key(scan: Path, c: dict) -> str:
        abs_path = c.get("file_abs_path")
        if abs_path and Path(abs_path).exists():
            return str(Path(abs_path).resolve())
        return str((scan / c.get("file_path", "").lstrip("/")).resolve())

    # -- all ---------------------------------------------------------------------------------
    def run_all(self) -> None:
        shutil.rmtree(self.work / "helm-rendered", ignore_errors=True)
        self.timed("json", self.json_parse)
        self.timed("check-jsonschema", self.check_jsonschema)
        self.timed("xml", self.xml)
        self.timed("yamllint", self.yamllint)
        self.timed("shellcheck", self.shellcheck)
        self.timed("systemd-analyze", self.systemd)
        self.timed("nginx", self.nginx)
        manifests = self.helm() + self.plain_manifests()
        self.timed("kubernetes-validate", lambda: self.kubernetes_validate(manifests))
        self.timed("crd-schema", lambda: self.crd_schema(manifests))
        self.timed("k8s-production", lambda: self.k8s_production(manifests))
        self.terraform()
        self.timed("hadolint", self.hadolint)
        self.checkov(manifests)

    def unchecked(self) -> list[tuple[str, str]]:
        seen = set().union(*self.checked.values())
        out = []
        for t in self.trees:
            for rel in t.files:
                if (t.name, rel) not in seen and not chart_rendered_only(t, rel):
                    out.append((t.name, rel))
        return out

    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.skipped_by is None]

    def report(self, skips_name: str) -> tuple[int, int]:
        """Prints findings and per-validator lines; returns (passed, failed) file checks."""
        for f in self.open_findings():
            print(f"FINDING {f.render()}")
        passed = failed = 0
        for v in VALIDATORS:
            files = self.checked[v]
            mine = [f for f in self.findings if f.validator == v]
            open_ = [f for f in mine if f.skipped_by is None]
            bad_files = {(f.tree, f.path) for f in open_}
            failed_here = len(bad_files & files) + len({x for x in bad_files if x not in files})
            failed += failed_here
            passed += len(files) - len(bad_files & files)
            note = f" ({self.unavailable[v]})" if v in self.unavailable else ""
            print(
                f"{v}: {len(files)} files, {len(open_)} findings, {len(mine) - len(open_)} skipped"
                f", {self.seconds[v]:.1f}s{note}"
            )
        un = self.unchecked()
        kinds: dict[str, int] = {}
        for _, rel in un:
            k = Path(rel).suffix or Path(rel).name
            kinds[k] = kinds.get(k, 0) + 1
        if un:
            print("not checked here (no validator for the kind): " + ", ".join(f"{k} x{n}" for k, n in sorted(kinds.items())))
        for s in self.skips:
            if s.used == 0:
                print(f"note: unused skip in {skips_name}: {s.validator} {s.id} {s.path}")
        total_files = len(set().union(*self.checked.values()))
        print(
            f"overall: {len(self.trees)} trees, {total_files} files checked, {len(self.open_findings())} findings, "
            f"{len(self.findings) - len(self.open_findings())} skipped by {skips_name}"
        )
        return passed, failed


def crd_schema_file(api_version: str, kind: str) -> Path | None:
    group, _, version = api_version.rpartition("/")
    f = CRD_SCHEMAS / f"{group}_{version}_{kind}.json"
    return f if f.is_file() else None


def crd_schema_for_message(message: str) -> bool:
    """Whether a kubernetes-validate "no schema" warning names a kind with a vendored schema."""
    kinds = {f.stem.rsplit("_", 1)[-1] for f in CRD_SCHEMAS.glob("*.json")}
    return any(re.search(rf"\b{k}\b", message) for k in kinds)


def strict(schema):
    """A copy of an OpenAPI v3 structural schema that rejects unknown fields, as the API server
    prunes them (kubectl --validate=strict rejects them)."""
    if isinstance(schema, list):
        return [strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: strict(v) for k, v in schema.items()}
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


def production_findings(dep: dict, docs: list[dict]) -> list[tuple[str, str]]:
    """What a platform review demands of the IdentityServer Deployment and its companions."""
    out: list[tuple[str, str]] = []
    pod = dep.get("spec", {}).get("template", {}).get("spec", {})
    labels = dep.get("spec", {}).get("selector", {}).get("matchLabels", {})

    def selects(obj_selector: dict) -> bool:
        want = obj_selector.get("matchLabels", {})
        return bool(want) and all(labels.get(k) == v for k, v in want.items())

    grace = pod.get("terminationGracePeriodSeconds", 30)
    for c in pod.get("containers", []):
        name = c.get("name", "?")
        ports = {p.get("name"): p.get("containerPort") for p in c.get("ports", [])}
        for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
            http = (c.get(probe) or {}).get("httpGet")
            if not http:
                out.append(("probes", f"container {name}: no {probe} with httpGet"))
            elif http.get("port") in ("http", ports.get("http")):
                out.append(("probes", f"container {name}: {probe} on the public port, where health answers 404"))
        if "http" not in ports or "management" not in ports:
            out.append(("ports", f"container {name}: needs named ports http and management, has {sorted(ports)}"))
        sc = c.get("securityContext", {})
        for key, want in (("runAsNonRoot", True), ("readOnlyRootFilesystem", True), ("allowPrivilegeEscalation", False)):
            if sc.get(key) is not want:
                out.append(("securityContext", f"container {name}: securityContext.{key} is not {want}"))
        if "ALL" not in sc.get("capabilities", {}).get("drop", []):
            out.append(("securityContext", f"container {name}: capabilities do not drop ALL"))
        res = c.get("resources", {})
        for part in ("requests", "limits"):
            if not {"cpu", "memory"} <= set(res.get(part, {})):
                out.append(("resources", f"container {name}: resources.{part} lacks cpu or memory"))
        sleep = ((c.get("lifecycle") or {}).get("preStop") or {}).get("sleep", {}).get("seconds")
        if sleep is None:
            out.append(("drain", f"container {name}: no preStop sleep, so rollouts and scale-in drop requests"))
        elif grace <= sleep:
            out.append(("drain", f"terminationGracePeriodSeconds {grace} <= preStop sleep {sleep}"))
    pdbs = [d for d in docs if d.get("kind") == "PodDisruptionBudget" and selects(d.get("spec", {}).get("selector", {}))]
    if not pdbs:
        out.append(("pdb", "no PodDisruptionBudget selects the Deployment's pods"))
    hpas = [d for d in docs if d.get("kind") == "HorizontalPodAutoscaler"]
    for h in hpas:
        spec = h.get("spec", {})
        if spec.get("minReplicas", 1) > spec.get("maxReplicas", 0):
            out.append(("hpa", f"HPA minReplicas {spec.get('minReplicas')} > maxReplicas {spec.get('maxReplicas')}"))
        if spec.get("minReplicas", 1) < 2:
            out.append(("hpa", "HPA minReplicas below 2: one pod is a single point of failure"))
    if not hpas and dep.get("spec", {}).get("replicas", 1) < 2:
        out.append(("replicas", "fewer than 2 replicas and no autoscaler"))
    policies = [d for d in docs if d.get("kind") == "NetworkPolicy" and selects(d.get("spec", {}).get("podSelector", {}))]
    if not policies:
        out.append(("networkpolicy", "no NetworkPolicy selects the Deployment's pods"))
    for np in policies:
        for rule in np.get("spec", {}).get("ingress", []):
            if not rule.get("from"):
                out.append(("networkpolicy", f"NetworkPolicy {np['metadata']['name']}: an ingress rule admits every source"))
    for route in (d for d in docs if d.get("kind") == "HTTPRoute"):
        for rule in route.get("spec", {}).get("rules", []):
            for ref in rule.get("backendRefs", []):
                if ref.get("port") not in [p.get("containerPort") for c in pod.get("containers", []) for p in c.get("ports", []) if p.get("name") == "http"]:
                    out.append(("httproute", f"HTTPRoute {route['metadata']['name']} routes to port {ref.get('port')}, not the public port"))
    return out


def systemd_verify(units: list[str], stub: bool) -> list[dict]:
    """Runs `systemd-analyze verify` per unit; with `stub`, first adds missing Exec binaries."""
    if stub:
        overlaid: list[Path] = []
        for unit in units:
            for binary in exec_binaries(Path(unit)):
                add_stub(Path(binary), overlaid)
    results = []
    for unit in units:
        p = subprocess.run(
            ["systemd-analyze", "verify", "--man=no", "--no-pager", unit],
            capture_output=True, text=True, timeout=120,
        )
        # Drop the absolute directory so messages (and skip `match` patterns) do not depend on
        # where the checkout lives.
        prefix = str(Path(unit).parent) + "/"
        msgs = [ln.replace(prefix, "") for ln in (p.stdout + p.stderr).splitlines() if ln.strip()]
        results.append({"rc": p.returncode, "messages": msgs})
    return results


def exec_binaries(unit: Path) -> list[str]:
    out = []
    for line in unit.read_text(encoding="utf-8", errors="replace").splitlines():
        m = EXEC_KEYS.match(line)
        if not m or not m[2].strip():
            continue
        first = m[2].strip().split()[0].lstrip("@-:+!|")
        if first.startswith("/") and "%" not in first and "$" not in first:
            out.append(first)
    return out


def add_stub(binary: Path, overlaid: list[Path]) -> None:
    if binary.exists():
        return
    anchor = binary.parent
    while not anchor.exists():
        anchor = anchor.parent
    if not any(anchor == o or o in anchor.parents for o in overlaid):
        if anchor == Path("/"):
            return  # verify then reports the missing binary, which is the honest outcome
        upper = Path(tempfile.mkdtemp(prefix="idsgen-ci-ovl-"))
        (upper / "u").mkdir()
        (upper / "w").mkdir()
        subprocess.run(
            ["mount", "-t", "overlay", "overlay", "-o",
             f"lowerdir={anchor},upperdir={upper / 'u'},workdir={upper / 'w'}", str(anchor)],
            check=True, capture_output=True,
        )
        overlaid.append(anchor)
    binary.parent.mkdir(parents=True, exist_ok=True)
    binary.write_text("#!/bin/sh\nexit 0\n")
    binary.chmod(0o755)


# -- self-test ---------------------------------------------------------------------------------
def selftest(schema: Path, work: Path) -> int:
    """Good samples must pass every validator; each bad/<validator>[-what]/ must fail <validator>."""
    base = CI_DIR / "selftest"
    trees = [scan_tree("good", base / "good")]
    bad_dirs = sorted(d for d in (base / "bad").iterdir() if d.is_dir())
    trees += [scan_tree(f"bad/{d.name}", d) for d in bad_dirs]
    skips = load_skips(base / "skips.yaml")
    r = Runner(trees, skips, schema, work / "selftest")
    r.run_all()
    r.report(".ci/selftest/skips.yaml")
    passed = failed = 0

    def verdict(ok: bool, what: str) -> None:
        nonlocal passed, failed
        passed += ok
        failed += not ok
        print(f"selftest {'ok  ' if ok else 'FAIL'} {what}")

    good_open = [f for f in r.open_findings() if f.tree == "good"]
    verdict(not good_open, f"good: no findings ({len(good_open)} found)")
    for v in VALIDATORS:
        if v in r.unavailable and v in OPTIONAL_TOOLS:
            print(f"selftest skip {v}: {r.unavailable[v]}")
            continue
        n = sum(1 for t, _ in r.checked[v] if t == "good")
        verdict(n > 0, f"good: {v} checked {n} files")
    verdict(any(f.tree == "good" and f.skipped_by for f in r.findings), "good: a listed skip silenced a finding")
    with tempfile.TemporaryDirectory() as tmp:
        bad_skips = Path(tmp) / "skips.yaml"
        bad_skips.write_text("skips:\n  - {validator: yamllint, id: line-length, path: '*', reason: ''}\n")
        try:
            load_skips(bad_skips)
            rejected = False
        except SystemExit:
            rejected = True
        verdict(rejected, "skips: an entry without a reason is rejected")
    for d in bad_dirs:
        v = next((v for v in sorted(VALIDATORS, key=len, reverse=True) if d.name == v or d.name.startswith(v + "-")), None)
        if v is None:
            verdict(False, f"bad/{d.name}: name does not start with a validator")
            continue
        if v in r.unavailable and v in OPTIONAL_TOOLS:
            print(f"selftest skip bad/{d.name}: {r.unavailable[v]}")
            continue
        hits = [f for f in r.open_findings() if f.tree == f"bad/{d.name}" and f.validator == v]
        verdict(bool(hits), f"bad/{d.name}: {v} reported {len(hits)} findings" + (f" (first: {hits[0].id})" if hits else ""))
    print(f"selftest: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trees", nargs="*", type=Path, help="rendered trees to check")
    ap.add_argument("--schema", type=Path, help="appsettings JSON schema (from .ci/appsettings-schema.py)")
    ap.add_argument("--skips", type=Path, default=CI_DIR / "validator-skips.yaml")
    ap.add_argument("--work", type=Path, default=CI_DIR / "work" / "_validate")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--systemd-inner", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.systemd_inner:
        print(json.dumps(systemd_verify(args.systemd_inner, stub=True)))
        return 0
    if args.schema is None or not args.schema.is_file():
        ap.error("--schema must name the extracted appsettings schema file")
    args.work.mkdir(parents=True, exist_ok=True)
    if args.selftest:
        return selftest(args.schema.resolve(), args.work.resolve())
    if not args.trees:
        ap.error("name at least one rendered tree")
    trees = []
    for p in args.trees:
        if not p.is_dir():
            ap.error(f"{p} is not a directory")
        trees.append(scan_tree(p.name, p.resolve()))
    r = Runner(trees, load_skips(args.skips), args.schema.resolve(), args.work.resolve())
    r.run_all()
    passed, failed = r.report(str(args.skips))
    total = len(set().union(*r.checked.values()))
    if total == 0:
        print("error: no file of any checked kind in the rendered trees; the render step produced nothing to check")
        failed += 1
    print(f"validators: {passed} passed, {failed} failed")
    return 0 if failed == 0 and not r.open_findings() else 1


if __name__ == "__main__":
    sys.exit(main())
