#!/usr/bin/env bash
# What a signed-in page request pays for its session: starts the given jar with the demo county (embedded
# PostgreSQL, a fresh data directory), signs in as the demo manager and runs wrk on two pages: the search page without
# a query (layout and session only, no other database read) and My work. Run it on the jar before and after a change to
# sessions (ADR 0022: sessions in PostgreSQL) and compare. Works with either session cookie (SESSION or JSESSIONID).
# Usage: bench/web/session-cost.sh [jar] [port]   (defaults: target/kindred.jar 8123)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/kindred.jar}
port=${2:-8123}
base=http://127.0.0.1:$port
data=$(mktemp -d /tmp/kindred-session-cost-XXXX)
KINDRED_CLASS_DATA=off KINDRED_DEMO_PEOPLE=${KINDRED_DEMO_PEOPLE:-150000} java -jar "$jar" serve --demo --port "$port" --data-dir "$data" \
  >"$data/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { tail -30 "$data/log"; exit 1; }
  sleep 0.5
done
. bench/lib/sign-in.sh
cookie=$(sign_in "$base" manager)
for path in /search /; do
  curl -fs -o /dev/null -H "Cookie: $cookie" "$base$path" || { echo "GET $path failed"; exit 1; }
  # warm-up, then the measured run
  wrk -t2 -c10 -d10s -H "Cookie: $cookie" "$base$path" >/dev/null
  echo "== $path ($jar, cookie ${cookie%%=*}), 10 connections, 20 s"
  wrk -t2 -c10 -d20s --latency -H "Cookie: $cookie" -s bench/web/percentiles.lua "$base$path" | grep -E 'Requests/sec|^p[0-9]|requests'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
