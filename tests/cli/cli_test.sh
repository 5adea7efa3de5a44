#!/usr/bin/env bash
# Command-line behaviour of `entente`: exit codes, bad input, output order, atomic output.
# Usage: cli_test.sh ENTENTE_BINARY SOURCE_DIR
set -u
bin=$1
src=$2
dict=$src/data/dict
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ENTENTE_CACHE="$tmp/cache"
pass=0
fail=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}

# 1. Plain text in, events out.
printf 'North Korean Foreign Minister Choe Son-hui flew to Minsk on Tuesday.\n' > "$tmp/a.txt"
"$bin" code --dict "$dict" --date 2025-10-30 -q "$tmp/a.txt" > "$tmp/a.out" 2> "$tmp/a.err"
rc=$?
check "text input exits 0" test $rc -eq 0
check "text input codes the visit" grep -q '"code":"PRKGOV"' "$tmp/a.out"
check "event date resolved" grep -q '"date":"2025-10-28"' "$tmp/a.out"

# 2. Bad records are reported one by one; good ones are still coded; exit 2.
{
  printf '{"id":"good1","date":"2025-10-30","text":"Russian Foreign Minister Sergei Lavrov visited Minsk on Monday."}\n'
  printf '{"id":"broken", "text": \n'
  printf '{"id":"bad-utf8","date":"2025-10-30","text":"Minsk \\u00e9 ok"}\n' | sed 's/\\u00e9/\xc3/'
  printf '{"id":"empty","date":"2025-10-30","text":""}\n'
  printf '{"id":"baddate","date":"2025-13-01","text":"Lavrov visited Minsk."}\n'
  printf '{"text":"no id here"}\n'
  printf '{"id":"good2","date":"2025-10-30","text":"Belarusian President Alexander Lukashenko visited Moscow on Monday."}\n'
} > "$tmp/b.jsonl"
"$bin" code --dict "$dict" "$tmp/b.jsonl" > "$tmp/b.out" 2> "$tmp/b.err"
rc=$?
check "bad input exits 2" test $rc -eq 2
check "malformed JSON reported with file:line" grep -q "b.jsonl:2: .*malformed JSON" "$tmp/b.err"
check "invalid UTF-8 reported with document id" grep -q "bad-utf8.*UTF-8" "$tmp/b.err"
check "empty text reported with file:line" grep -q "b.jsonl:4: document empty: empty text" "$tmp/b.err"
check "bad date reported" grep -q "b.jsonl:5: .*date" "$tmp/b.err"
check "missing id reported" grep -q 'b.jsonl:6: .*missing "id"' "$tmp/b.err"
check "good documents before and after still coded" bash -c "grep -q '\"doc_id\":\"good1\"' '$tmp/b.out' && grep -q '\"doc_id\":\"good2\"' '$tmp/b.out'"

# 3. A document over the size limit is refused with a message; the others are coded.
python3 - "$tmp/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "small", "date": "2025-10-30", "text": "Lavrov visited Minsk on Monday."}) + "\n")
    f.write(json.dumps({"id": "huge", "date": "2025-10-30", "text": "Minsk talks. " * 4000000}) + "\n")
PY
"$bin" code --dict "$dict" "$tmp/big.jsonl" > "$tmp/big.out" 2> "$tmp/big.err"
rc=$?
check "oversized document exits 2" test $rc -eq 2
check "oversized document named" grep -q "huge.*limit" "$tmp/big.err"
check "small document still coded" grep -q '"doc_id":"small"' "$tmp/big.out"

# 4. Output order is the input order whatever --threads is.
"$bin" code --dict "$dict" -q --threads 1 "$src/data/sample/articles.jsonl" > "$tmp/t1.out"
"$bin" code --dict "$dict" -q --threads 2 "$src/data/sample/articles.jsonl" > "$tmp/t2.out"
check "threads=1 and threads=2 give identical output" cmp -s "$tmp/t1.out" "$tmp/t2.out"
check "sample corpus codes events" test "$(wc -l < "$tmp/t1.out")" -gt 50

# 5. Errors in the command line itself.
"$bin" code --dict "$dict" "$tmp/does-not-exist.jsonl" > /dev/null 2> "$tmp/e.err"
check "missing file exits 2" test $? -eq 2
check "missing file named" grep -q "does-not-exist" "$tmp/e.err"
"$bin" code --dict "$dict" --date 2025-02-30 "$tmp/a.txt" > /dev/null 2>&1
check "bad --date exits 2" test $? -eq 2
"$bin" code --dict "$tmp/no-dict" "$tmp/a.txt" > /dev/null 2> "$tmp/d.err"
check "missing dictionary folder exits 2" test $? -eq 2

# 6. -o writes the whole file atomically; a broken pipe is a clean exit.
"$bin" code --dict "$dict" -q -o "$tmp/o.jsonl" "$src/data/sample/articles.jsonl"
check "-o exits 0" test $? -eq 0
check "-o output equals stdout output" cmp -s "$tmp/o.jsonl" "$tmp/t1.out"
check "no partial file left" test ! -e "$tmp/o.jsonl.partial"
"$bin" code --dict "$dict" -q "$src/data/sample/articles.jsonl" | head -n 1 > /dev/null
check "broken pipe exits 0" test "${PIPESTATUS[0]}" -eq 0

# 7. Other formats.
"$bin" code --dict "$dict" -q --out phoenix "$tmp/a.txt" --date 2025-10-30 > "$tmp/a.tsv"
check "phoenix tsv has a header" grep -q "^event_id	date	year" "$tmp/a.tsv"
check "phoenix tsv rows have the header's column count" awk -F'\t' 'NR==1{n=NF} NF!=n{exit 1}' "$tmp/a.tsv"
"$bin" code --dict "$dict" -q --out tsv "$tmp/a.txt" --date 2025-10-30 > "$tmp/a.petr"
check "tsv (PETRARCH2 event file) has rows, no header, 8 columns" \
  awk -F'\t' 'NF!=8{exit 1} END{exit NR>0?0:1}' "$tmp/a.petr"
