#!/usr/bin/env bash
# Server time of the team manager's view of conferences and core groups due (/protection/due) at 50 concurrent
# users: wrk, 2 threads, 50 connections, 30 s, signed in as the demo team manager, county-scale demo data.
# Usage: bench/web/protection-due.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
jar=$(mktemp)
page=$(mktemp)
curl -s -c "$jar" "$base/login" -o "$page"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" \
  --data-urlencode "username=manager" --data-urlencode "password=kindred-demo-2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[ -n "$session" ] || { echo "could not sign in"; exit 1; }
curl -s -b "SESSION=$session" "$base/protection/due" -o "$page" -w 'check: GET /protection/due -> %{http_code}\n'
grep -o '[0-9]* due by [^<]*' "$page" | head -1
KINDRED_COOKIE="SESSION=$session" wrk -t2 -c50 -d30s --latency -s "$(dirname "$0")/protection-due.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
