#!/usr/bin/env bash
# The ingest + segment benchmark (see docs/benchmarks.md): builds Sverka, generates 10 MB and
# 100 MB corpora from the demo texts in a temporary folder, runs IngestBenchmark on the demo
# corpus, 10 MB and 100 MB (each in its own JVM with a 1 GB heap), and prints the results as
# Markdown on stdout. Progress goes to stderr and to bench.log in the work folder.
#
# Environment (all optional):
#   BENCH_DIR   work folder for the corpora, case files and logs (default: a new mktemp folder)
#   JAVA_OPTS   JVM options of the benchmark runs (default: -Xmx1g)
#   REPS        repetitions for the generated corpora (default: 3)
#   DEMO_REPS   repetitions for the ~1 MB demo corpus, whose runs are short (default: 10)
#   SEED        corpus generator seed (default: 1926)
#   SIZES       generated corpus sizes in MB (default: "10 100")
#   SMALL_HEAP  JVM heap option for one more analyse run of the largest corpus, to show that the
#               heap needed does not grow with the corpus (default: -Xmx64m; empty: skip)
#   REUSE=1     also time a complete analyse run (threads 2, once) of every corpus, including the
#               Analyzer's stages over the whole case (reuse detection, ...) that follow the
#               file-by-file ingestion; each run is limited to REUSE_TIMEOUT seconds (default 1800)
#   PROFILE=1   also record the extract+segment stage on the largest corpus with JFR and print
#               the hottest methods
#   KEEP=1      keep the work folder (corpora, recordings) afterwards
set -euo pipefail

# shellcheck source=bench-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"

JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
REPS="${REPS:-3}"
DEMO_REPS="${DEMO_REPS:-10}"
SEED="${SEED:-1926}"
SIZES="${SIZES:-10 100}"
SMALL_HEAP="${SMALL_HEAP--Xmx64m}"
bench_work sverka-bench 'corpus-*' 'case-*'
results="$work/results.md"
: >"$results"

bench_build classpath
core_commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
core_dirty="$(git -C "$root" status --porcelain -- sverka-core 2>/dev/null | wc -l)"

corpora=("demo:$demo:$DEMO_REPS")
for mb in $SIZES; do
  dir="$work/corpus-${mb}MB"
  rm -rf "$dir"
  say "generating ${mb} MB corpus in $dir ..."
  java -cp "$cp" org.sverka.bench.CorpusGenerator "$dir" "$mb" --seed "$SEED" --from "$demo" \
    2>&1 | tee -a "$log" >&2
  corpora+=("generated ${mb} MB:$dir:$REPS")
done

header="--header"
for c in "${corpora[@]}"; do
  IFS=: read -r label dir reps <<<"$c"
  case_dir="$work/case-${label// /-}"
  rm -rf "$case_dir"
  say "benchmark: $label ($dir), $reps repetitions, JVM options: $JAVA_OPTS"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$cp" org.sverka.bench.IngestBenchmark \
    --case "$case_dir" --reps "$reps" --label "$label" $header "$dir" \
    >>"$results" 2> >(tee -a "$log" >&2)
  header="--no-header"
done

if [ -n "$SMALL_HEAP" ]; then
  last="${corpora[${#corpora[@]}-1]}"
  IFS=: read -r label dir reps <<<"$last"
  say "benchmark: $label again, analyse only, with $SMALL_HEAP"
  java "$SMALL_HEAP" -cp "$cp" org.sverka.bench.IngestBenchmark \
    --case "$work/case-small-heap" --reps 1 --stages analyze --label "$label, $SMALL_HEAP" \
    --no-header "$dir" >>"$results" 2> >(tee -a "$log" >&2)
fi

