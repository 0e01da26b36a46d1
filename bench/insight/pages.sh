#!/usr/bin/env bash
# Server time of the insight pages at 10 concurrent users (issue 17: p95 under 200 ms): wrk, 2 threads, 10
# connections, 30 s each, signed in as the demo performance analyst, on the county-scale demo data:
#   1. the authority's page over the last 12 months (every measure: one set-based query and one SVG chart each)
#   2. the same over five years (60 months per measure; the demo county's history is shorter, so most early months
#      are empty: generating five years of county history for this is not done yet)
#   3. the children behind one month's re-referral figure (one query, the register read once, one audit insert)
# Usage: bench/insight/pages.sh [port]   (Kindred running with --demo, e.g. java -jar target/kindred.jar serve --demo --port 8140)
set -euo pipefail
port=${1:-8140}
base="http://localhost:$port"
jar=$(mktemp)
page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT
curl -s -c "$jar" "$base/login" -o "$page"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" \
  --data-urlencode "username=analyst" --data-urlencode "password=kindred-demo-2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$session" ] || { echo "could not sign in"; exit 1; }
month=$(date -u +%Y-%m)
for path in "/insight/authority" "/insight/authority?years=5" \
            "/insight/authority/measures/frontdoor.re-referrals/months/$month"; do
  curl -s -b "JSESSIONID=$session" "$base$path" -o "$page" \
    -w "check: GET $path -> %{http_code}, %{size_download} bytes, %{time_total} s alone\n"
  wrk -t2 -c10 -d30s --timeout 10s --latency -H "Cookie: JSESSIONID=$session" \
    -s "$(dirname "$0")/../web/percentiles.lua" "$base$path"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
