#!/usr/bin/env bash
# Server time of the child summary page at 50 concurrent users: wrk, 2 threads, 50 connections, 30 s,
# each request a random child of the demo register, signed in as the demo social worker.
# Usage: bench/web/child-summary.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
jar=$(mktemp)
curl -s -c "$jar" "$base/login" -o /tmp/kindred-login.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/kindred-login.html | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" \
  --data-urlencode "username=worker" --data-urlencode "password=kindred-demo-2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[ -n "$session" ] || { echo "could not sign in"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$base/children/1")
echo "check: GET /children/1 -> $status"
KINDRED_COOKIE="SESSION=$session" KINDRED_MAX_ID=140000 \
  wrk -t2 -c50 -d30s --latency -s "$(dirname "$0")/child-summary.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
