#!/usr/bin/env bash
# Copies the given file to the backup directory.
set -euo pipefail
src="$1"
cp -- "$src" "/var/backups/$(basename -- "$src")"
