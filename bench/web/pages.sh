#!/usr/bin/env bash
# Response times of the pages the issues budget (p95 < 100 ms at 50 concurrent users), with county-scale demo data.
# For each page: 50 users who each read for about a second between requests (think time 0.5-1.5 s, far busier
# than people are), then the same 50 in a closed loop with no pause (capacity: every request queues behind others).
# Set-up first: front-door-queue.sh and my-work.sh top up their data (2,000 open contacts; a manager of 40
# workers with 640 children) and print their own wrk figures.
# Usage: bench/web/pages.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
cd "$(dirname "$0")"
port=${1:-8090}
base="http://localhost:$port"
seconds=${SECONDS_PER_RUN:-30}
run() { # path user [max-id]
  for think in 1000 0; do
    java Load.java --base "$base" --path "$1" --user "$2" --max-id "${3:-1000}" --users 50 --seconds "$seconds" \
      --think-ms "$think"
  done
}
echo "== set-up"
./front-door-queue.sh "$port" | grep -E "open contacts|check" || true
./my-work.sh "$port" | grep -Ei "children|check|team" || true
echo "== measurements ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg))"
run /front-door frontdoor
run / manager40
run /protection/due manager
run /care/overview manager
run '/children/{id}' worker 140000
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