check "tsv columns: story date, source, target, code, issues, ids, url, source name" \
  awk -F'\t' -v id="$tmp/a.txt_0" '$1!="20251030" || $2!="PRKGOV" || $4!~/^[0-9][0-9][0-9]+$/ || $5!="" || $6!=id || $8!="NULL"{exit 1}' "$tmp/a.petr"
"$bin" code --dict "$dict" -q --out plover "$tmp/a.txt" --date 2025-10-30 > "$tmp/a.plover"
check "plover output has event_type" grep -q '"event_type":"CONSULT"' "$tmp/a.plover"

# 8. dict check reports bad lines with file:line and exits 2.
cp -r "$dict" "$tmp/dict2"
printf '999x\tvisit *\t\n042\tvisit\textra\tcolumn\n' >> "$tmp/dict2/verbs.tsv"
"$bin" dict check "$tmp/dict2" > "$tmp/dc.out" 2>&1
check "dict check with bad lines exits 2" test $? -eq 2
check "dict check names the file and line" grep -q "verbs.tsv:[0-9]*: " "$tmp/dc.out"
"$bin" dict check "$dict" > "$tmp/dc2.out" 2>&1
check "bundled dictionaries have no problems" test $? -eq 0

# 9. explain and summary.
"$bin" explain --dict "$dict" --date 2025-10-30 "Choe Son-hui met Lukashenko in Minsk." > "$tmp/x.out"
check "explain shows actors and the rule" bash -c "grep -q 'actor:' '$tmp/x.out' && grep -q 'rule' '$tmp/x.out'"
"$bin" summary "$tmp/t1.out" > "$tmp/s.out"
check "summary exits 0 and lists dyads" bash -c "grep -q 'Top dyads' '$tmp/s.out'"

# 10. OEDA/PETRARCH2 dictionaries from ../shared (not in the repository): --dict oeda:DIR.
oeda=$src/../shared/dictionaries/oeda
if [ -d "$oeda" ]; then
  printf 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.\n' > "$tmp/oeda.txt"
  ENTENTE_DICT="$dict" "$bin" code --dict "oeda:$oeda" --date 2023-03-21 -q "$tmp/oeda.txt" > "$tmp/oeda.out" 2> "$tmp/oeda.err"
  check "code --dict oeda:DIR exits 0" test $? -eq 0
  check "code --dict oeda:DIR codes RUS -> CHN" grep -q '"code":"CHNGOV"' "$tmp/oeda.out"
  ENTENTE_DICT="$dict" "$bin" dict check "oeda:$oeda" > "$tmp/oeda.check" 2>&1
  check "dict check oeda:DIR lists statistics" grep -q '^verb_patterns' "$tmp/oeda.check"
  check "dict check oeda:DIR reports OEDA lines with file:line" grep -q 'actors.txt:[0-9]*: ' "$tmp/oeda.check"
  check "dict check oeda:DIR counts the issue phrases" grep -Eq '^issue_phrases +[1-9][0-9]{3}' "$tmp/oeda.check"
  # Issue coding: PETRARCH2's issues column of --out tsv.
  printf 'Bangladeshi students and teachers clashed with police in Dhaka over the closure of schools.\n' > "$tmp/issues.txt"
  ENTENTE_DICT="$dict" "$bin" code --dict "oeda:$oeda" --date 2024-07-17 --out tsv -q "$tmp/issues.txt" > "$tmp/issues.tsv" 2>&1
  check "code --dict oeda:DIR --out tsv fills the issues column" \
    bash -c "cut -f5 '$tmp/issues.tsv' | grep -q 'STUDENTS,1' && cut -f5 '$tmp/issues.tsv' | grep -q 'TEACHERS,1' && cut -f5 '$tmp/issues.tsv' | grep -q 'SCHOOLS,1'"
else
  echo "skip: $oeda absent; --dict oeda:DIR checks not run"
fi
"$bin" code --dict "oeda:$tmp/no-such-folder" -q "$tmp/a.txt" > /dev/null 2> "$tmp/oeda-missing.err"
check "--dict oeda:MISSING exits 2 and names the folder" bash -c "test $? -eq 2 && grep -q 'no-such-folder' '$tmp/oeda-missing.err'"

