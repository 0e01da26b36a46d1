#!/usr/bin/env bash
# Server time of the front-door (MASH) queue with 2,000 open contacts at 50 concurrent users: wrk, 2 threads,
# 50 connections, 30 s (20 s timeout, so slow answers count as latencies, not errors), signed in as the demo
# front-door worker; p95 from front-door-queue.lua.
# Set-up: tops the queue up to 2,000 open contacts through the API (POST /api/v1/contacts about random people of the
# demo register), so run it against a throw-away demo instance.
# Usage: bench/web/front-door-queue.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
user=frontdoor
password=kindred-demo-2026
target=2000
. "$(dirname "$0")/../lib/sign-in.sh"
cookie=$(sign_in "$base" "$user" "$password")

open_now() {
  curl -s -b "$cookie" "$base/front-door" | grep -o '[0-9]* open contacts' | head -1 | cut -d' ' -f1
}
open=$(open_now); open=${open:-0}
echo "open contacts before set-up: $open"
if [ "$open" -lt "$target" ]; then
  token=$(curl -s -u "$user:$password" -X POST "$base/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  received=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  seq $((target - open)) | xargs -P 4 -I{} sh -c '
    child=$(( ($(od -An -N4 -tu4 /dev/urandom) % 140000) + 1 ))
    curl -s -o /dev/null -w "%{http_code}\n" -X POST "$1/api/v1/contacts" -H "Authorization: Bearer $2" \
      -H "Content-Type: application/json" \
      -d "{\"childId\":$child,\"source\":\"6\",\"receivedAt\":\"$3\",\"worry\":\"Benchmark contact\",\"consent\":\"GIVEN\"}"
  ' _ "$base" "$token" "$received" | sort | uniq -c
  echo "open contacts after set-up: $(open_now)"
fi
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base/front-door")
echo "check: GET /front-door -> $status"
KINDRED_COOKIE="$cookie" wrk -t2 -c50 -d30s --timeout 20s --latency -s "$(dirname "$0")/front-door-queue.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
