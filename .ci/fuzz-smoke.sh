#!/usr/bin/env bash
# Fuzz smoke: every cargo-fuzz target for FUZZ_SMOKE_SECONDS (default 30) from its committed
# seeds (fuzz/seeds/<target>). Needs a nightly toolchain and cargo-fuzz; without them it says so
# and exits 0. A crash, timeout or OOM fails the run (exit 1) and leaves the input in
# fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SMOKE_SECONDS:-30}
# A fixed seed makes the smoke a reproducible gate: the same tree mutates the same inputs in the
# same order, so a failure here fails again on a laptop (finding new bugs is the campaigns' job,
# fuzz/campaign.sh, recorded in fuzz/RESULTS.md).
seed=${FUZZ_SMOKE_SEED:-1}
if [ "${FUZZ_SMOKE:-1}" = "0" ]; then
    echo "fuzz smoke: skipped (FUZZ_SMOKE=0)"
    exit 0
fi
if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz smoke: skipped (no nightly toolchain: rustup toolchain install nightly)"
    exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz smoke: skipped (cargo-fuzz is not installed: cargo install cargo-fuzz)"
    exit 0
fi
cd fuzz
# AddressSanitizer's default 256 MB quarantine of freed memory counts against -rss_limit_mb: on
# 2026-12-03 loading the check_tree corpus (189 inputs) peaked at 511 MB RSS with the default and
# 112 MB with an 8 MB quarantine (same inputs, same coverage), so the limit measures idsgen.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=8"
cargo +nightly fuzz build -O
rc=0
for target in $(cargo +nightly fuzz list); do
    mkdir -p "corpus/$target"
    # -rss_limit_mb: a reader that needs more than 512 MB for a 64 KB input is a finding.
    if cargo +nightly fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
        -seed="$seed" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=512 \
        -print_final_stats=1 >"corpus/$target.log" 2>&1; then
        echo "fuzz smoke: $target ok: $(grep -E '^stat::number_of_executed_units' "corpus/$target.log" | awk '{print $2}') execs in ${seconds}s"
    else
        echo "fuzz smoke: $target FAILED; input in fuzz/artifacts/$target/:" >&2
        grep -E -A 3 'panicked|ERROR: libFuzzer|SUMMARY|deadly signal|timeout|out-of-memory' "corpus/$target.log" | head -n 30 >&2
        # The CI machine is gone after the run: print the input so it can be replayed
        # (base64 -d > crash && cargo +nightly fuzz run -O TARGET crash).
        for input in artifacts/"$target"/*; do
            [ -f "$input" ] || continue
            echo "fuzz smoke: $input, $(wc -c <"$input") bytes, base64:" >&2
            head -c 16384 "$input" | base64 -w 0 >&2
            echo >&2
        done
        rc=1
    fi
done
exit "$rc"
