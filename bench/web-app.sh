#!/usr/bin/env bash
# The browser app's benchmark (#12): time to interactive of each page in Debian's Chromium, then CLIENTS clients
# proving the chapter's mate in 3 against `tempo serve` on loopback (127.0.0.1 only) for SECONDS seconds, bounded in
# time and in request count: latency p50/p95/p99, throughput, errors, and the server process's peak resident memory.
#
# Usage: bench/web-app.sh [CLIENTS] [SECONDS] [VISITS] [MAX_JOBS]   (default 20 60 5, and the server's own --max-jobs:
#        the cores, at least 2, the rest queued; VISITS 0 skips the pages; needs /usr/bin/chromium: apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS="${1:-20}"
SECONDS_RUN="${2:-60}"
VISITS="${3:-5}"
MAX_JOBS=()
if [[ -n "${4:-}" ]]; then MAX_JOBS=(--max-jobs "$4"); fi
for project in src/Tempo.Cli bench/Tempo.Web.Bench; do
  if ! build_log=$(dotnet build "$project" -c Release -nologo 2>&1); then
    grep -E 'error' <<<"$build_log" | sort -u | head -20 >&2
    echo "web-app: building $project failed" >&2
    exit 1
  fi
done
exec dotnet bench/Tempo.Web.Bench/bin/Release/net10.0/Tempo.Web.Bench.dll \
  --tempo src/Tempo.Cli/bin/Release/net10.0/tempo --clients "$CLIENTS" --seconds "$SECONDS_RUN" --visits "$VISITS" "${MAX_JOBS[@]}"
