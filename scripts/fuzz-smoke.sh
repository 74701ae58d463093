#!/usr/bin/env bash
# Fuzz smoke run: builds the cargo-fuzz targets in fuzz/ and runs each one briefly, seeded from
# fuzz/seeds/<target>/. Exits non-zero if any target crashes, times out (an input slower than
# 10 s is a failure), or runs out of memory. Safe to run again and again: nothing is installed
# twice, the corpus in fuzz/corpus/ grows across runs, crashes land in fuzz/artifacts/<target>/.
#
#   scripts/fuzz-smoke.sh                  # 60 s in total, split evenly across the targets
#   FUZZ_SECONDS=600 scripts/fuzz-smoke.sh # longer
#   FUZZ_TARGETS="analyze" scripts/fuzz-smoke.sh
#   FUZZ_SANITIZER=address scripts/fuzz-smoke.sh   # default "none": the crate forbids unsafe code,
#                                                  # and ASan would halve the executions
# See fuzz/README.md for runs of hours and for turning a crash into a regression test.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

total=${FUZZ_SECONDS:-60}
read -r -a targets <<<"${FUZZ_TARGETS:-analyze extract options}"
sanitizer=${FUZZ_SANITIZER:-none}
if ! [[ $total =~ ^[0-9]+$ ]] || ((total < 1)); then
    echo "FUZZ_SECONDS must be a positive whole number of seconds, not '$total'" >&2
    exit 2
fi
per=$((total / ${#targets[@]}))
((per >= 1)) || per=1

now() { date +%s; }

# 1. Toolchain: cargo-fuzz needs nightly (for -Zsanitizer and the coverage instrumentation), and
# libfuzzer-sys compiles libFuzzer itself, which takes a C++ compiler.
if ! command -v c++ >/dev/null && ! command -v g++ >/dev/null && ! command -v clang++ >/dev/null; then
    echo "no C++ compiler: libFuzzer needs one (Debian: apt-get install g++)" >&2
    exit 2
fi
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "== installing the nightly toolchain"
    rustup toolchain install nightly --profile minimal
fi
t0=$(now)
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi
install_s=$(($(now) - t0))

# 2. Build every target once (the runs below then start at once).
t0=$(now)
echo "== building fuzz targets (sanitizer: $sanitizer)"
if ! cargo +nightly fuzz build --sanitizer "$sanitizer"; then
    echo "== the fuzz targets do not build" >&2
    exit 1
fi
build_s=$(($(now) - t0))

# 3. Run each target for $per seconds, one at a time (the machine is shared).
logs=$root/fuzz/target/smoke-logs
mkdir -p "$logs"
failed=()
summary=()
t_run=$(now)
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
    echo "== fuzzing $t for ${per}s"
    t0=$(now)
    status=0
    dict=()
    [[ -f fuzz/dict/$t.dict ]] && dict=(-dict="fuzz/dict/$t.dict")
    cargo +nightly fuzz run --sanitizer "$sanitizer" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$per" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "${dict[@]}" \
        >"$logs/$t.log" 2>&1 || status=$?
    secs=$(($(now) - t0))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" | grep -o '[0-9]*$' |
        tail -n 1 || true)
    execs=${execs:-?}
    if ((status != 0)); then
        failed+=("$t")
        result="FAILED (exit $status)"
        echo "-- $t failed; the end of its log ($logs/$t.log):" >&2
        tail -n 40 "$logs/$t.log" >&2
        ls -1 "fuzz/artifacts/$t" >&2 || true
    else
        result=ok
    fi
    summary+=("$(printf '%-8s %12s execs %6s s  %s' "$t" "$execs" "$secs" "$result")")
done
run_s=$(($(now) - t_run))

echo
echo "== fuzz smoke: cargo-fuzz install ${install_s}s, build ${build_s}s, runs ${run_s}s"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]} > 0)); then
    echo "== crashes or timeouts in: ${failed[*]} (inputs in fuzz/artifacts/<target>/)" >&2
    exit 1
fi
