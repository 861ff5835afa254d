#!/usr/bin/env bash
# The whole pipeline on Spark against the embedded engine on one generated corpus (docs/benchmarks.md,
# "The whole pipeline on Spark"): builds, copies the classpaths into the work folder (a rebuild during
# the run cannot change them), generates the corpus with sverka-bench's CorpusGenerator, then runs
#   embedded  `sverka analyze CORPUS --case embedded-case` (sverka-cli's jar, its default threads)
#   spark     org.sverka.spark.PipelineJob --master local[2] CORPUS spark-out (Parquet + JSON Lines of
#             every table), with Spark's event log on
#   import    `sverka import --from spark-out --case imported-case` (and the search index)
# each under /usr/bin/time -v (wall time, CPU, peak RSS), compares every table of the two cases row by
# row (python3's sqlite3; runs' clock times left out), and prints Markdown: the run lines, the CPU
# ratio, and the Spark stages (tasks, run time, shuffle) from the event log.
#
# Environment (all optional):
#   MB          corpus size in MB (default 10); SEED (default 1926)
#   EMB_HEAP    heap of the embedded run (default -Xmx3g); SPARK_HEAP of the Spark JVM (default -Xmx3g)
#   PARTS       the job's --partitions (default: its own, 4 x cores, at least 8)
#   BENCH_DIR   work folder (default: a new mktemp folder); KEEP=1 keeps corpus and outputs
#   SKIP_BUILD=1  use the jars built already
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
MB="${MB:-10}"
SEED="${SEED:-1926}"
EMB_HEAP="${EMB_HEAP:--Xmx3g}"
SPARK_HEAP="${SPARK_HEAP:--Xmx3g}"
work="${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/sverka-pipeline-bench.XXXXXX")}"
mkdir -p "$work"
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$work/corpus" "$work/spark-out" "$work/embedded-case" "$work/imported-case" "$work/spark-tmp"
  fi
}
trap cleanup EXIT
OPENS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -o -q -pl sverka-bench,sverka-spark,sverka-cli -am package -DskipTests >&2
fi
mkdir -p "$work/cp/spark"
rm -rf "$work/cp/"*
mkdir -p "$work/cp/spark"
cp -r sverka-bench/target/sverka-bench.jar sverka-bench/target/lib "$work/cp/"
mkdir -p "$work/cp/cli"
cp -r sverka-cli/target/sverka.jar sverka-cli/target/lib "$work/cp/cli/"
cp -r sverka-spark/target/sverka-spark.jar sverka-spark/target/lib sverka-spark/target/spark-lib "$work/cp/spark/"
bench_cp="$work/cp/sverka-bench.jar:$work/cp/lib/*"
spark_cp="$work/cp/spark/sverka-spark.jar:$work/cp/spark/lib/*:$work/cp/spark/spark-lib/*"

if [ ! -d "$work/corpus" ]; then
  echo "generating $MB MB ..." >&2
  java -Xmx2g -cp "$bench_cp" org.sverka.bench.CorpusGenerator "$work/corpus" "$MB" --seed "$SEED" >&2
fi
bytes=$(du -sb "$work/corpus" | cut -f1)
files=$(ls "$work/corpus" | wc -l)

timed() { # label, command...
  local label="$1"
  shift
  echo "running $label ..." >&2
  /usr/bin/time -v -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err" || {
    echo "$label failed:" >&2; tail -20 "$work/$label.err" >&2; exit 1; }
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$label.time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$work/$label.time")
  echo "$cpu" > "$work/$label.cpu"
  echo "| $label | $wall | $cpu | $rss | $(tail -1 "$work/$label.out" | cut -c1-120) |"
}

echo "## The whole pipeline on Spark: $MB MB generated corpus ($files files, $bytes bytes), seed $SEED"
echo
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
echo
echo "| run | wall (h:mm:ss) | CPU s | peak RSS MB | output |"
echo "|---|---:|---:|---:|---|"
rm -rf "$work/embedded-case" "$work/spark-out" "$work/imported-case" "$work/events"
timed embedded java $EMB_HEAP -jar "$work/cp/cli/sverka.jar" analyze "$work/corpus" \
  --case "$work/embedded-case"
