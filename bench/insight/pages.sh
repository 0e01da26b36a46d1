#!/usr/bin/env bash
# The insight pages at 10 concurrent users (issue 17: p95 under 200 ms over five years of county data), signed in as
# the demo performance analyst. "Users" as docs/performance.md defines them: bench/web/Load.java, each user reading
# for 0.5-1.5 s between requests; WRK=1 adds the closed-loop wrk figure (2 threads, 10 connections, no pause).
#   1. the authority's page over the last 12 months (every measure: its months and its SVG chart)
#   2. the same over five years (60 months per measure)
#   3. a team's page over five years (the figures of the children its workers held)
#   4. the children behind one month's re-referral figure (one query, the register read once, one audit insert)
# First, Kindred with five years of history: bench/insight/history.sh [port] (starts it and copies the history).
# Usage: bench/insight/pages.sh [port]   (SECONDS_PER_RUN=30 by default)
set -euo pipefail
port=${1:-8430}
base="http://localhost:$port"
seconds=${SECONDS_PER_RUN:-30}
here=$(cd "$(dirname "$0")" && pwd)
month=$(date -u +%Y-%m)
page=$(mktemp)
trap 'rm -f "$page"' EXIT
. "$(dirname "$0")/../lib/sign-in.sh"
cookie=$(sign_in "$base" analyst)
curl -s -b "$cookie" "$base/insight" -o "$page"
team=$(grep -o '/insight/team-[0-9]*' "$page" | head -1)
echo "== $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/insight/authority" "/insight/authority?years=5" "${team:-/insight/authority}?years=5" \
            "/insight/authority/measures/frontdoor.re-referrals/months/$month"; do
  # The first request counts every figure (nothing kept yet): shown alone, then the users.
  curl -s -b "$cookie" "$base$path" -o "$page" \
    -w "check: GET $path -> %{http_code}, %{size_download} bytes, %{time_total} s alone (first)\n"
  curl -s -b "$cookie" "$base$path" -o "$page" \
    -w "check: GET $path -> %{http_code}, %{size_download} bytes, %{time_total} s alone (again)\n"
  java "$here/../web/Load.java" --base "$base" --user analyst --path "$path" --users 10 --seconds "$seconds" \
    --think-ms 1000
  if [ "${WRK:-0}" = 1 ]; then
    wrk -t2 -c10 -d"${seconds}s" --timeout 10s --latency -H "Cookie: $cookie" \
      -s "$here/../web/percentiles.lua" "$base$path"
  fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
