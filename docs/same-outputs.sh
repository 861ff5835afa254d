#!/usr/bin/env bash
# Compares what two checkouts of Sverka write for the same corpus, byte for byte: the JSON (and text)
# of reuse, quotes, entities, timeline, figures and check, and every file of the static report.
#
#   docs/same-outputs.sh OLD_CHECKOUT NEW_CHECKOUT [CORPUS]
#   docs/same-outputs.sh --save DIR CHECKOUT [CORPUS]      (writes CHECKOUT's outputs into DIR)
#   docs/same-outputs.sh --against DIR NEW_CHECKOUT [CORPUS] (compares with outputs saved before)
#
# Each checkout is built with its own ./mvnw (tests skipped), analyses CORPUS (default: the demo
# corpus of NEW_CHECKOUT) into a case of its own, and writes every listing into a folder. The script
# prints the files that differ and exits 1 if any does, 0 if all are the same. Use it for a change
# that must not change behaviour (a refactoring): git worktree add /tmp/old main, then run it.
#
# Timings and the case's absolute path are the only parts of a run that may differ; the listings
# below print neither, and the report is written with its paths relative to the case.
set -euo pipefail

mode=compare
case "${1:-}" in
  --save) mode=save; shift ;;
  --against) mode=against; shift ;;
esac
old="$(mkdir -p "$1" && cd "$1" && pwd)"
new="$(cd "$2" && pwd)"
corpus="$(cd "${3:-$new/examples/opposition-1926-1937}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run_one() {
  local tree="$1" out="$2"
  (cd "$tree" && ./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true -pl sverka-cli -am package >&2)
  local jar="$tree/sverka-cli/target/sverka.jar"
  local case="$work/case"
  rm -rf "$case"
  mkdir -p "$out"
  sv() { java -Xmx2g -jar "$jar" "$@"; }
  sv analyze "$corpus" --case "$case" >/dev/null 2>&1
  for cmd in reuse quotes entities timeline; do
    for f in json text; do sv "$cmd" --case "$case" --format "$f" >"$out/$cmd.$f" 2>&1 || true; done
  done
  for f in json text; do
    sv figures --case "$case" --all --format "$f" >"$out/figures.$f" 2>&1 || true
    if [ -f "$corpus/claims.yaml" ]; then
      sv check --case "$case" --claims "$corpus/claims.yaml" --format "$f" >"$out/check.$f" 2>&1 || true
    fi
  done
  sv report --case "$case" >/dev/null 2>&1
  cp -r "$case/report" "$out/report"
}

case "$mode" in
  save)
    run_one "$new" "$work/new"
    rm -rf "$old" && mkdir -p "$old" && cp -r "$work/new/." "$old/"
    echo "saved: $(find "$old" -type f | wc -l) files in $old"
    exit 0
    ;;
  against) mkdir -p "$work/old" && cp -r "$old/." "$work/old/" ;;
  compare) run_one "$old" "$work/old" ;;
esac
run_one "$new" "$work/new"

if diff -rq "$work/old" "$work/new"; then
  echo "same: $(find "$work/new" -type f | wc -l) files byte-identical"
else
  echo "outputs differ (above)" >&2
  exit 1
fi