mkdir -p "$work/events"
partsopt=()
if [ -n "${PARTS:-}" ]; then partsopt=(--partitions "$PARTS"); fi
timed spark java $SPARK_HEAP $OPENS -Dspark.eventLog.enabled=true \
  -Dspark.eventLog.dir="file://$work/events" -Dspark.local.dir="$work/spark-tmp" \
  -cp "$spark_cp" org.sverka.spark.PipelineJob --master 'local[2]' "${partsopt[@]}" \
  "$work/corpus" "$work/spark-out"
timed import java $EMB_HEAP -jar "$work/cp/cli/sverka.jar" import --from "$work/spark-out" \
  --case "$work/imported-case"
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
e, s, i = (float(open(f"{w}/{n}.cpu").read()) for n in ("embedded", "spark", "import"))
print(f"CPU: job / embedded = {s/e:.2f}x; job + import / embedded = {(s+i)/e:.2f}x")
PY
echo
python3 - "$work/embedded-case/sverka.db" "$work/imported-case/sverka.db" <<'PY'
import sqlite3, sys
a, b = (sqlite3.connect(p) for p in sys.argv[1:3])
tables = [r[0] for r in a.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
bad = []
counts = []
for t in tables:
    cols = [r[1] for r in a.execute(f"PRAGMA table_info({t})")]
    keep = [c for c in cols if not (t == "runs" and c in ("started", "finished"))]
    q = f"SELECT {', '.join(keep)} FROM {t} ORDER BY rowid"
    x, y = a.execute(q).fetchall(), b.execute(q).fetchall()
    counts.append(f"{t} {len(x)}")
    if x != y:
        n = next((k for k in range(min(len(x), len(y))) if x[k] != y[k]), min(len(x), len(y)))
        bad.append(f"{t} (embedded {len(x)} rows, imported {len(y)}; first difference at row {n + 1})")
if bad:
    print("Tables: **DIFFER**: " + "; ".join(bad))
else:
    print(f"Tables: **identical**, all {len(tables)} row by row ({', '.join(counts)}).")
PY
echo
python3 - "$work/events" <<'PY'
import json, os, sys
d = sys.argv[1]
f = os.path.join(d, sorted(os.listdir(d))[0])
print("| stage | operation | where | tasks | wall s | task time s | shuffle read MB | shuffle write MB | results to driver MB | output MB |")
print("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|")
MB = 1 << 20
for line in open(f):
    e = json.loads(line)
    if e.get("Event") != "SparkListenerStageCompleted":
        continue
    s = e["Stage Info"]
    acc = {a.get("Name"): a.get("Value") for a in s.get("Accumulables", [])}
    m = lambda k: int(acc.get("internal.metrics." + k) or 0)
    name = s["Stage Name"]
    print(f"| {s['Stage ID']} | {name.split(' at ')[0]} | {name.split(' at ')[-1]} | {s['Number of Tasks']} | "
          f"{(s.get('Completion Time', 0) - s.get('Submission Time', 0)) / 1000:.1f} | {m('executorRunTime') / 1000:.1f} | "
          f"{(m('shuffle.read.remoteBytesRead') + m('shuffle.read.localBytesRead')) / MB:.1f} | {m('shuffle.write.bytesWritten') / MB:.1f} | "
          f"{m('resultSize') / MB:.1f} | {m('output.bytesWritten') / MB:.1f} |")
PY
echo
echo "Output: $(du -sm "$work/spark-out" | cut -f1) MB in all; Parquet $(du -smc "$work/spark-out"/*.parquet | tail -1 | cut -f1) MB, JSON Lines $(du -smc "$work/spark-out"/*.jsonl | tail -1 | cut -f1) MB; the embedded case file $(du -sm "$work/embedded-case/sverka.db" | cut -f1) MB"
echo
echo "Work folder: $work"
