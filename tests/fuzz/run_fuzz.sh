#!/bin/sh
# Usage: run_fuzz.sh FUZZER SEED_CORPUS DICTIONARY SECONDS
# Runs a libFuzzer target for SECONDS on a scratch copy of its seed corpus (new inputs it finds stay
# out of the repository) and fails with the fuzzer: a crash, a leak, undefined behaviour, an input
# taking more than 10 s, or more than 2 GB of memory. What it found is kept in fuzz-findings/ of the
# build directory, to reproduce with  FUZZER fuzz-findings/<file>.
set -eu
fuzzer=$1 seeds=$2 dictionary=$3 seconds=$4
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
findings=$(dirname "$fuzzer")/../fuzz-findings
mkdir -p "$findings"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -dict="$dictionary" \
    -print_final_stats=1 -artifact_prefix="$findings/$(basename "$fuzzer")-" "$scratch" "$seeds"