# 11. The event store: ingest is idempotent, events are queried with filters, bad databases and
# bad date ranges exit 2 with a message.
db="$tmp/store.db"
"$bin" ingest --dict "$dict" --db "$db" --threads 2 "$src/data/sample/articles.jsonl" 2> "$tmp/i1.err"
check "ingest exits 0" test $? -eq 0
"$bin" events --db "$db" > "$tmp/ev1.jsonl"
check "events exits 0 after ingest" test $? -eq 0
check "ingest stored events" test "$(wc -l < "$tmp/ev1.jsonl")" -gt 50
"$bin" ingest --dict "$dict" --db "$db" "$src/data/sample/articles.jsonl" 2> "$tmp/i2.err"
check "re-ingest exits 0" test $? -eq 0
check "re-ingest leaves every document unchanged" grep -q "(0 new, 0 replaced, [0-9]* unchanged), 0 mentions stored" "$tmp/i2.err"
"$bin" events --db "$db" > "$tmp/ev2.jsonl"
check "re-ingest gives the same events" cmp -s "$tmp/ev1.jsonl" "$tmp/ev2.jsonl"
ENTENTE_DB="$db" "$bin" events --dyad BLR,PRK --format jsonl > "$tmp/dyad.jsonl"
check "events --dyad BLR,PRK exits 0" test $? -eq 0
check "events --dyad returns lines with provenance" grep -q '"provenance":\[{"doc_id"' "$tmp/dyad.jsonl"
check "events --dyad matches both directions" bash -c "grep -q '\"source\":{[^}]*\"country\":\"BLR\"' '$tmp/dyad.jsonl' && grep -q '\"source\":{[^}]*\"country\":\"PRK\"' '$tmp/dyad.jsonl'"
"$bin" ingest --dict "$dict" --db "$tmp/bad.db" "$tmp/b.jsonl" > /dev/null 2> "$tmp/ib.err"
check "ingest of bad records exits 2" test $? -eq 2
check "ingest reports bad records like code" grep -q "b.jsonl:4: document empty: empty text" "$tmp/ib.err"
"$bin" events --db "$tmp/bad.db" > "$tmp/ib.jsonl"
check "good records around bad ones are stored" bash -c "grep -q '\"doc_id\":\"good1\"' '$tmp/ib.jsonl' && grep -q '\"doc_id\":\"good2\"' '$tmp/ib.jsonl'"
"$bin" events --db "$db" --actor BLR --format csv > "$tmp/ev.csv"
check "events --format csv has a header" grep -q "^event_id,date,end_date,source_code" "$tmp/ev.csv"
"$bin" events --db "$db" --dyad BLR,ZWE > /dev/null
check "events with no match exits 1" test $? -eq 1
"$bin" events --db "$db" --from 2025-01-01 --to 2024-01-01 > /dev/null 2> "$tmp/range.err"
check "--from after --to exits 2" test $? -eq 2
check "--from after --to explained" grep -q "after --to" "$tmp/range.err"
"$bin" events --db "$db" --from 2025-13-01 > /dev/null 2>&1
check "malformed --from exits 2" test $? -eq 2
head -c 10000 /dev/urandom > "$tmp/corrupt.db"
cp "$tmp/corrupt.db" "$tmp/corrupt.orig"
"$bin" ingest --dict "$dict" --db "$tmp/corrupt.db" "$src/data/sample/articles.jsonl" > /dev/null 2> "$tmp/c.err"
check "ingest into a corrupt database exits 2" test $? -eq 2
check "corrupt database named with the reason" grep -q "corrupt.db: not an SQLite database" "$tmp/c.err"
check "corrupt database left untouched" cmp -s "$tmp/corrupt.db" "$tmp/corrupt.orig"
"$bin" events --db "$tmp/corrupt.db" > /dev/null 2> "$tmp/c2.err"
check "events on a corrupt database exits 2" test $? -eq 2
"$bin" events --db "$tmp/none.db" > /dev/null 2> "$tmp/n.err"
check "events on a missing database exits 2" bash -c "test $? -eq 2 && grep -q 'none.db' '$tmp/n.err' && test ! -e '$tmp/none.db'"
mkdir "$tmp/adir.db"
"$bin" ingest --dict "$dict" --db "$tmp/adir.db" "$src/data/sample/articles.jsonl" > /dev/null 2> "$tmp/dir.err"
check "unopenable database path exits 2 with a message" bash -c "test $? -eq 2 && grep -q 'adir.db' '$tmp/dir.err'"
if [ "$(id -u)" -ne 0 ]; then  # root ignores file permissions
  cp "$db" "$tmp/ro.db"
  chmod 444 "$tmp/ro.db"
  "$bin" ingest --dict "$dict" --db "$tmp/ro.db" "$tmp/a.txt" > /dev/null 2> "$tmp/ro.err"
  check "read-only database exits 2" test $? -eq 2
  check "read-only database explained" grep -q "read-only" "$tmp/ro.err"
elif cp "$db" "$tmp/ro.db" && chattr +i "$tmp/ro.db" 2> /dev/null; then
  # As root, an immutable file is the read-only database (skipped where chattr is not allowed).
  "$bin" ingest --dict "$dict" --db "$tmp/ro.db" "$tmp/a.txt" > /dev/null 2> "$tmp/ro.err"
  check "read-only (immutable) database exits 2" test $? -eq 2
  check "read-only (immutable) database explained" grep -q "ro.db: the database is read-only" "$tmp/ro.err"
  chattr -i "$tmp/ro.db"
else
  echo "skip: read-only database (running as root and chattr +i not permitted here)"
fi
# A database another process holds the write lock on: after the busy timeout, exit 2 with the
# reason, and the database keeps exactly what it held.
cp "$db" "$tmp/locked.db"
before=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from mentions').fetchone()[0])" "$tmp/locked.db")
python3 -c "
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN EXCLUSIVE')
open(sys.argv[2], 'w').write('locked')
time.sleep(30)
" "$tmp/locked.db" "$tmp/lock.ready" &
lockpid=$!
for _ in $(seq 100); do [ -s "$tmp/lock.ready" ] && break; sleep 0.1; done
printf 'Belarusian President Alexander Lukashenko met Chinese President Xi Jinping in Beijing on Monday.\n' > "$tmp/lockdoc.txt"
"$bin" ingest --dict "$dict" --date 2025-10-30 --db "$tmp/locked.db" "$tmp/lockdoc.txt" > /dev/null 2> "$tmp/locked.err"
rc=$?
kill "$lockpid" 2> /dev/null; wait "$lockpid" 2> /dev/null
check "locked database exits 2" test $rc -eq 2
check "locked database explained" grep -q "locked.db.*locked" "$tmp/locked.err"
after=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from mentions').fetchone()[0])" "$tmp/locked.db")
check "locked database unchanged" test "$before" = "$after"
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
c.commit()
PY
"$bin" events --db "$db" > /dev/null 2> "$tmp/v.err"
check "newer schema version refused" bash -c "test $? -eq 2 && grep -q 'schema version 999 is newer' '$tmp/v.err'"

