#!/usr/bin/env bash
# The Spark job against the embedded engine on one generated planted corpus (docs/benchmarks.md,
# "Reuse on Spark"): builds, copies the classpaths into the work folder (a rebuild during the run
# cannot change them), generates the corpus with sverka-bench's PlantedCorpus, then runs
#   embedded  org.sverka.bench.reuse.EmbeddedFolderReuse: ingest + tokenise + detect (2 threads)
#             + JSON Lines, in one JVM
#   spark     org.sverka.spark.ReuseJob --master local[2]: the same, as a Spark job (JSON Lines and
#             Parquet), with Spark's event log on
# each under /usr/bin/time -v (wall time, CPU, peak RSS), checks that the two JSON Lines outputs
# are byte-identical, and prints Markdown: the run lines, the ratio, and the Spark stages (tasks,
# run time, shuffle, spill, peak execution memory) from the event log.
#
# Environment (all optional):
#   MB          corpus size in MB (default 100; the benchmark asks for 1000)
#   SEED        corpus seed (default 1926); EDIT_RATE (default 0.1)
#   GEN_HEAP    heap of the generator (default -Xmx3g; 1 GB needs about -Xmx12g)
#   EMB_HEAP    heap of the embedded run (default -Xmx4g; 1 GB needs about -Xmx12g)
#   SPARK_HEAP  heap of the Spark driver+executor JVM in local mode (default -Xmx4g)
#   PARTS       the job's --partitions (default: its own, 4 x cores, at least 8)
#   BENCH_DIR   work folder (default: a new mktemp folder); KEEP=1 keeps the corpus and outputs
#   SKIP_EMBEDDED=1  with a kept BENCH_DIR: reuse the embedded run measured there (its output and
#               /usr/bin/time record) and run only the Spark job
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
MB="${MB:-100}"
SEED="${SEED:-1926}"
EDIT_RATE="${EDIT_RATE:-0.1}"
GEN_HEAP="${GEN_HEAP:--Xmx3g}"
EMB_HEAP="${EMB_HEAP:--Xmx4g}"
SPARK_HEAP="${SPARK_HEAP:--Xmx4g}"
work="${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/sverka-spark-bench.XXXXXX")}"
mkdir -p "$work"
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$work/corpus" "$work/spark-out" "$work/embedded.jsonl"
  fi
}
trap cleanup EXIT
OPENS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -ntp -q -pl sverka-bench,sverka-spark -am package -DskipTests >&2
fi
mkdir -p "$work/cp"
rm -rf "$work/cp/"*
cp -r sverka-bench/target/sverka-bench.jar sverka-bench/target/lib "$work/cp/" 
mkdir -p "$work/cp/spark"
cp -r sverka-spark/target/sverka-spark.jar sverka-spark/target/lib sverka-spark/target/spark-lib "$work/cp/spark/"
bench_cp="$work/cp/sverka-bench.jar:$work/cp/lib/*"
spark_cp="$work/cp/spark/sverka-spark.jar:$work/cp/spark/lib/*:$work/cp/spark/spark-lib/*"

if [ ! -d "$work/corpus" ]; then
  echo "generating $MB MB ..." >&2
  java $GEN_HEAP -cp "$bench_cp" org.sverka.bench.reuse.PlantedCorpus "$work/corpus" \
    --mb "$MB" --edit-rate "$EDIT_RATE" --seed "$SEED" >&2
  mv "$work/corpus/truth.json" "$work/truth.json"
fi
bytes=$(du -sb "$work/corpus" | cut -f1)
files=$(ls "$work/corpus" | wc -l)

timed() { # label, command...
  local label="$1"
  shift
  if [ "$label" = embedded ] && [ "${SKIP_EMBEDDED:-0}" = 1 ] && [ -s "$work/embedded.time" ]; then
    echo "embedded: measured before, in $work (SKIP_EMBEDDED=1)" >&2
  else
    echo "running $label ..." >&2
    /usr/bin/time -v -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err"
  fi
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$label.time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$work/$label.time")
  echo "| $label | $wall | $cpu | $rss | $(tail -1 "$work/$label.out") |"
}

echo "## Reuse on Spark: $MB MB planted corpus ($files files, $bytes bytes), seed $SEED"
echo
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
echo
echo "| run | wall (h:mm:ss) | CPU s | peak RSS MB | output |"
echo "|---|---:|---:|---:|---|"
timed embedded java $EMB_HEAP -cp "$bench_cp" org.sverka.bench.reuse.EmbeddedFolderReuse \
  "$work/corpus" "$work/embedded.jsonl" --threads 2
rm -rf "$work/spark-out" "$work/events"
mkdir -p "$work/events"
partsopt=()
if [ -n "${PARTS:-}" ]; then partsopt=(--partitions "$PARTS"); fi
timed spark java $SPARK_HEAP $OPENS -Dspark.eventLog.enabled=true \
  -Dspark.eventLog.dir="file://$work/events" -Dspark.local.dir="$work/spark-tmp" \
  -cp "$spark_cp" org.sverka.spark.ReuseJob --master 'local[2]' "${partsopt[@]}" \
  "$work/corpus" "$work/spark-out"
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if cat "$work/spark-out/passages.jsonl"/part-* | cmp -s - "$work/embedded.jsonl"; then
  echo "Outputs: **byte-identical** ($(wc -l < "$work/embedded.jsonl") passages)."
else
  echo "Outputs: **DIFFER** (embedded $(wc -l < "$work/embedded.jsonl") lines, spark $(cat "$work/spark-out/passages.jsonl"/part-* | wc -l) lines)."
fi
echo
python3 - "$work/events" <<'PY'
import json, os, sys
d = sys.argv[1]
f = os.path.join(d, sorted(os.listdir(d))[0])
stages = []
for line in open(f):
    e = json.loads(line)
    if e.get("Event") == "SparkListenerStageCompleted":
        s = e["Stage Info"]
        acc = {a.get("Name"): a.get("Value") for a in s.get("Accumulables", [])}
        def m(k):
            v = acc.get("internal.metrics." + k)
            return int(v) if v is not None else 0
        stages.append((s["Stage ID"], s["Stage Name"].split(" at ")[0], s["Stage Name"].split(" at ")[-1],
                       s["Number of Tasks"], (s.get("Completion Time", 0) - s.get("Submission Time", 0)) / 1000,
                       m("executorRunTime") / 1000, m("shuffle.read.remoteBytesRead") + m("shuffle.read.localBytesRead"),
                       m("shuffle.write.bytesWritten"), m("memoryBytesSpilled"), m("diskBytesSpilled"),
                       m("peakExecutionMemory")))
print("| stage | operation | where | tasks | wall s | task time s | shuffle read MB | shuffle write MB | spilled (memory / disk) MB | peak execution memory MB (sum of tasks) |")
print("|---:|---|---|---:|---:|---:|---:|---:|---|---:|")
MB = 1 << 20
for s in stages:
    print(f"| {s[0]} | {s[1]} | {s[2]} | {s[3]} | {s[4]:.1f} | {s[5]:.1f} | {s[6]/MB:.1f} | {s[7]/MB:.1f} | {s[8]/MB:.0f} / {s[9]/MB:.0f} | {s[10]/MB:.0f} |")
PY
echo
echo "Work folder: $work"
