#!/usr/bin/env bash
# The fostering measures page (the funnel with conversion and median days, enquiries by campaign by month with the
# year-on-year change, households, places and vacancies: three SVG charts and their tables) at 20 concurrent users,
# signed in as the demo fostering officer, over the demo county's three years of enquiries.
# Usage: bench/fostering/funnel-page.sh [port]   (Kindred running with --demo)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
jar=$(mktemp)
page=$(mktemp)
curl -s -c "$jar" "$base/login" -o "$page"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" \
  --data-urlencode "username=fostering" --data-urlencode "password=kindred-demo-2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[ -n "$session" ] || { echo "could not sign in"; exit 1; }
curl -s -b "SESSION=$session" "$base/fostering/measures" -o "$page" -w 'check: GET /fostering/measures -> %{http_code}\n'
for i in $(seq 1 100); do curl -s -o /dev/null -b "SESSION=$session" "$base/fostering/measures"; done
KINDRED_COOKIE="SESSION=$session" KINDRED_PATH="/fostering/measures" \
  wrk -t2 -c20 -d30s --latency -s "$(dirname "$0")/get.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
