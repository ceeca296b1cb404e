#!/usr/bin/env bash
# Lenient/strict micro-F1 on every set the project measures (real-dev needs ../shared/real-dev).
# Usage: scripts/accuracy.sh [path-to-khoi-extract]   — run after each rule change.
set -euo pipefail
cd "$(dirname "$0")/.."
KX=${1:-.venv/bin/khoi-extract}
seeds=$(mktemp -d); trap 'rm -rf "$seeds"' EXIT
cp gold/0*.json "$seeds"/ 2>/dev/null || true
line() { printf '%-10s ' "$1"; "$KX" evaluate --mismatches 0 "${@:2}" 2>/dev/null | grep -E "^micro" | tr '\n' ' '; echo; }
line seeds --gold "$seeds" --corpus corpus/dev
line dev --gold gold --corpus corpus/dev
line test --gold gold --corpus corpus/test
line heldout --gold gold --corpus corpus/heldout
if [ -d corpus/heldout2 ]; then line heldout2 --gold gold --corpus corpus/heldout2; fi
for n in 3 4 5 6 7 8 9; do if [ -d corpus/heldout$n ]; then line heldout$n --gold gold --corpus corpus/heldout$n; fi; done
if [ -d ../shared/real-dev ]; then line real-dev --gold ../shared/real-dev/gold --corpus ../shared/real-dev/texts; fi