# PostgreSQL (docs/STORE.md): an unreachable server is named (never its password), exit 2, nothing
# coded. With a scratch database in ENTENTE_TEST_PG (`make test` starts one), the same commands
# on PostgreSQL and on SQLite print the same events, dyads and trends.
"$bin" ingest --dict "$dict" --db "postgresql://ann:hunter2@127.0.0.1:1/news" "$src/data/sample/articles.jsonl" > /dev/null 2> "$tmp/pg.err"
check "ingest into an unreachable PostgreSQL exits 2" test $? -eq 2
check "unreachable PostgreSQL named with the reason" grep -q "entente ingest: postgresql://ann@127.0.0.1:1/news: cannot connect to the PostgreSQL server: .*refused" "$tmp/pg.err"
check "unreachable PostgreSQL: password not shown" bash -c "! grep -q hunter2 '$tmp/pg.err'"
"$bin" events --db "postgres://127.0.0.1:1/news" > /dev/null 2> "$tmp/pg2.err"
check "events on an unreachable PostgreSQL exits 2" bash -c "test $? -eq 2 && grep -q 'postgres://127.0.0.1:1/news: cannot connect' '$tmp/pg2.err'"
if [ -n "${ENTENTE_TEST_PG:-}" ] && command -v psql > /dev/null; then
  schema="entente_cli_$$"
  sep='?'; case "$ENTENTE_TEST_PG" in *\?*) sep='&' ;; esac
  pg="$ENTENTE_TEST_PG${sep}options=-csearch_path%3D$schema"
  psql -qX "$ENTENTE_TEST_PG" -c "CREATE SCHEMA $schema" > /dev/null
  lite="$tmp/compare.db"
  for d in "$lite" "$pg"; do
    "$bin" ingest --dict "$dict" --db "$d" -q "$src/data/sample/articles.jsonl" 2> /dev/null
    "$bin" ingest --dict "$dict" --db "$d" "$src/data/sample/articles.jsonl" 2> "$tmp/again.err"
  done
  check "PostgreSQL re-ingest leaves every document unchanged" grep -q "(0 new, 0 replaced, [0-9]* unchanged), 0 mentions stored" "$tmp/again.err"
  check "PostgreSQL and SQLite: same events" cmp -s <("$bin" events --db "$lite") <("$bin" events --db "$pg")
  check "PostgreSQL and SQLite: same filtered csv" cmp -s <("$bin" events --db "$lite" --actor RUS --format csv) <("$bin" events --db "$pg" --actor RUS --format csv)
  check "PostgreSQL and SQLite: same dyads" cmp -s <("$bin" dyads --db "$lite" --interval year) <("$bin" dyads --db "$pg" --interval year)
  check "PostgreSQL and SQLite: same trends" cmp -s <("$bin" trends --db "$lite" --recent 2025-01-01..2026-10-31 --baseline 2019-01-01..2022-12-31 --format json) <("$bin" trends --db "$pg" --recent 2025-01-01..2026-10-31 --baseline 2019-01-01..2022-12-31 --format json)
  psql -qX "$pg" -c "UPDATE meta SET value = '999' WHERE key = 'schema_version'" > /dev/null
  "$bin" events --db "$pg" > /dev/null 2> "$tmp/pgv.err"
  check "PostgreSQL: newer schema version refused" bash -c "test $? -eq 2 && grep -q 'schema version 999 is newer' '$tmp/pgv.err'"
  psql -qX "$ENTENTE_TEST_PG" -c "DROP SCHEMA $schema CASCADE" > /dev/null
else
  echo "skip: PostgreSQL comparison (ENTENTE_TEST_PG not set or psql missing)"
fi

# Analyses: `entente dyads` and `entente trends` on the sample corpus (docs/ANALYSIS.md).
adb="$tmp/analyze.db"
"$bin" ingest --dict "$dict" --db "$adb" -q "$src/data/sample/articles.jsonl" 2> /dev/null
"$bin" trends --db "$adb" --recent 2025-01-01..2026-10-31 --baseline 2019-01-01..2022-12-31 --format json > "$tmp/trends.json"
check "trends --format json exits 0" test $? -eq 0
check "trends json has dyads and axes whose members are listed" python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
assert t["dyads"] and all(k in t["dyads"][0] for k in ("a", "b", "recent", "baseline", "ratio", "p", "q", "score"))
assert all(d["p"] <= d["q"] <= 1 for d in t["dyads"])
assert all(len(a["members"]) >= 3 and a["members"] == sorted(a["members"]) for a in t["axes"])
assert all(a["p"] <= a["p_adjusted"] < 0.05 for a in t["axes"])
scores = [d["score"] for d in t["dyads"]]
assert scores == sorted(scores, reverse=True)' "$tmp/trends.json"
"$bin" trends --db "$adb" --recent 2025-01-01..2026-10-31 --baseline 2019-01-01..2022-12-31 > "$tmp/trends.txt"
check "trends text exits 0" bash -c "test $? -eq 0 && grep -q '^Axes' '$tmp/trends.txt'"
"$bin" dyads --db "$adb" --interval year --format csv > "$tmp/dyads.csv"
check "dyads --format csv exits 0" test $? -eq 0
check "dyads csv has a header and rows" bash -c "head -1 '$tmp/dyads.csv' | grep -q '^a,b,period,start,end,events' && test \$(wc -l < '$tmp/dyads.csv') -gt 5"
"$bin" dyads --db "$adb" --interval month --format json > "$tmp/dyads.json"
check "dyads --format json parses" python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["dyads"]' "$tmp/dyads.json"
"$bin" dyads --db "$adb" --from 1990-01-01 --to 1990-12-31 > /dev/null 2>&1
check "dyads with nothing in range exits 1" test $? -eq 1
"$bin" trends --db "$adb" --recent 2025-01-01 --baseline 2019-01-01..2022-12-31 > /dev/null 2> "$tmp/tr.err"
check "trends malformed range exits 2" bash -c "test $? -eq 2 && grep -q 'not a range' '$tmp/tr.err'"
"$bin" trends --db "$adb" --recent 2026-01-01..2025-01-01 --baseline 2019-01-01..2022-12-31 > /dev/null 2> "$tmp/tr.err"
check "trends inverted range exits 2" bash -c "test $? -eq 2 && grep -q 'start is after the end' '$tmp/tr.err'"
"$bin" trends --db "$adb" --recent 2025-01-01..2025-13-01 --baseline 2019-01-01..2022-12-31 > /dev/null 2>&1
check "trends bad date exits 2" test $? -eq 2
"$bin" trends --db "$adb" --recent 2022-01-01..2025-12-31 --baseline 2019-01-01..2022-12-31 > /dev/null 2> "$tmp/tr.err"
check "trends overlapping windows exit 2" bash -c "test $? -eq 2 && grep -q 'overlap' '$tmp/tr.err'"

