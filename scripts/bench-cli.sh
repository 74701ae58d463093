#!/usr/bin/env bash
# The CLI as a whole process (`make bench` runs this after the per-stage benchmark): reading,
# analysis, JSON writing, start-up and exit, timed from outside.
#
# - one 5 MB text (CNN/DM and OrangeSum articles joined by blank lines, as in benches/pipeline.rs):
#   `nutshell FILE > /dev/null`, in MB/s of input, and its peak RSS;
# - a JSONL batch of 1,000 news articles (BBC and OrangeSum training articles, alternately, with
#   their titles): `nutshell --jsonl --jobs 1` against the default (one job per core), interleaved,
#   and the speed-up; the two outputs must be the same bytes.
# Inputs are built at run time from ../shared (nothing copied into the project), in a temporary
# folder removed on exit. Medians of BENCH_CLI_RUNS runs (default 5). A benchmark: it prints
# figures and never fails on them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_CLI_RUNS:-5}
data=../shared/data/summaries
train=../shared/train/summaries
for f in "$data/cnndm_en.jsonl" "$data/orangesum_fr.jsonl" "$train/bbc_en.jsonl" "$train/orangesum_train_fr.jsonl"; do
  [ -f "$f" ] || { echo "bench-cli: $f is missing (the shared data must sit beside the project)"; exit 0; }
done
cargo build --quiet --release --bin nutshell
bin=target/release/nutshell
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node - "$data" "$train" "$tmp" <<'EOF'
const fs = require('node:fs');
const [data, train, tmp] = process.argv.slice(2);
const read = (f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// 5 MB: whole articles, English and French alternately, until 5,000,000 bytes.
const en = read(`${data}/cnndm_en.jsonl`).map((r) => r.text);
const fr = read(`${data}/orangesum_fr.jsonl`).map((r) => r.text);
const parts = [];
let size = 0;
for (let i = 0; size < 5e6; i++) {
  const t = `${i % 2 ? fr[(i >> 1) % fr.length] : en[(i >> 1) % en.length]}\n\n`;
  parts.push(t);
  size += Buffer.byteLength(t);
}
fs.writeFileSync(`${tmp}/5mb.txt`, parts.join(''));
// 1,000 news articles: BBC (en) and OrangeSum (fr) training articles, alternately.
const bbc = read(`${train}/bbc_en.jsonl`);
const osum = read(`${train}/orangesum_train_fr.jsonl`);
const lines = [];
for (let i = 0; i < 1000; i++) {
  const r = i % 2 ? osum[i >> 1] : bbc[i >> 1];
  lines.push(JSON.stringify({ id: r.id, title: r.title ?? undefined, text: r.text }));
}
fs.writeFileSync(`${tmp}/news.jsonl`, `${lines.join('\n')}\n`);
EOF

# Seconds (wall clock, three decimals) of one run of "$@" with stdin from $in and stdout to $out.
wall() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" < "$in" > "$out"
  t1=$(date +%s%N)
  echo "scale=3; ($t1 - $t0) / 1000000000" | bc -l | sed 's/^\./0./'
}
median() { LC_ALL=C sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
rate() { echo "scale=1; $1 / 1000000 / $2" | bc -l | sed 's/^\./0./'; }

size5=$(wc -c < "$tmp/5mb.txt")
sizej=$(wc -c < "$tmp/news.jsonl")
echo
echo "nutshell CLI, whole process ($(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1); load average $(cut -d' ' -f1-3 /proc/loadavg); median of $runs)"

in=$tmp/5mb.txt out=/dev/null
wall "$bin" > /dev/null # warm the page cache
t5=$(for _ in $(seq "$runs"); do wall "$bin"; done | median)
rss=$(/usr/bin/time -f %M "$bin" < "$tmp/5mb.txt" 2>&1 > /dev/null | tail -n1)
printf '  %-44s %7.3f s   %6s MB/s   peak RSS %d MB (%.1f× the input)   target ≥ 10 MB/s: %s\n' \
  "5 MB text ($size5 B) → JSON" "$t5" "$(rate "$size5" "$t5")" $((rss / 1024)) "$(echo "$rss * 1024 / $size5" | bc -l)" \
  "$(echo "$size5 / 1000000 / $t5 >= 10" | bc -l | sed 's/1/met/;s/0/NOT MET/')"

in=$tmp/news.jsonl
one=() many=()
for _ in $(seq "$runs"); do
  out=$tmp/jobs1.jsonl; one+=("$(wall "$bin" --jsonl --jobs 1)")
  out=$tmp/jobsN.jsonl; many+=("$(wall "$bin" --jsonl)")
done
cmp -s "$tmp/jobs1.jsonl" "$tmp/jobsN.jsonl" || echo "  warning: --jobs 1 and the default gave different bytes"
t1=$(printf '%s\n' "${one[@]}" | median)
tn=$(printf '%s\n' "${many[@]}" | median)
printf '  %-44s %7.3f s   %6s MB/s\n' "1,000 articles ($sizej B), --jsonl --jobs 1" "$t1" "$(rate "$sizej" "$t1")"
printf '  %-44s %7.3f s   %6s MB/s   speed-up %.2f×   target ≥ 1.7×: %s\n' \
  "1,000 articles, --jsonl (default: $(nproc) jobs)" "$tn" "$(rate "$sizej" "$tn")" "$(echo "$t1 / $tn" | bc -l)" \
  "$(echo "$t1 / $tn >= 1.7" | bc -l | sed 's/1/met/;s/0/NOT MET/')"
echo "  load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