if [ "${REUSE:-0}" = 1 ]; then
  for c in "${corpora[@]}"; do
    IFS=: read -r label dir reps <<<"$c"
    case_dir="$work/case-reuse-${label// /-}"
    rm -rf "$case_dir"
    say "benchmark: $label, complete analyse run with the whole-case stages, JVM options: $JAVA_OPTS"
    rows="$work/reuse-rows.md"
    err="$work/reuse-run.err"
    status=0
    # shellcheck disable=SC2086
    timeout "${REUSE_TIMEOUT:-1800}" java $JAVA_OPTS -cp "$cp" org.sverka.bench.IngestBenchmark \
      --case "$case_dir" --reps 1 --threads 2 --warmup-mb 1 --stages analyze --reuse \
      --label "$label, complete" --no-header "$dir" >"$rows" 2>"$err" || status=$?
    cat "$err" >>"$log"
    grep -E '^(rep|  \()' "$err" >&2 || true
    if [ "$status" = 0 ]; then
      cat "$rows" >>"$results"
    else
      why="$(grep -m1 -o -E '(OutOfMemoryError[^)]*|[A-Za-z.]+Exception[^)]*)' "$err" | head -1 || true)"
      [ "$status" = 124 ] && why="timed out after ${REUSE_TIMEOUT:-1800} s"
      echo "| $label, complete | | | analyze incl. whole-case stages: FAILED (exit $status: ${why:-see log}) | 2 | | | | | | | | | |" >>"$results"
    fi
    rm -rf "$case_dir"
  done
fi

if [ "${PROFILE:-0}" = 1 ]; then
  last="${corpora[${#corpora[@]}-1]}"
  IFS=: read -r label dir reps <<<"$last"
  rec="$work/extract-segment.jfr"
  # the JDK's profile settings with Java code sampled every millisecond instead of every 10
  jfc="$work/profile-1ms.jfc"
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  if [ -f "$java_home/lib/jfr/profile.jfc" ]; then
    sed 's|control="method-sampling-java-interval">[^<]*<|control="method-sampling-java-interval">1 ms<|' \
      "$java_home/lib/jfr/profile.jfc" >"$jfc"
  else
    jfc=profile
  fi
  say "profiling extract+segment (1 thread) on $label with JFR -> $rec"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -XX:StartFlightRecording=filename="$rec",settings="$jfc" -cp "$cp" \
    org.sverka.bench.IngestBenchmark --case "$work/case-profile" --reps 1 --threads 1 \
    --stages segment --label "$label" "$dir" >/dev/null 2> >(tee -a "$log" >&2)
  java -cp "$cp" org.sverka.bench.JfrHotspots "$rec" --top 15 >"$work/hotspots.txt"
fi

# ---- the report
echo "## Machine"
echo
echo '```'
echo "nproc: $(nproc)"
java -version 2>&1
echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "JVM options: $JAVA_OPTS"
echo "sources: commit $core_commit ($core_dirty uncommitted changes in sverka-core at build time)"
echo "finished: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cores available to the benchmark (CPU probes, before/after each run):" \
  "$(grep -o -E 'CPU probe (before|after): [0-9.]+' "$log" | awk '{printf "%s ", $4}')"
echo '```'
echo
echo "## Throughput (median of the repetitions; × baseline = time / time of read+decode)"
echo
cat "$results"
echo
echo "## Memory by corpus (largest value over all stages)"
echo
echo "| corpus | input MB | peak heap MB | heap after GC MB | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
awk -F'|' '
  /^\|( corpus |-)/ { next }
  /^\|/ {
    c = $2; gsub(/^ +| +$/, "", c)
    if (!(c in mb)) { order[n++] = c }
    if ($5 ~ /FAILED/) { failed[c] = $5; mb[c] = 0; next }
    mb[c] = $3 + 0
    if ($13 + 0 > heap[c]) heap[c] = $13 + 0
    if ($14 + 0 > gc[c]) gc[c] = $14 + 0
    if ($15 + 0 > rss[c]) rss[c] = $15 + 0
  }
  END {
    for (i = 0; i < n; i++) {
      c = order[i]
      if (c in failed) { printf "| %s | | %s | | |\n", c, failed[c]; continue }
      printf "| %s | %.2f | %d | %d | %d |\n", c, mb[c], heap[c], gc[c], rss[c]
    }
  }
' "$results"
if [ -f "$work/hotspots.txt" ]; then
  echo
  echo "## Hotspots: extract+segment, 1 thread, JFR CPU samples"
  echo
  echo '```'
  cat "$work/hotspots.txt"
  echo '```'
fi
say "log: $log"
