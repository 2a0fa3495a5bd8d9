#!/bin/sh
# Scale measurements for BENCHMARKS.md: generates the corpora, then times `extract` and
# `check` with /usr/bin/time -v (wall clock, CPU seconds, peak resident memory).
#
#   sh benches/scale.sh [WORKDIR]      # default WORKDIR: /tmp/claimdiff-scale
#
# Needs ~1.5 GB of disk in WORKDIR. Run on an otherwise idle machine for stable figures.
set -eu
work=${1:-/tmp/claimdiff-scale}
cargo build --release --example gen-corpus --bin claimdiff
bin=target/release/claimdiff
gen=target/release/examples/gen-corpus
mkdir -p "$work"
[ -d "$work/fr-50k" ] || $gen 50000 "$work/fr-50k" fr
[ -d "$work/mixed-10k" ] || $gen 10000 "$work/mixed-10k" mixed
[ -d "$work/mixed-100k" ] || $gen 100000 "$work/mixed-100k" mixed

measure() {
    label=$1
    shift
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || true
    user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    echo "$label: wall $wall, user ${user}s, sys ${sys}s, peak RSS ${rss} kB"
}

bytes() { find "$1" -name '*.md' -print0 | xargs -0 cat | wc -c; }
echo "fr-50k: $(bytes "$work/fr-50k") bytes; mixed-10k: $(bytes "$work/mixed-10k") bytes; mixed-100k: $(bytes "$work/mixed-100k") bytes"
measure "extract jsonl fr-50k" $bin extract --format jsonl "$work/fr-50k"
measure "check json mixed-10k" $bin check --format json --fail-on never "$work/mixed-10k"
measure "check json mixed-100k" $bin check --format json --fail-on never "$work/mixed-100k"
measure "check human mixed-100k" $bin check --fail-on never "$work/mixed-100k"
$bin extract --format jsonl "$work/mixed-100k" >"$work/mixed-100k.jsonl"
measure "check --claims mixed-100k.jsonl" $bin check --claims --format json --fail-on never "$work/mixed-100k.jsonl"
