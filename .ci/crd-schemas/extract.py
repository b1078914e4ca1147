#!/usr/bin/env python3
"""Extracts the openAPIV3Schema of every served version of CustomResourceDefinitions into
`<group>_<version>_<kind>.json` files that .ci/validate_outputs.py validates custom resources
against, offline. Run it by hand when a CRD is updated; the JSON it writes is committed.

Usage: extract.py --source "URL@COMMIT (licence)" OUT_DIR CRD.yaml...
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", required=True, help="where the CRD YAML came from (URL, commit, licence)")
    ap.add_argument("out", type=Path)
    ap.add_argument("crds", nargs="+", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in args.crds:
        for doc in yaml.safe_load_all(path.read_text()):
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            group, kind = spec["group"], spec["names"]["kind"]
            for version in spec["versions"]:
                if not version.get("served", False):
                    continue
                schema = version.get("schema", {}).get("openAPIV3Schema")
                if schema is None:
                    print(f"{path}: {kind} {version['name']} has no openAPIV3Schema", file=sys.stderr)
                    return 1
                name = f"{group}_{version['name']}_{kind}.json"
                body = {
                    "$comment": f"openAPIV3Schema of {group}/{version['name']} {kind}, extracted from {path.name}: {args.source}",
                    **schema,
                }
                (args.out / name).write_text(json.dumps(body, indent=1, sort_keys=True) + "\n")
                written += 1
    print(f"wrote {written} schemas to {args.out}")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
