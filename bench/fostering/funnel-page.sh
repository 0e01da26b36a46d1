#!/usr/bin/env bash
# The fostering measures page (the funnel with conversion and median days, enquiries by campaign by month with the
# year-on-year change, households, places and vacancies: three SVG charts and their tables) at 20 concurrent users,
# signed in as the demo fostering officer, over the demo county's three years of enquiries.
# Usage: bench/fostering/funnel-page.sh [port]   (Kindred running with --demo)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
. "$(dirname "$0")/../lib/sign-in.sh"
open_page "$base" fostering /fostering/measures
for i in $(seq 1 100); do curl -s -o /dev/null -b "$cookie" "$base/fostering/measures"; done
wrk -t2 -c20 -d30s --latency -H "Cookie: $cookie" -s "$(dirname "$0")/../web/percentiles.lua" "$base/fostering/measures"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
