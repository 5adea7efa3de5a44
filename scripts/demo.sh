#!/usr/bin/env bash
# `make demo`: code the bundled sample corpus and print a readable summary.
set -euo pipefail
bin=${1:-build/release/entente}
out=build/demo
mkdir -p "$out"
echo "== Coding data/sample/articles.jsonl (bundled sample corpus) =="
"$bin" code --threads "$(nproc)" -o "$out/events.jsonl" data/sample/articles.jsonl
echo
"$bin" summary --examples 6 "$out/events.jsonl"
echo
echo "== How one sentence is coded (entente explain) =="
"$bin" explain --date 2025-10-30 \
  "North Korean Foreign Minister Choe Son-hui flew to Minsk on Tuesday and met her Belarusian counterpart Maxim Ryzhenkov."
echo
echo "Events with provenance: $out/events.jsonl  (see docs/FORMATS.md)"
