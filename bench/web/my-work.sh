#!/usr/bin/env bash
# Server time of a team manager's "My work" (/) at 50 concurrent users: wrk, 2 threads, 50 connections, 30 s,
# signed in as the demo manager of 40 workers (manager40, "Children in care team Central", demo step 100).
# When that team holds fewer than 600 children (e.g. no other module's open work in the demo), the script first
# allocates register children to its 40 workers through the API: 16 each, one child in ten with 3 changes of worker.
# Usage: bench/web/my-work.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
user=manager40
password=kindred-demo-2026
token=$(curl -fs -X POST -u "$user:$password" "$base/api/v1/tokens" | jq -r .token)
auth="Authorization: Bearer $token"
caseloads=$(curl -fs -H "$auth" "$base/api/v1/caseloads")
held=$(echo "$caseloads" | jq '[.[].workers[].children] | add // 0')
workers=($(echo "$caseloads" | jq -r '.[].workers[].workerId'))
echo "manager40: ${#workers[@]} workers, $held children allocated"
if [ "$held" -lt 600 ]; then
  today=$(date +%F)
  children=()
  page=0
  while [ ${#children[@]} -lt 640 ]; do
    children+=($(curl -fs -H "$auth" "$base/api/v1/people?size=200&page=$page" \
      | jq -r --arg from "$(date -d '-17 years' +%F)" '.people[] | select(.kind == "CHILD" and .dateOfBirth > $from) | .id'))
    page=$((page + 1))
  done
  post() {
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "$auth" -H 'Content-Type: application/json' \
      "$base/api/v1/children/$1/allocations" -d "{\"workerId\":$2,\"startDate\":\"$3\",\"reason\":\"$4\"}"
  }
  for i in $(seq 0 639); do
    child=${children[$i]}
    w=${workers[$((i % ${#workers[@]}))]}
    if [ $((i % 10)) -eq 0 ]; then
      post "$child" "${workers[$(((i + 1) % ${#workers[@]}))]}" "$(date -d '-200 days' +%F)" "" 
      post "$child" "${workers[$(((i + 2) % ${#workers[@]}))]}" "$(date -d '-120 days' +%F)" LEFTRL
      post "$child" "${workers[$(((i + 3) % ${#workers[@]}))]}" "$(date -d '-60 days' +%F)" TSPROC
      post "$child" "$w" "$(date -d '-20 days' +%F)" FCONTA
    else
      post "$child" "$w" "$(date -d "-$((i % 300)) days" +%F)" MANAGE
    fi
  done | sort | uniq -c | sed 's/^/  allocations: /'
fi
. "$(dirname "$0")/../lib/sign-in.sh"
cookie=$(sign_in "$base" "$user" "$password")
status=$(curl -s -o /tmp/kindred-my-work.html -w '%{http_code}' -b "$cookie" "$base/")
echo "check: GET / -> $status, $(grep -c 'govuk-table__row' /tmp/kindred-my-work.html) table rows"
KINDRED_COOKIE="$cookie" wrk -t2 -c50 -d30s --timeout 10s --latency -s "$(dirname "$0")/my-work.lua" "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
