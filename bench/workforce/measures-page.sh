#!/usr/bin/env bash
# The workforce measures page (three years of monthly census measures with two SVG charts and tables) at 20 users
# who each read for about a second between requests (think time 0.5-1.5 s, as docs/performance.md defines users),
# then the same 20 with no pause (capacity). Also a team's page. Budget (issue 15): p95 under 100 ms at 20 users.
# Usage: bench/workforce/measures-page.sh [port]   (Kindred running with --demo; signs in as the demo manager)
set -euo pipefail
cd "$(dirname "$0")/../web"
port=${1:-8090}
base="http://localhost:$port"
seconds=${SECONDS_PER_RUN:-30}
echo "== workforce measures ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg))"
for think in 1000 0; do
  java Load.java --base "$base" --path /workforce/measures --user manager --users 20 --seconds "$seconds" --think-ms "$think"
done
java Load.java --base "$base" --path "/workforce/measures?team=Assessment+team+North" --user manager --users 20 \
  --seconds "$seconds" --think-ms 1000
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
