#!/usr/bin/env bash
# Server time of the child summary page at 50 concurrent users: wrk, 2 threads, 50 connections, 30 s,
# each request a random child of the demo register, signed in as the demo social worker.
# Usage: bench/web/child-summary.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
. "$(dirname "$0")/../lib/sign-in.sh"
cookie=$(sign_in "$base" worker)
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base/children/1")
echo "check: GET /children/1 -> $status"
KINDRED_COOKIE="$cookie" KINDRED_MAX_ID=140000 \
  wrk -t2 -c50 -d30s --latency -s "$(dirname "$0")/child-summary.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
