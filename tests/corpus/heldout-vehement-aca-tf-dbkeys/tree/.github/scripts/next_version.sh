#!/usr/bin/env bash
# Prints the next semantic version from the latest tag and the conventional-commit prefixes since it.
set -euo pipefail

current=$(git describe --tags --abbrev=0 2>/dev/null || echo "0.0.0")
log=$(git log "${current}..HEAD" --pretty=format:%s 2>/dev/null || true)

IFS=. read -r major minor patch <<< "$current"
if grep -q "BREAKING CHANGE" <<< "$log"; then
  major=$((major + 1)); minor=0; patch=0
elif grep -qE '^feat' <<< "$log"; then
  minor=$((minor + 1)); patch=0
else
  patch=$((patch + 1))
fi

echo "new-version=${major}.${minor}.${patch}" >> "$GITHUB_OUTPUT"
