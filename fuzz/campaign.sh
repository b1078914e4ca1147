#!/usr/bin/env bash
# One recorded fuzz run: `fuzz/campaign.sh TARGET RUNS MAX_SECONDS` runs TARGET (niced) until
# RUNS executions or MAX_SECONDS, whichever comes first, from its corpus and committed seeds, and
# appends the numbers libFuzzer printed (executions, coverage edges, features, peak RSS, wall
# and CPU time, result) to the table in fuzz/RESULTS.md. A crash, timeout or OOM is recorded as such and
# leaves its input in fuzz/artifacts/TARGET/ (turn it into a regression seed and a test).
set -uo pipefail
cd "$(dirname "$0")"
# AddressSanitizer's default 256 MB quarantine of freed memory counts against -rss_limit_mb: on
# 2026-12-03 loading the check_tree corpus (189 inputs) peaked at 511 MB RSS with the default and
# 112 MB with an 8 MB quarantine (same inputs, same coverage), so the limit measures idsgen.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=8"
# FUZZ_NICE (default 19) sets the niceness. Twice (2026-12-04) a niced check_tree run was starved for
# more than libFuzzer's 10 s wall-clock timeout by a CI run on the 2-core machine, so a run that
# shares the machine with builds uses FUZZ_NICE=0 and gets its fair share instead.
target=$1 runs=${2:-10000000} seconds=${3:-3600} niceness=${FUZZ_NICE:-19}
mkdir -p "corpus/$target" runs
log="runs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
start=$(date +%s)
TIMEFORMAT='%U %S'
{ time nice -n "$niceness" cargo +nightly fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
    -runs="$runs" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=512 \
    -print_final_stats=1 >"$log" 2>&1; } 2>"$log.cpu"
rc=$?
cpu=$(awk '{printf "%d", $1 + $2}' "$log.cpu")
wall=$(( $(date +%s) - start ))
execs=$(awk '/^stat::number_of_executed_units/ {print $2}' "$log" | tail -n 1)
rss=$(awk '/^stat::peak_rss_mb/ {print $2}' "$log" | tail -n 1)
status=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")
ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$status")
if [ "$rc" = 0 ]; then result="no crash, timeout or OOM"; else
    result="FAILED (rc $rc): $(grep -m1 -oE 'panicked at [^ ]+|ERROR: libFuzzer: [a-z -]+' "$log" || echo see log)"
fi
row="| $(date -u +%Y-%m-%d) | $target | ${execs:-?} | ${cov:-?} | ${ft:-?} | ${rss:-?} MB | ${wall} s wall, ${cpu} s CPU | $result |"
echo "$row" | tee -a RESULTS.md
exit "$rc"
