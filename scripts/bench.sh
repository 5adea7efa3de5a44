#!/usr/bin/env bash
# scripts/bench.sh BUILD_DIR — whole-process benchmark of `entente code`.
#
#   scripts/bench.sh build/release        (or: make bench)
#
# 1. Generates the corpus BUILD_DIR/bench/corpus.jsonl with bench/gen_corpus.py when it is
#    missing or stale (another sentence count, generator or dictionary; see corpus.jsonl.stamp).
#    BENCH_SENTENCES overrides the size (default 500000).
# 2. Times the dictionary load on a one-line input: cold (empty ENTENTE_CACHE: compile the
#    sources and write the cache) and warm (read the cache).
# 3. Runs `entente code --threads 1` and `--threads 2` over the corpus under /usr/bin/time -v
#    (wall time, sentences/s, peak RSS), then once more with --threads 2 to a file to count the
#    events produced; with ../shared/dictionaries/oeda present (BENCH_OEDA=0 skips it), once more
#    on one thread with those dictionaries loaded beside the bundled ones.
# 4. Runs the micro-benchmarks (BUILD_DIR/entente_bench) when they were built.
# 5. Prints the results and appends them to bench/results/<YYYY-MM-DD>-<hostname>.txt with the
#    git revision, compiler and CPU, so numbers from different machines and revisions can be
#    told apart. Benchmarks are not tests: nothing here fails on a slow time.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "$1" && pwd)
ENTENTE="$BUILD/entente"
DICT=${ENTENTE_DICT:-$ROOT/data/dict}  # the dictionaries coded with (and fed to the generator)
SENTENCES=${BENCH_SENTENCES:-500000}
[ -x "$ENTENTE" ] || { echo "bench: $ENTENTE not found; build first (make build)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/entente-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- corpus -------------------------------------------------------------------------------------
corpus="$BUILD/bench/corpus.jsonl"
mkdir -p "$BUILD/bench"
stamp_want=$( { echo "sentences=$SENTENCES"; cat "$ROOT/bench/gen_corpus.py" "$DICT"/*.tsv; } |
              sha256sum | cut -c1-16)
if [ ! -s "$corpus" ] || [ "$(cat "$corpus.stamp" 2>/dev/null)" != "$stamp_want" ]; then
  echo "bench: generating $SENTENCES sentences into $corpus" >&2
  python3 "$ROOT/bench/gen_corpus.py" --sentences "$SENTENCES" --dict "$DICT" --out "$corpus"
  echo "$stamp_want" > "$corpus.stamp"
fi
docs=$(wc -l < "$corpus")
corpus_mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.1f", b / 1048576 }')

# --- machine ------------------------------------------------------------------------------------
rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
compiler=$("${cxx:-c++}" --version 2>/dev/null | head -1 || echo unknown)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
ncpu=$(nproc 2>/dev/null || echo "?")
host=$(hostname 2>/dev/null || echo unknown)
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# --- dictionary load: cold, then warm ---------------------------------------------------------
now_ms() { date +%s%N | cut -c1-13; }
echo '{"id":"load","date":"2024-05-16","text":"Russia and China signed an agreement."}' > "$work/one.jsonl"
export ENTENTE_CACHE="$work/cache"  # fresh and empty: the first run compiles, the second reads
mkdir -p "$ENTENTE_CACHE"
load_ms() {
  local t0 t1
  t0=$(now_ms)
  "$ENTENTE" code --dict "$DICT" --threads 1 -q "$work/one.jsonl" > /dev/null 2>> "$work/stderr.log"
  t1=$(now_ms)
  echo $((t1 - t0))
}
cold_ms=$(load_ms)
warm_ms=$(load_ms)
ms_to_s() { awk -v m="$1" 'BEGIN { printf "%.3f", m / 1000 }'; }

# --- throughput -----------------------------------------------------------------------------------
# Events go to stdout redirected to /dev/null (the same work as `-o /dev/null`, and safe with any
# build: older binaries wrote FILE.partial and renamed it over FILE, which for root means /dev).
run() {  # run THREADS → "wall_seconds peak_rss_kb"
  local threads=$1 log="$work/time-$1.log"
  /usr/bin/time -v "$ENTENTE" code --dict "$DICT" --threads "$threads" -q "$corpus" \
    > /dev/null 2> "$log" || { echo "bench: entente code failed:" >&2; tail -5 "$log" >&2; exit 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time[^:]*: *//p' "$log" |
         awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; printf "%.2f", s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$log")
  echo "$wall $rss"
}
read -r wall1 rss1 < <(run 1)
read -r wall2 rss2 < <(run 2)
# The same corpus with the OEDA/PETRARCH2 dictionaries of ../shared loaded beside the bundled ones
# (`--dict oeda:DIR`, one thread), when they are there: the compatibility issue asks for both.
oeda_dir="$ROOT/../shared/dictionaries/oeda"
wall_oeda="" rss_oeda=""
if [ -d "$oeda_dir" ] && [ "${BENCH_OEDA:-1}" != 0 ]; then
  "$ENTENTE" code --dict "oeda:$oeda_dir" --threads 1 -q "$work/one.jsonl" > /dev/null 2>> "$work/stderr-oeda.log"  # compile + cache
  log="$work/time-oeda.log"
  /usr/bin/time -v "$ENTENTE" code --dict "oeda:$oeda_dir" --threads 1 -q "$corpus" > /dev/null 2> "$log" ||
    { echo "bench: entente code --dict oeda: failed:" >&2; tail -5 "$log" >&2; exit 1; }
  wall_oeda=$(sed -n 's/.*Elapsed (wall clock) time[^:]*: *//p' "$log" |
              awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; printf "%.2f", s }')
  rss_oeda=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$log")
fi
"$ENTENTE" code --dict "$DICT" --threads 2 -q -o "$work/events.jsonl" "$corpus" 2>> "$work/stderr.log"
events=$(wc -l < "$work/events.jsonl")

# Micro-benchmarks (bench/bench_coder.cc), when built; BENCH_MICRO=0 skips them.
micro=""
if [ "${BENCH_MICRO:-1}" != 0 ] && [ -x "$BUILD/entente_bench" ]; then
  micro=$("$BUILD/entente_bench" 2>/dev/null | awk '/^BM_/ {
    rate = ""; for (i = 1; i <= NF; ++i) if ($i ~ /^items_per_second=/) rate = substr($i, 18)
    printf "  %-32s %10s %-3s CPU/iter  %s items/s\n", $1, $4, $5, rate }')
fi

rate() { awk -v n="$SENTENCES" -v s="$1" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

report="$work/report.txt"
{
  echo "== entente code benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host:             $host"
  echo "git revision:     $rev"
  echo "compiler:         $compiler (${build_type:-?} build, $BUILD)"
  echo "cpu:              ${cpu:-unknown} ($ncpu CPUs online; load average before: $load_before)"
  echo "corpus:           $SENTENCES sentences, $docs documents, $corpus_mb MB (bench/gen_corpus.py)"
  echo "dictionary load:  cold $(ms_to_s "$cold_ms") s (compile sources + write cache), warm $(ms_to_s "$warm_ms") s (from cache)"
  echo "threads=1:        wall $wall1 s, $(rate "$wall1") sentences/s, peak RSS $(mb "$rss1") MB"
  echo "threads=2:        wall $wall2 s, $(rate "$wall2") sentences/s, peak RSS $(mb "$rss2") MB"
  echo "events produced:  $events (threads=2)"
  if [ -n "$micro" ]; then
    echo "micro-benchmarks (entente_bench; items = tokens, sentences or loads):"
    echo "$micro"
  fi
  if [ -n "$wall_oeda" ]; then
    echo "oeda, threads=1:  wall $wall_oeda s, $(rate "$wall_oeda") sentences/s, peak RSS $(mb "$rss_oeda") MB (--dict oeda:../shared/dictionaries/oeda, bundled + OEDA; $(awk -v a="$wall_oeda" -v b="$wall1" 'BEGIN { printf "%.2f", a / b }')x the bundled time)"
  fi
  if [ -s "$work/stderr.log" ]; then
    echo "note:             entente wrote $(wc -l < "$work/stderr.log") lines to stderr, e.g.: $(head -1 "$work/stderr.log")"
  fi
  echo
} > "$report"
cat "$report"
mkdir -p "$ROOT/bench/results"
results="$ROOT/bench/results/$(date +%Y-%m-%d)-$host.txt"
cat "$report" >> "$results"
echo "bench: appended to ${results#"$ROOT"/}" >&2
