#!/usr/bin/env bash
# fuzz/run_fuzzers.sh [SECONDS] [TARGET...] — builds the libFuzzer targets with clang in
# build/fuzz and runs each for SECONDS (default 150), one after the other.
#
#   fuzz/run_fuzzers.sh                 # all of them, 150 s each
#   fuzz/run_fuzzers.sh 600 fuzz_coder  # one, longer
#
# Needs clang-14 and libclang-rt-14-dev (Debian). The growing corpus and any crash
# (crash-*/leak-*/timeout-* files) stay in build/fuzz/work/<target>/; fuzz/corpus/<target> is
# read as seeds and never written. A crash is a bug to fix in src/: copy its file to
# fuzz/regressions/<target>/<short-name> so the replay test (ctest -R fuzz_replay) keeps it fixed.
# FUZZ_JOBS=N runs N fuzzer processes per target (libFuzzer -fork), default 1.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${1:-150}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(fuzz_tokenizer fuzz_jsonl fuzz_dictionary fuzz_cache fuzz_coder fuzz_oeda fuzz_validation_xml fuzz_tabari_validation fuzz_conllu fuzz_petrarch_xml fuzz_tabari_dict fuzz_issues)
BUILD=build/fuzz

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S . -B "$BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENTENTE_FUZZ=ON -DENTENTE_BENCH=OFF
fi
cmake --build "$BUILD" -j "${BUILD_JOBS:-2}" --target "${TARGETS[@]}"

status=0
for t in "${TARGETS[@]}"; do
  work="$BUILD/work/$t"
  mkdir -p "$work/corpus" "$work/artifacts"
  seeds=("fuzz/corpus/$t")
  if [ "$t" = fuzz_cache ]; then
    # The committed cache seed goes stale whenever the cache layout changes: add a fresh one.
    cmake --build "$BUILD" -j "${BUILD_JOBS:-2}" --target fuzz_make_cache_seed >&2
    mkdir -p "$work/seeds"
    "$BUILD/fuzz/fuzz_make_cache_seed" fuzz/tiny_dict "$work/seeds/tiny_dict.bin" 2>/dev/null
    seeds+=("$work/seeds")
  fi
  echo "== $t: ${SECONDS_EACH}s, log in $work.log" >&2
  set +e
  "$BUILD/fuzz/$t" -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -fork="${FUZZ_JOBS:-0}" \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "${seeds[@]}" > "$work.log" 2>&1
  rc=$?
  set -e
  grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec" "$work.log" >&2 || true
  if [ $rc -ne 0 ]; then
    status=1
    echo "$t: FAILED (exit $rc); inputs: $(ls "$work/artifacts" | tr '\n' ' ')" >&2
    grep -m3 -E "ERROR: |SUMMARY: |runtime error" "$work.log" >&2 || true
  fi
done
exit $status
