#!/usr/bin/env bash
# The search latency benchmark (see the "Search" section of docs/benchmarks.md): builds Sverka,
# generates a corpus of $MB MB from the demo texts, analyses it into a case (sverka analyze, which
# also writes the search index), then runs org.sverka.bench.SearchBenchmark on the demo corpus and
# on the generated one, each in its own JVM ($HEAP): the index is built once more (timed), a few
# hundred queries drawn from the indexed sentences run once to warm up and then $ROUNDS times,
# with a bare Lucene TermQuery on the same index as the baseline. Prints Markdown on stdout;
# progress goes to stderr and to bench.log in the work folder.
#
# Environment (all optional):
#   BENCH_DIR  work folder (default: a new mktemp folder)
#   MB         size of the generated corpus (default: 100)
#   HEAP       heap of the benchmark JVMs (default: -Xmx2g)
#   PER_KIND   queries of each kind (default: 50; nine kinds)
#   ROUNDS     timed rounds (default: 5)
#   SEED       seed of the corpus and of the queries (default: 1926)
#   KEEP=1     keep the corpus and the cases afterwards
set -euo pipefail

# shellcheck source=bench-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"

MB="${MB:-100}"
HEAP="${HEAP:--Xmx2g}"
PER_KIND="${PER_KIND:-50}"
ROUNDS="${ROUNDS:-5}"
SEED="${SEED:-1926}"
bench_work sverka-search-bench 'corpus-*' 'case-*'
bench_build classpath

say "generating a ${MB} MB corpus..."
java -cp "$cp" org.sverka.bench.CorpusGenerator "$work/corpus-${MB}MB" "$MB" --seed "$SEED" \
  --from "$demo" 2>&1 | tee -a "$log" >&2

echo "## Machine"
echo
echo '```'
echo "nproc: $(nproc); $(uptime | sed 's/.*load/load/') at the start"
java -version 2>&1 | head -1
echo "JVM options: $HEAP; commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo '```'
for c in "demo:$demo" "generated ${MB} MB:$work/corpus-${MB}MB"; do
  label="${c%%:*}"
  dir="${c#*:}"
  case_dir="$work/case-${label// /-}"
  rm -rf "$case_dir"
  say "benchmark: $label"
  echo
  # shellcheck disable=SC2086
  java $HEAP -cp "$cp" org.sverka.bench.SearchBenchmark --case "$case_dir" --corpus "$dir" \
    --per-kind "$PER_KIND" --rounds "$ROUNDS" --seed "$SEED" --label "$label" \
    2> >(tee -a "$log" >&2)
done
echo
echo "load at the end: $(uptime | sed 's/.*load average: //')"
