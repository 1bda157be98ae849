#!/usr/bin/env bash
# Runs every test of PrivacyProxy. Installs what the tests need first, when it is missing, so it works on a
# fresh machine: the .NET SDK is expected on PATH (see README).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "tests/run.sh: the .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 1
fi

# System tools the tests drive for real: curl (a real TLS client for the egress tests), the PostgreSQL server
# (the audit store tests start a throwaway cluster of their own with its initdb and pg_ctl) and Chromium (the
# dashboard tests drive it headless over its DevTools protocol; they fail, never skip, without it).
missing=()
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]})); then
  echo "tests/run.sh: installing ${missing[*]}" >&2
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build PrivacyProxy.sln -c Release
# Test assemblies run one at a time: on 2 cores, parallel assemblies make the end-to-end timing-sensitive
# streaming tests compete for CPU with compilation-heavy detection tests for no gain.
dotnet test PrivacyProxy.sln -c Release --no-build --logger "console;verbosity=normal" -- RunConfiguration.MaxCpuCount=1 "$@"