# `entente blocs` (docs/ANALYSIS.md, "Blocs"): JSON shape, same seed same output, bad input.
"$bin" blocs --db "$adb" --from 2025-01-01 --to 2026-10-31 --format json > "$tmp/blocs.json"
check "blocs --format json exits 0" test $? -eq 0
check "blocs json: sorted members, ties inside the bloc, cohesion in [0, 1], no rival pair inside" python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))
assert t["blocs"], "no bloc"
for b in t["blocs"]:
    m = b["members"]
    assert len(m) >= 2 and m == sorted(m)
    assert 0 <= b["cohesion"] <= 1 and 0 < b["density"] <= 1 and b["p"] <= 0.05
    assert all(x["a"] in m and x["b"] in m and x["a"] < x["b"] for x in b["ties"])
    assert all(x["weight"] >= 0 for x in b["ties"])
assert all(r["weight"] < 0 and r["bloc_a"] != r["bloc_b"] for r in t["rivalries"])' "$tmp/blocs.json"
"$bin" blocs --db "$adb" --from 2025-01-01 --to 2026-10-31 --format json > "$tmp/blocs2.json"
check "blocs: same seed, same bytes" cmp -s "$tmp/blocs.json" "$tmp/blocs2.json"
"$bin" blocs --db "$adb" --from 2025-01-01 --to 2026-10-31 > "$tmp/blocs.txt"
check "blocs text lists blocs" bash -c "test $? -eq 0 && grep -q '^Bloc 1: ' '$tmp/blocs.txt'"
"$bin" blocs --db "$adb" --from 2026-01-01 --to 2025-01-01 > /dev/null 2> "$tmp/bl.err"
check "blocs --from after --to exits 2" bash -c "test $? -eq 2 && grep -q 'is after --to' '$tmp/bl.err'"
"$bin" blocs --db "$adb" --from 2025-02-30 > /dev/null 2> "$tmp/bl.err"
check "blocs bad date exits 2" bash -c "test $? -eq 2 && grep -q 'is not a date' '$tmp/bl.err'"
"$bin" blocs --db "$tmp/no-such.db" > /dev/null 2> "$tmp/bl.err"
check "blocs on a missing database exits 2" bash -c "test $? -eq 2 && grep -q 'no such database' '$tmp/bl.err'"
"$bin" blocs --db "$adb" --from 1990-01-01 --to 1990-12-31 > /dev/null 2>&1
check "blocs with nothing in range exits 1" test $? -eq 1

