#!/usr/bin/env bash
# Server time of the team manager's view of conferences and core groups due (/protection/due) at 50 concurrent
# users: wrk, 2 threads, 50 connections, 30 s, signed in as the demo team manager, county-scale demo data.
# Usage: bench/web/protection-due.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
. "$(dirname "$0")/../lib/sign-in.sh"
open_page "$base" manager /protection/due
grep -o '[0-9]* due by [^<]*' "$page" | head -1
KINDRED_COOKIE="$cookie" wrk -t2 -c50 -d30s --latency -s "$(dirname "$0")/protection-due.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
