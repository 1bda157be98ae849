#!/usr/bin/env bash
# scan --jsonl throughput in MB/s of input, process start and rule compilation excluded: the time to scan
# SIZE MB of generated JSONL (4 KB chat prompts and 100 KB dev contexts, nine to one) minus the time to scan an
# empty file. Usage: bench/scan-throughput.sh [SIZE_MB, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-50}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/PrivacyProxy -c Release -v q -nologo >/dev/null
dotnet build bench/PrivacyProxy.Benchmarks -c Release -v q -nologo >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet bench/PrivacyProxy.Benchmarks/bin/Release/net10.0/PrivacyProxy.Benchmarks.dll --make-jsonl "$work/in.jsonl" "$size"
: > "$work/empty.jsonl"
program=src/PrivacyProxy/bin/Release/net10.0/PrivacyProxy.dll
seconds() { local start end; start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
startup_ms=$(seconds dotnet "$program" scan --jsonl "$work/empty.jsonl")
total_ms=$(seconds dotnet "$program" scan --jsonl "$work/in.jsonl")
bytes=$(stat -c %s "$work/in.jsonl")
awk -v b="$bytes" -v t="$total_ms" -v s="$startup_ms" 'BEGIN {
  printf "input %.1f MB; run %d ms, start-up %d ms; scan --jsonl %.1f MB/s (start-up excluded)\n", b / 1e6, t, s, (b / 1e6) / ((t - s) / 1000) }'
