#!/usr/bin/env bash
# The MST outcomes page ("is anyone better off?": flow, waiting times, measures at the end, 6 and 12 month follow-up
# read from the front door's, protection's and care's facts, two SVG charts with their tables, the list of young
# people) at 20 concurrent users, signed in as the demo analyst, over the demo county's year and a quarter of MST.
# Usage: bench/earlyhelp/outcomes-page.sh [port] [service]   (Kindred running with --demo)
set -euo pipefail
port=${1:-8090}
service=${2:-MST}
base="http://localhost:$port"
jar=$(mktemp)
page=$(mktemp)
curl -s -c "$jar" "$base/login" -o "$page"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" \
  --data-urlencode "username=analyst" --data-urlencode "password=kindred-demo-2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$session" ] || { echo "could not sign in"; exit 1; }
path="/interventions/$service/outcomes"
curl -s -b "JSESSIONID=$session" "$base$path" -o "$page" -w "check: GET $path -> %{http_code}\n"
for i in $(seq 1 100); do curl -s -o /dev/null -b "JSESSIONID=$session" "$base$path"; done
KINDRED_COOKIE="JSESSIONID=$session" KINDRED_PATH="$path" \
  wrk -t2 -c20 -d30s --latency -s "$(dirname "$0")/../fostering/get.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
