#!/usr/bin/env bash
# bench/pg_ingest.sh — `entente ingest` into PostgreSQL vs SQLite on the same documents.
#
#   bench/pg_ingest.sh BUILD_DIR [DOCUMENTS]     (default 13000 documents, ~112k events)
#
# Takes the first DOCUMENTS documents of BUILD_DIR/bench/corpus.jsonl (scripts/bench.sh makes
# it), starts a throwaway PostgreSQL cluster with default durability (scripts/pg-test-cluster.sh,
# PG_TEST_DURABLE=1), runs `ingest --threads 1` three times into an empty schema and twice into a
# new SQLite file, checks that `entente events` prints the same on both, and appends host, compiler,
# git revision, load and results to bench/results/DATE-HOST-pg.txt. Timings are not tests.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:?usage: bench/pg_ingest.sh BUILD_DIR [DOCUMENTS]}" && pwd)
DOCS=${2:-13000}
corpus="$BUILD/bench/corpus.jsonl"
[ -s "$corpus" ] || { echo "pg_ingest: $corpus missing (run scripts/bench.sh $BUILD first)" >&2; exit 2; }

if [ -z "${ENTENTE_BENCH_PG:-}" ]; then
  PG_TEST_DURABLE=1 exec "$ROOT/scripts/pg-test-cluster.sh" with env ENTENTE_BENCH_PG=1 "$0" "$@"
fi
[ -n "${ENTENTE_TEST_PG:-}" ] || { echo "pg_ingest: no PostgreSQL cluster" >&2; exit 2; }
uri=$ENTENTE_TEST_PG
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$DOCS" "$corpus" > "$work/docs.jsonl"
out="$ROOT/bench/results/$(date -u +%F)-$(hostname)-pg.txt"
pm=$(psql -qXAt "$uri" -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
pm=$(awk '{print $4}' "/proc/$pm/stat")  # the postmaster (parent of the checkpointer)
server_cpu() { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"; }  # its own + reaped backends
{
  echo "== entente ingest into PostgreSQL vs SQLite, $(date -u +%FT%TZ)"
  echo "host:         $(hostname), $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "git revision: $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "compiler:     $(c++ --version | head -1) ($BUILD)"
  echo "server:       $(psql -qXAt "$uri" -c 'SELECT version()' | cut -d, -f1); fsync $(psql -qXAt "$uri" -c 'SHOW fsync'), synchronous_commit $(psql -qXAt "$uri" -c 'SHOW synchronous_commit'), shared_buffers $(psql -qXAt "$uri" -c 'SHOW shared_buffers')"
  echo "input:        first $DOCS documents of $corpus"
  for run in 1 2 3; do
    psql -qX "$uri" -c "DROP SCHEMA IF EXISTS public CASCADE" -c "CREATE SCHEMA public" 2> /dev/null
    a=$(server_cpu)
    "$BUILD/entente" ingest --db "$uri" --threads 1 "$work/docs.jsonl" 2> "$work/err"
    sleep 0.5
    b=$(server_cpu)
    echo "postgresql $run: $(sed -n 2p "$work/err" | sed 's/^entente ingest: //'); server CPU $(awk -v a="$a" -v b="$b" -v t="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", (b-a)/t}') s"
  done
  echo "postgresql:   $(sed -n 1p "$work/err" | sed 's/^entente ingest: //')"
  for run in 1 2; do
    rm -f "$work/s.db"*
    "$BUILD/entente" ingest --db "$work/s.db" --threads 1 "$work/docs.jsonl" 2> "$work/err"
    echo "sqlite $run:     $(sed -n 2p "$work/err" | sed 's/^entente ingest: //')"
  done
  if cmp -s <("$BUILD/entente" events --db "$uri") <("$BUILD/entente" events --db "$work/s.db"); then
    echo "events:       identical output on both"
  else
    echo "events:       OUTPUT DIFFERS"
  fi
  echo "load after:   $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} | tee -a "$out"