# `entente report` (docs/ANALYSIS.md, "Report"): a Markdown or HTML briefing. The baseline is
# the sample's years before the Russia–North Korea rapprochement (as in scripts/demo.sh): against
# the 669 days right before the window, which already hold that rapprochement, the third pair's
# rise is borderline (p about 0.05) and the axis test rightly does not commit either way.
"$bin" report --db "$adb" --from 2025-01-01 --to 2026-10-31 --baseline 2019-01-01..2022-12-31 > "$tmp/report.md" 2> "$tmp/report.err"
check "report (Markdown) exits 0" test $? -eq 0
check "report has every section" bash -c "for h in '^# Entente briefing' '^## Emerging axes' '^## Rising cooperation' '^## Falling cooperation' '^## Firsts' '^## Conflict hot spots'; do grep -q \"\$h\" '$tmp/report.md' || exit 1; done"
check "report finds the sample's axis and quotes evidence" bash -c "grep -q '^### BLR–PRK–RUS' '$tmp/report.md' && grep -q '^- .*: “' '$tmp/report.md'"
check "report dyad table has a header and p in scientific notation" bash -c "grep -q '^| dyad | window | baseline |' '$tmp/report.md' && grep -Eq '^\| BLR–PRK \| .*[0-9]\.[0-9]e[-+][0-9]{2}' '$tmp/report.md'"
"$bin" report --db "$adb" --from 2025-01-01 --to 2026-10-31 --baseline 2019-01-01..2022-12-31 --format html -o "$tmp/report.html" > "$tmp/report.out"
check "report --format html -o exits 0 and prints nothing" bash -c "test $? -eq 0 && test ! -s '$tmp/report.out' && test ! -e '$tmp/report.html.partial'"
check "report html is one self-contained page" bash -c "head -1 '$tmp/report.html' | grep -q '<!DOCTYPE html>' && grep -q '<style>' '$tmp/report.html' && grep -q '<table>' '$tmp/report.html' && ! grep -Eiq '<script|<link|src=|@import|url\(' '$tmp/report.html'"
mkfifo "$tmp/report.fifo"
cat "$tmp/report.fifo" > "$tmp/fifo.md" &
"$bin" report --db "$adb" --from 2025-01-01 --to 2026-10-31 --baseline 2019-01-01..2022-12-31 -o "$tmp/report.fifo"
rc=$?
wait
check "report -o into a pipe writes through it and leaves the pipe a pipe" bash -c "test $rc -eq 0 && test -p '$tmp/report.fifo' && cmp -s '$tmp/fifo.md' '$tmp/report.md'"
{
  printf '%s\n' '{"id":"x1","date":"2025-10-30","source":"Wire <b>","text":"North Korean Foreign Minister Choe Son-hui flew to Minsk on Tuesday <script>alert(1)</script> and met Maxim Ryzhenkov."}'
  printf '%s\n' '{"id":"x2","date":"2025-10-31","text":"Russian forces shelled Kharkiv on Thursday, Ukrainian officials said."}'
} > "$tmp/x.jsonl"
xdb="$tmp/x.db"
"$bin" ingest --dict "$dict" --db "$xdb" -q "$tmp/x.jsonl" 2> /dev/null
"$bin" report --db "$xdb" --from 2025-10-01 --to 2025-10-31 --format html > "$tmp/x.html"
check "report html exits 0 on a small store" test $? -eq 0
check "report html escapes sentences and outlets" bash -c "! grep -q '<script' '$tmp/x.html' && ! grep -q '<b>' '$tmp/x.html' && grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' '$tmp/x.html' && grep -q 'Wire &lt;b&gt;' '$tmp/x.html'"
"$bin" report --db "$xdb" --from 2025-10-01 --to 2025-10-31 > "$tmp/x.md"
check "report md lists the first visit, its markup escaped" bash -c "grep -q 'North Korea (PRK) → Belarus (BLR)' '$tmp/x.md' && grep -q '\\\\<script\\\\>' '$tmp/x.md'"
"$bin" report --db "$adb" --from 2026-01-01 --to 2025-01-01 -o "$tmp/bad.md" > "$tmp/bad.out" 2> "$tmp/bad.err"
check "report with --from after --to exits 2, says why, writes nothing" bash -c "test $? -eq 2 && grep -q 'after --to' '$tmp/bad.err' && test ! -s '$tmp/bad.out' && test ! -e '$tmp/bad.md'"
"$bin" report --db "$adb" --from 2025-01-01 --to 2025-13-01 > "$tmp/bad.out" 2> "$tmp/bad.err"
check "report with a bad date exits 2" bash -c "test $? -eq 2 && grep -q 'not a date' '$tmp/bad.err' && test ! -s '$tmp/bad.out'"
"$bin" report --db "$adb" --from 2025-01-01 --to 2025-12-31 --baseline 2024-06-01..2025-02-01 > "$tmp/bad.out" 2> "$tmp/bad.err"
check "report with an overlapping --baseline exits 2" bash -c "test $? -eq 2 && grep -q 'overlaps' '$tmp/bad.err' && test ! -s '$tmp/bad.out'"
"$bin" report --db "$tmp/none.db" --from 2025-01-01 --to 2025-12-31 > "$tmp/bad.out" 2> "$tmp/bad.err"
check "report on a missing database exits 2 and creates nothing" bash -c "test $? -eq 2 && grep -q 'none.db' '$tmp/bad.err' && test ! -e '$tmp/none.db' && test ! -s '$tmp/bad.out'"
"$bin" report --db "$tmp/corrupt.db" --from 2025-01-01 --to 2025-12-31 -o "$tmp/c.md" > "$tmp/bad.out" 2> "$tmp/bad.err"
check "report on a corrupt database exits 2 and writes nothing" bash -c "test $? -eq 2 && grep -q 'corrupt.db' '$tmp/bad.err' && test ! -e '$tmp/c.md' && cmp -s '$tmp/corrupt.db' '$tmp/corrupt.orig'"

# `entente validate` (docs/VALIDATION.md): PETRARCH-style validation records.
# The PETRARCH unit-test suite is third-party and lives beside the repository, in ../shared.
suite=$src/../shared/compat/petrarch/PETR.UnitTest.records.xml
if [ -f "$suite" ]; then
  "$bin" validate "$suite" > "$tmp/val.out" 2> "$tmp/val.err"
  rc=$?
  check "validate on the PETRARCH suite exits 0 or 1 (no malformed records)" bash -c "test $rc -eq 0 -o $rc -eq 1"
  check "validate ends with 'N passed, M failed'" bash -c "tail -n 1 '$tmp/val.out' | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'"
  check "validate scores the 279 scorable records" bash -c "tail -n 1 '$tmp/val.out' | awk '{ exit (\$1 + \$3 == 279) ? 0 : 1 }'"
  # Floor slightly below the measured 209 (docs/VALIDATION.md): a coder change that loses suite
  # records fails here.
  check "validate passes at least 205 of the PETRARCH suite's records" bash -c "tail -n 1 '$tmp/val.out' | awk '{ exit (\$1 >= 205) ? 0 : 1 }'"
  check "validate lists failures with expected, got and rule" bash -c "! grep '^FAIL' '$tmp/val.out' | grep -v ' expected: .* | got: .* | rule: ' | grep -q ."
  check "validate runs the suite's verbs alone by default (no bundled verbs.tsv rule fires)" bash -c "! grep -q 'rule: .*verbs.tsv:' '$tmp/val.out'"
  "$bin" validate --bundled-patterns "$suite" > "$tmp/valb.out" 2> /dev/null
  check "validate --bundled-patterns also fires bundled verbs.tsv rules" grep -q 'rule: .*verbs.tsv:' "$tmp/valb.out"
  "$bin" validate --use-parse "$suite" > "$tmp/valp.out" 2> /dev/null
  rc=$?
  check "validate --use-parse exits 0 or 1 (broken trees fall back to the text)" bash -c "test $rc -eq 0 -o $rc -eq 1"
  check "validate --use-parse codes the records with a well-formed tree with it" grep -Eq '^277 records coded with their parse$' "$tmp/valp.out"
  check "validate --use-parse loses no record the raw text passes" bash -c "! comm -23 <(grep '^PASS' <(\"$bin\" validate -v '$suite' 2>/dev/null) | sort) <(grep '^PASS' <(\"$bin\" validate -v --use-parse '$suite' 2>/dev/null) | sort) | grep -q ."
  "$bin" validate --category PARSING "$suite" > "$tmp/valc.out" 2> /dev/null
  check "validate --category scores only that category" bash -c "! grep '^FAIL' '$tmp/valc.out' | grep -vq '\[PARSING\]' && tail -n 1 '$tmp/valc.out' | awk '{ exit (\$1 + \$3 == 12) ? 0 : 1 }'"
