#!/usr/bin/env bash
# The outcomes page ("is anyone better off?": flow, waiting times, measures at the end, the 6 and 12 month
# follow-up read from the front door's, protection's and care's facts, two SVG charts with their tables, the young
# people) for one service, signed in as the demo analyst, over three years of demo history (issue 16: p95 under
# 100 ms at 20 users). For the page over the last year (the default) and over the three years:
#   1. one request alone, then the server's CPU per request (the Kindred JVM and its embedded PostgreSQL, from
#      /proc, over 200 requests one at a time): what the page costs, whatever else the machine is doing;
#   2. 20 users as docs/performance.md defines them (bench/web/Load.java: a request, then 0.5-1.5 s of reading);
#   3. 20 connections without think time (wrk -t2 -c20 -d30s, closed loop): capacity, not what a user waits.
# Usage: bench/earlyhelp/outcomes-page.sh [port] [service]
#   with Kindred running on three years of demo history:
#     KINDRED_DEMO_HISTORY_YEARS=3 java -jar target/kindred.jar serve --demo --port 8440 --data-dir DIR
#   or KINDRED_START=1 to have this script start that (jar target/kindred.jar, a new data directory) and stop it.
set -euo pipefail
port=${1:-8440}
service=${2:-MST}
base="http://localhost:$port"
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../lib/sign-in.sh"
page=$(mktemp)
server=""
cleanup() {
  rm -f "$page"
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ "${KINDRED_START:-}" = 1 ]; then
  data=$(mktemp -d)
  echo "starting Kindred on port $port with ${KINDRED_DEMO_HISTORY_YEARS:-3} years of demo history (data in $data)"
  KINDRED_DEMO_HISTORY_YEARS=${KINDRED_DEMO_HISTORY_YEARS:-3} java -jar "$here/../../target/kindred.jar" serve --demo \
    --port "$port" --data-dir "$data" > "$data/serve.log" 2>&1 &
  server=$!
  until curl -s "$base/actuator/health/readiness" | grep -q '"UP"'; do
    kill -0 "$server" 2>/dev/null || { echo "Kindred stopped: see $data/serve.log"; exit 1; }
    sleep 5
  done
  grep -o "early help: [^;]*" "$data/serve.log" | head -1 || true
fi

cookie=$(sign_in "$base" analyst)

# The server's JVM (listening on the port) and every process under it (the embedded PostgreSQL and its backends).
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
tree() { local p=$1; echo "$p"; for c in $(ps -o pid= --ppid "$p"); do tree "$c"; done; }
# The embedded PostgreSQL's postmaster is not the JVM's child: found through the data directory's postmaster.pid.
datadir=$(tr '\0' '\n' < "/proc/$pid/cmdline" | grep -A1 -- '^--data-dir$' | tail -1 || true)
case "$datadir" in ""|--data-dir) datadir="$(readlink "/proc/$pid/cwd")/data" ;; /*) ;; *) datadir="$(readlink "/proc/$pid/cwd")/$datadir" ;; esac
pg=$(head -1 "$datadir/postgres/postmaster.pid" 2>/dev/null || true)
# Live processes' own CPU, plus the postmaster's reaped children (backends that ended count there).
ticks() { local t=0; for p in $(tree "$pid") ${pg:+$(tree "$pg")}; do
  [ -r "/proc/$p/stat" ] && t=$((t + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{print $12 + $13}'))); done
  [ -n "$pg" ] && t=$((t + $(sed 's/^.*) //' "/proc/$pg/stat" | awk '{print $14 + $15}'))); echo "$t"; }
hz=$(getconf CLK_TCK)

today=$(date -u +%F)
three=$(date -u -d "$today - 3 years + 1 day" +%F)
for path in "/interventions/$service/outcomes" "/interventions/$service/outcomes?from=$three&to=$today"; do
  echo "== $path"
  curl -s -b "$cookie" "$base$path" -o "$page" \
    -w "check: GET -> %{http_code}, %{size_download} bytes, %{time_total} s alone\n"
  for i in $(seq 1 50); do curl -s -o /dev/null -b "$cookie" "$base$path"; done
  if [ -n "$pid" ]; then
    before=$(ticks); start=$(date +%s.%N)
    for i in $(seq 1 200); do curl -s -o /dev/null -b "$cookie" "$base$path"; done
    after=$(ticks); end=$(date +%s.%N)
    awk -v t=$((after - before)) -v hz="$hz" -v s="$start" -v e="$end" \
      'BEGIN { printf "server CPU per request (JVM + PostgreSQL): %.1f ms; 200 requests one at a time in %.1f s\n", t * 1000 / hz / 200, e - s }'
  fi
  java "$here/../web/Load.java" --base "$base" --user analyst --path "$path" --users 20 --seconds 30
done
path="/interventions/$service/outcomes"
echo "== $path, 20 connections without think time"
wrk -t2 -c20 -d30s --latency -H "Cookie: $cookie" -s "$here/../web/percentiles.lua" "$base$path"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
