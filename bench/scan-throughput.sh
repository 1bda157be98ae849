#!/usr/bin/env bash
# scan --jsonl throughput in MB/s of input, with process start, rule compilation and first-call JIT of the
# rules excluded: (time to scan SIZE MB) - (time to scan a small file with one of each kind of line), both as
# CPU time (user + sys, best of 3) so a busy machine skews it less. Input: 4 KB chat prompts and 100 KB dev
# contexts, nine to one. Usage: bench/scan-throughput.sh [SIZE_MB, default 30]. Extra environment (for example
# DOTNET_TieredCompilation=0) is passed to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-30}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/PrivacyProxy -c Release -v q -nologo >/dev/null
dotnet build bench/PrivacyProxy.Benchmarks -c Release -v q -nologo >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet bench/PrivacyProxy.Benchmarks/bin/Release/net10.0/PrivacyProxy.Benchmarks.dll --make-jsonl "$work/in.jsonl" "$size"
head -n 10 "$work/in.jsonl" > "$work/warm.jsonl"
program=src/PrivacyProxy/bin/Release/net10.0/PrivacyProxy.dll
cpu_ms() {
  local best=999999999 t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f "%U %S" dotnet "$program" scan --jsonl "$1" > /dev/null; } 2>&1 | tail -n 1 | awk '{ print int(($1 + $2) * 1000) }')
    if [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}
warm_ms=$(cpu_ms "$work/warm.jsonl")
total_ms=$(cpu_ms "$work/in.jsonl")
bytes=$(( $(stat -c %s "$work/in.jsonl") - $(stat -c %s "$work/warm.jsonl") ))
awk -v b="$bytes" -v t="$total_ms" -v w="$warm_ms" 'BEGIN {
  printf "scanned %.1f MB in %d ms CPU (start-up, rule compilation and warm-up %d ms excluded): %.1f MB/s\n", b / 1e6, t - w, w, (b / 1e6) / ((t - w) / 1000) }'