else
  echo "skipped: validate on the PETRARCH suite ($suite is absent; it lives beside the repository, in ../shared)"
fi
{
  printf '<Validation>\n<Sentences>\n'
  printf '<Sentence date="20251027" id="V-OK" category="T" sentence="true">\n'
  printf '<EventCoding noevents="True"></EventCoding>\n<Text>\nThe weather was fine.\n</Text>\n</Sentence>\n'
  printf '<Sentence date="20251027" id="V-BAD category="T">\n'
  printf '<EventCoding noevents="True"></EventCoding>\n<Text>Nothing.</Text>\n</Sentence>\n'
  printf '<Sentence date="2025-10-27" id="V-DATE" category="T">\n<Text>Nothing.</Text>\n</Sentence>\n'
  printf '</Sentences>\n</Validation>\n'
} > "$tmp/bad.xml"
"$bin" validate "$tmp/bad.xml" > "$tmp/vb.out" 2> "$tmp/vb.err"
rc=$?
check "validate on a malformed record exits 2" test $rc -eq 2
check "malformed record reported with file:line" grep -q "bad.xml:9: .*malformed <Sentence> tag" "$tmp/vb.err"
check "bad record date reported with file:line" grep -q "bad.xml:13: record V-DATE: date" "$tmp/vb.err"
check "good record still scored" bash -c "tail -n 1 '$tmp/vb.out' | grep -q '^1 passed, 0 failed$'"

