#!/usr/bin/env bash
# Ranking the demo county's ~300 approved households for one placement request, end to end on the server
# (GET /api/v1/placement-requests/{id}/matches: the households read with their placed children, hard constraints,
# soft needs, reasons, JSON, the audit entry), one connection at a time so the figure is the ranking's own latency.
# Usage: bench/fostering/ranking.sh [port]   (Kindred running with --demo)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
token=$(curl -s -u worker:kindred-demo-2026 -X POST "$base/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
id=$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/placement-requests" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$id" ] || { echo "no open placement request"; exit 1; }
curl -s -H "Authorization: Bearer $token" "$base/api/v1/placement-requests/$id/matches" \
  | python3 -c 'import json,sys; m=json.load(sys.stdin); print("request", m["requestId"], "ranked", len(m["ranked"]), "excluded", m["excludedCount"])'
for i in $(seq 1 50); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/placement-requests/$id/matches"; done
KINDRED_AUTH="Bearer $token" KINDRED_PATH="/api/v1/placement-requests/$id/matches" \
  wrk -t1 -c1 -d20s --latency -s "$(dirname "$0")/../web/percentiles.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
