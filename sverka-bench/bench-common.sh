# shellcheck shell=bash
# What the benchmark scripts share, sourced by run-benchmarks.sh, run-reuse-benchmarks.sh and
# run-search-benchmark.sh: the repository's folders, the work folder and its log, and the build
# with its private copy of the classpath.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
demo="$root/examples/opposition-1926-1937"

say() { echo "$@" | tee -a "$log" >&2; }

# bench_work <mktemp prefix> <pattern...>: sets work (BENCH_DIR or a new mktemp folder) and log;
# at exit the patterns' matches in the work folder are removed unless KEEP=1
bench_work() {
  local prefix="$1"
  shift
  work="${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/$prefix.XXXXXX")}"
  mkdir -p "$work"
  log="$work/bench.log"
  bench_removed=("$@")
  trap bench_cleanup EXIT
}

bench_cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    local pattern
    for pattern in "${bench_removed[@]}"; do
      # shellcheck disable=SC2086
      rm -rf "$work"/$pattern
    done
  fi
}

# bench_build <folder>: builds Sverka, copies the benchmark jar and its libraries to
# $work/<folder>, so that a build running meanwhile cannot pull them away, and sets cp to them
bench_build() {
  say "building (./mvnw install, no tests)..."
  ./mvnw -q -B -DskipTests -Dspotless.check.skip=true install >&2
  rm -rf "${work:?}/$1"
  mkdir -p "$work/$1"
  cp "$here/target/sverka-bench.jar" "$work/$1/"
  cp -r "$here/target/lib" "$work/$1/lib"
  cp="$work/$1/sverka-bench.jar:$work/$1/lib/*"
}
