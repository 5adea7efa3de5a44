#!/usr/bin/env bash
# `make demo`: code the bundled sample corpus, store it, and show what changed between
# 2019–2022 and 2025–2026 — including any emerging axis.
set -euo pipefail
bin=${1:-build/release/entente}
out=build/demo
mkdir -p "$out"
echo "== Coding data/sample/articles.jsonl (bundled sample corpus) =="
"$bin" code --threads "$(nproc)" -o "$out/events.jsonl" data/sample/articles.jsonl
echo
"$bin" summary --examples 6 "$out/events.jsonl"
echo
echo "== Storing the sample in $out/sample.db (SQLite, deduplicated across reports) =="
rm -f "$out/sample.db" "$out/sample.db-wal" "$out/sample.db-shm"
"$bin" ingest --db "$out/sample.db" data/sample/articles.jsonl
echo
echo "== Rising cooperation and emerging axes: 2025-01..2026-10 against 2019-2022 =="
"$bin" trends --db "$out/sample.db" --recent 2025-01-01..2026-10-31 --baseline 2019-01-01..2022-12-31 \
  --format text > "$out/trends.txt"
sed -n '1,12p' "$out/trends.txt"
sed -n '/^Axes/,$p' "$out/trends.txt"
echo
echo "== Briefing (entente report): 2025-01..2026-10 against 2019-2022 =="
"$bin" report --db "$out/sample.db" --from 2025-01-01 --to 2026-10-31 --baseline 2019-01-01..2022-12-31 \
  --format html -o "$out/report.html"
"$bin" report --db "$out/sample.db" --from 2025-01-01 --to 2026-10-31 --baseline 2019-01-01..2022-12-31 \
  --top 5 --examples 2 -o "$out/report.md"
cat "$out/report.md"
echo "(the same briefing as one HTML page: $out/report.html)"
echo
echo "== Blocs in the signed cooperation/conflict network, 2025-01..2026-10 (entente blocs) =="
"$bin" blocs --db "$out/sample.db" --from 2025-01-01 --to 2026-10-31 || [ $? -eq 1 ]  # 1: no bloc passed the test
echo
echo "== How one sentence is coded (entente explain) =="
"$bin" explain --date 2025-10-30 \
  "North Korean Foreign Minister Choe Son-hui flew to Minsk on Tuesday and met her Belarusian counterpart Maxim Ryzhenkov."
echo
echo "Events with provenance: $out/events.jsonl (docs/FORMATS.md); database: $out/sample.db (docs/STORE.md)"
