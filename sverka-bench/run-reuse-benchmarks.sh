#!/usr/bin/env bash
# The reuse benchmarks (see the "Reuse" section of docs/benchmarks.md): builds Sverka, then runs,
# each in its own JVM (heap $HEAP), with the classpath copied into the work folder first so that a
# rebuild during the run cannot change it:
#   f1      F1 (passage and character level, granularity, plagdet) against edit rate 0..30%
#           (org.sverka.bench.reuse.EditRateEvaluation)
#   scale   tokenise and detect time and heap on generated 10 MB and 100 MB planted corpora, in one
#           JVM, and their ratios (PlantedCorpus, then ScaleBenchmark)
#   naive   ReuseDetector against a naive all-pairs Smith-Waterman on one 300 KB corpus
#           (NaiveBaselineBenchmark)
#   passim  passim-like corpora (2-20 KB chunks of the demo texts, 1% of words edited) of 1, 5.5, 11
#           and 22 MB, and the demo corpus itself: time, peak heap, recall of chunk pairs sharing
#           >= 500 characters (PassimLikeCorpus, then PassimComparison)
#   jmh     JMH: detect() on a pair of documents with one planted passage (AlignerBenchmark)
# and prints the results as Markdown on stdout. Progress goes to stderr and to bench.log in the work
# folder. Run from anywhere; the demo texts are read from examples/ of this repository.
#
# Environment (all optional):
#   BENCH_DIR     work folder (default: a new mktemp folder)
#   STEPS         which steps, in this order (default: "f1 scale naive passim jmh")
#   HEAP          heap of the measured JVMs (default: -Xmx2g)
#   SEED          seed of the generated corpora (default: 1926)
#   SCALE_SIZES   planted corpus sizes in MB for "scale" (default: "10 100"; ratios: last / first)
#   SCALE_REPS    repetitions per corpus for "scale" (default: 3)
#   SCALE_RATE    edit rate of the "scale" corpora (default: 0.1)
#   PASSIM_SIZES  passim-like corpus sizes in MB (default: "1 5.5 11 22")
#   PASSIM_REPS   runs of each passim-like corpus in one JVM (default: 2; the 1st is cold)
#   F1_KB, F1_SEEDS  size and number of corpora per edit rate for "f1" (default: 400, 3)
#   NAIVE_KB      corpus size for "naive" (default: 300)
#   JMH_ARGS      extra JMH options (default: "-f 1 -wi 5 -i 5")
#   KEEP=1        keep the generated corpora afterwards
set -euo pipefail

# shellcheck source=bench-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"

STEPS="${STEPS:-f1 scale naive passim jmh}"
HEAP="${HEAP:--Xmx2g}"
SEED="${SEED:-1926}"
SCALE_SIZES="${SCALE_SIZES:-10 100}"
SCALE_REPS="${SCALE_REPS:-3}"
SCALE_RATE="${SCALE_RATE:-0.1}"
PASSIM_SIZES="${PASSIM_SIZES:-1 5.5 11 22}"
PASSIM_REPS="${PASSIM_REPS:-2}"
F1_KB="${F1_KB:-400}"
F1_SEEDS="${F1_SEEDS:-3}"
NAIVE_KB="${NAIVE_KB:-300}"
JMH_ARGS="${JMH_ARGS:--f 1 -wi 5 -i 5}"
bench_work sverka-reuse-bench 'planted-*' 'passim-*'

has() { [[ " $STEPS " == *" $1 "* ]]; }

: >"$work/loads.md"
bench_build cp

run() { # run <output file> <java args...>: stdout to the file, stderr to the log
  local out="$1"
  shift
  say "java $*"
  local t0=$SECONDS
  local before
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  java "$@" >"$out" 2> >(tee -a "$log" >&2)
  say "  ... $((SECONDS - t0)) s"
  echo "- \`$(basename "$out")\`: $((SECONDS - t0)) s wall; load average (1, 5, 15 min) before: $before," \
    "after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/loads.md"
}

gen() { # gen <output file> <java args...>: a generator; its summary (stderr) to the file and log
  local out="$1"
  shift
  say "java $*"
  java "$@" 2>&1 | tee -a "$log" >"$out"
}

if has f1; then
  run "$work/f1.md" "$HEAP" -cp "$cp" org.sverka.bench.reuse.EditRateEvaluation \
    --kb "$F1_KB" --seeds "$F1_SEEDS" --from "$demo" --verbose
fi

if has scale; then
  dirs=()
  for mb in $SCALE_SIZES; do
    dir="$work/planted-${mb}MB"
    rm -rf "$dir"
    # the generator holds the whole corpus and its guard table; it is not measured
    gen "$work/gen-${mb}MB.txt" -Xmx3g -cp "$cp" org.sverka.bench.reuse.PlantedCorpus "$dir" \
      --mb "$mb" --edit-rate "$SCALE_RATE" --seed "$SEED" --from "$demo"
    dirs+=("$dir")
  done
  run "$work/scale.md" "$HEAP" -cp "$cp" org.sverka.bench.reuse.ScaleBenchmark \
    --reps "$SCALE_REPS" "${dirs[@]}"
fi

if has naive; then
  run "$work/naive.md" "$HEAP" -cp "$cp" org.sverka.bench.reuse.NaiveBaselineBenchmark \
    --kb "$NAIVE_KB" --from "$demo"
fi

if has passim; then
  dirs=("$demo")
  for mb in $PASSIM_SIZES; do
    dir="$work/passim-${mb}MB"
    rm -rf "$dir"
    gen "$work/gen-passim-${mb}MB.txt" -cp "$cp" org.sverka.bench.reuse.PassimLikeCorpus "$dir" \
      --mb "$mb" --seed "$SEED" --from "$demo"
    dirs+=("$dir")
  done
  run "$work/passim.md" "$HEAP" -cp "$cp" org.sverka.bench.reuse.PassimComparison \
    --reps "$PASSIM_REPS" --demo "$demo" "${dirs[@]}"
fi

if has jmh; then
  # shellcheck disable=SC2086
  run "$work/jmh.txt" -cp "$cp" -Dsverka.demo="$demo" org.openjdk.jmh.Main AlignerBenchmark \
    $JMH_ARGS -jvmArgs "$HEAP -Dsverka.demo=$demo"
fi

# ---- the report
echo "### Machine"
echo
echo '```'
echo "nproc: $(nproc)"
java -version 2>&1
echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "heap of the measured JVMs: $HEAP"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "sverka: commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- sverka-core || echo ", sverka-core with uncommitted changes")"
echo '```'
echo
echo "Load of the (shared) machine around each measured JVM:"
echo
cat "$work/loads.md"
if has f1; then
  echo
  echo "### F1 against edit rate"
  echo
  cat "$work/f1.md"
fi
if has scale; then
  echo
  echo "### Scale: planted corpora"
  echo
  for mb in $SCALE_SIZES; do
    echo "- generator: $(cat "$work/gen-${mb}MB.txt")"
  done
  echo
  cat "$work/scale.md"
fi
if has naive; then
  echo
  echo "### Naive all-pairs baseline"
  echo
  cat "$work/naive.md"
fi
if has passim; then
  echo
  echo "### Passim-like corpora"
  echo
  for mb in $PASSIM_SIZES; do
    echo "- generator: $(cat "$work/gen-passim-${mb}MB.txt")"
  done
  echo
  cat "$work/passim.md"
fi
if has jmh; then
  echo
  echo "### JMH"
  echo
  echo '```'
  sed -n '/^Benchmark/,$p' "$work/jmh.txt"
  echo '```'
fi
say "log: $log"
