#!/usr/bin/env bash
# Server time of the team manager's children in care overview (/care/overview) at 50 concurrent users: wrk,
# 2 threads, 50 connections, 30 s, signed in as the demo team manager, on the county-scale demo data
# (about 1,100 children in care, 500 care leavers). Every request runs the overview's eight set-based queries.
# Usage: bench/web/care-overview.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
. "$(dirname "$0")/../lib/sign-in.sh"
open_page "$base" manager /care/overview
grep -o '[0-9]* children looked after and [0-9]* care leavers' "$page" || true
wrk -t2 -c50 -d30s --timeout 10s --latency -H "Cookie: $cookie" -s "$(dirname "$0")/percentiles.lua" "$base/care/overview"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