# 13. Parsed input: PETRARCH XML (Penn trees) and CoNLL-U; bad records reported, the rest coded.
cat > "$tmp/p.xml" <<'XML'
<Sentences>
<Sentence date="20251030" id="S1-1" source="Wire" sentence="True">
<Text>North Korean Foreign Minister Choe Son-hui
flew to Minsk on Tuesday.</Text>
<Parse>(ROOT (S (NP (JJ North) (JJ Korean) (NNP Foreign) (NNP Minister) (NNP Choe) (NNP Son-hui)) (VP (VBD flew) (PP (TO to) (NP (NNP Minsk))) (PP (IN on) (NP (NNP Tuesday)))) (. .)))</Parse>
</Sentence>
<Sentence date="20251030" id="S1-2" source="Wire" sentence="True">
<Text>Choe Son-hui met Lukashenko in Minsk.</Text>
<Parse>(ROOT (S (NP (NNP Choe) (NNP Son-hui)) (VP (VBD met) (NP (NNP Lukashenko))</Parse>
</Sentence>
<Sentence date="2025-10-30" id="S2-1" source="Wire"><Text>Bad date.</Text></Sentence>
</Sentences>
XML
"$bin" code --dict "$dict" --in petrarch-xml --out tsv "$tmp/p.xml" > "$tmp/p.tsv" 2> "$tmp/p.err"
rc=$?
check "petrarch-xml with bad records exits 2" test $rc -eq 2
check "petrarch-xml: bad date reported with file:line" grep -q "p.xml:11: record S2-1: .*not a valid YYYYMMDD date" "$tmp/p.err"
check "petrarch-xml: broken Penn tree reported with file:line and record id" grep -q "p.xml:9: document S1: sentence S1-2: <Parse>: Penn tree: " "$tmp/p.err"
check "petrarch-xml: story coded, ids STORY_NN" grep -q "^20251030	PRKGOV	.*	S1_1[;	].*	Wire$" "$tmp/p.tsv"
check "petrarch-xml: the sentence with a broken parse is still coded" grep -q "S1_2" "$tmp/p.tsv"
{
  printf '# newdoc id = c1\n# date = 2025-10-30\n# sent_id = c1-1\n'
  printf '# text = Russian Foreign Minister Sergei Lavrov visited Minsk on Monday.\n'
  i=0
  for w in Russian Foreign Minister Sergei Lavrov visited Minsk on Monday; do
    i=$((i + 1)); printf '%d\t%s\t%s\tX\t_\t_\t0\t_\t_\t_\n' $i "$w" "$w"
  done
  printf '10\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n'
  printf '# sent_id = c1-2\n1\tBroken\tline\n\n'
} > "$tmp/c.conllu"
"$bin" code --dict "$dict" "$tmp/c.conllu" > "$tmp/c.out" 2> "$tmp/c.err"
rc=$?
check "conllu (by extension) with a bad sentence exits 2" test $rc -eq 2
check "conllu: bad sentence reported with file:line, document and sentence" \
  grep -q "c.conllu:17: document c1: sentence c1-2: expected 10 tab-separated columns" "$tmp/c.err"
check "conllu: good sentence coded with the document's id and date" \
  bash -c "grep -q '\"doc_id\":\"c1\"' '$tmp/c.out' && grep -q '\"code\":\"RUSGOV\"' '$tmp/c.out' && grep -q '\"date\":\"2025-10-27\"' '$tmp/c.out'"
udsuite=${ENTENTE_SHARED:-$src/../shared}/compat/petrarch/PETR.UnitTest.records.udpipe.xml
if [ -f "$udsuite" ]; then
  "$bin" validate "$udsuite" > "$tmp/ud.out" 2> "$tmp/ud.err"
  rc=$?
  check "validate on the UDPipe suite exits 0 or 1 (no malformed record or parse)" bash -c "test $rc -eq 0 -o $rc -eq 1"
  check "validate reads every CoNLL-U parse of the UDPipe suite" grep -Eq '^284 CoNLL-U parses read \(.*\), 0 malformed$' "$tmp/ud.out"
  check "validate on the UDPipe suite ends with 'N passed, M failed'" bash -c "tail -n 1 '$tmp/ud.out' | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'"
  "$bin" code --dict "$dict" -q --in petrarch-xml --out tsv "$udsuite" > "$tmp/ud.tsv" 2> "$tmp/ud.err2"
  check "code --in petrarch-xml on the UDPipe suite exits 0" test $? -eq 0
  check "its PETRARCH2 rows have 8 columns" awk -F'\t' 'NF!=8{exit 1}' "$tmp/ud.tsv"
else
  echo "skipped: parsed input on the UDPipe suite ($udsuite is absent; it lives beside the repository, in ../shared)"
fi

# `entente validate` on TABARI validation files (docs/VALIDATION.md, "TABARI suites"): an
# invented mini-suite, then TABARI's own suite from ../shared when present.
mkdir -p "$tmp/tab"
printf 'FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n' > "$tmp/tab/Mini.actors"
printf 'SIGN [081]\n- * TRUCE [082]\n' > "$tmp/tab/Mini.verbs"
printf '<actorsfile> Mini.actors\n<verbsfile> Mini.verbs\n<textfile> Mini.text\n' > "$tmp/tab/Mini.project"
{
  printf '950101  MINI-01\nFreedonia signed a truce with Sylvania on Monday in Geneva.\n/*\n\\n{ FRD / SYL / 082 } */\n\n'
  printf '950102  MINI-02\nThe weather was fine./*\n\\n{---} */\n\n'
  printf '950103  MINI-03\nFreedonia signed a truce with Sylvania on Monday in Geneva.\n/* \\n{ SYL / FRD / 082 } */\n\n'
  printf '950104  MINI-BAD\nText.\n/* \\n{ FRD / 082 } */\n'
} > "$tmp/tab/Mini.text"
"$bin" validate --no-cache "$tmp/tab/Mini.text" > "$tmp/tab.out" 2> "$tmp/tab.err"
rc=$?
check "validate on a TABARI file (detected by content) exits 1 when a record fails" test $rc -eq 1
check "TABARI: the project's dictionaries code the passing records" bash -c "tail -n 1 '$tmp/tab.out' | grep -qx '2 passed, 1 failed'"
check "TABARI: a failing record lists expected, got and rule" grep -q '^FAIL MINI-03 expected: SYL>FRD:082 | got: FRD>SYL:082 | rule: tabari:SIGN - \* TRUCE \[082\] (verbs line 2)' "$tmp/tab.out"
check "TABARI: a malformed expectation is reported with file:line" grep -q 'Mini.text:16: record MINI-BAD: expected' "$tmp/tab.err"
"$bin" validate --no-cache --format petrarch "$tmp/tab/Mini.text" > "$tmp/tabp.out" 2> /dev/null
check "validate --format petrarch reads no TABARI record" bash -c "tail -n 1 '$tmp/tabp.out' | grep -qx '0 passed, 0 failed'"
tabsuite=${ENTENTE_SHARED:-$src/../shared}/compat/tabari/Validate.text
if [ -f "$tabsuite" ]; then
  "$bin" validate --no-cache "$tabsuite" > "$tmp/tv.out" 2> "$tmp/tv.err"
  rc=$?
  check "validate on the TABARI suite exits 1 (some records fail)" test $rc -eq 1
  check "TABARI suite: 441 records scored" bash -c "tail -n 1 '$tmp/tv.out' | awk '{ exit (\$1 + \$3 == 441) ? 0 : 1 }'"
  # Measured 245 (docs/QUALITY.md); a floor slightly below.
  check "TABARI suite: at least 421 records pass" bash -c "tail -n 1 '$tmp/tv.out' | awk '{ exit (\$1 >= 421) ? 0 : 1 }'"
  check "TABARI suite: unclosed '{ OPTION:' blocks reported with file:line" grep -q 'Validate.text:3947: record MINWRD-ACTIVATE' "$tmp/tv.err"
  check "TABARI suite: failures list expected, got and rule" bash -c "! grep '^FAIL' '$tmp/tv.out' | grep -v ' expected: .* | got: .* | rule: ' | grep -q ."
  "$bin" dict check "tabari:${tabsuite%/*}/Validate.project" > "$tmp/td.out" 2>&1
  check "dict check tabari: reports malformed lines with file:line and exits 2" \
    bash -c "test $? -eq 2 && grep -q 'TABARI.Demo.verbs:736: ' '$tmp/td.out' && grep -Eq '^verb_patterns +[0-9]+' '$tmp/td.out'"
else
  echo "skipped: validate on the TABARI suite ($tabsuite is absent; it lives beside the repository, in ../shared)"
fi

echo "$pass passed, $fail failed"
test $fail -eq 0
