#!/usr/bin/env bash
# Issue 12's start-up budgets, measured from the process start:
#   1. `serve --demo` on an empty data directory until a signed-in demo user sees the whole county (readiness UP,
#      sign-in over HTTP, My work served): budget 30 s;
#   2. a restart on that data directory until ready: budget 10 s.
# Prints each step's time from Kindred's log (PostgreSQL, Spring, the register, each module's step, the search
# index), the memory once ready and the load average. Leaves the restarted Kindred running for the page benchmarks.
# Usage: bench/web/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-8090}
data=$(mktemp -d /tmp/kindred-bench-XXXX)
[ -f target/kindred.jar ] || mvn -q -B package -DskipTests
base=http://localhost:$port
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

. bench/lib/sign-in.sh
now() { date +%s.%N; }
ready_after() { # pid start log -> seconds until readiness is UP
  local pid=$1 start=$2 log=$3
  until curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -c "\"UP\"" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "Kindred exited; see $log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$(now) - $start" | bc
}
signed_in_my_work() {
  local cookie
  cookie=$(sign_in "$base" manager) && curl -fs -b "$cookie" "$base/" | grep -c "My work" >/dev/null
}
steps() { # the log's own timings
  grep -oE 'initdb completed in [0-9:.]+|Started Kindred in [0-9.]+ seconds|Demo county: [^(]{0,40}.*\(([0-9]+ ms)\)|register of [0-9]+ people in [0-9]+ ms|Person search index: [0-9]+ people in [0-9]+ ms' "$1" \
    | sed -E 's/^Demo county: ([A-Za-z ]+)[:,].*\(([0-9]+ ms)\)$/\1: \2/; s/^/  /'
}

start=$(now)
java -jar target/kindred.jar serve --demo --port "$port" --data-dir "$data" > "$data/first.log" 2>&1 &
pid=$!
first=$(ready_after $pid "$start" "$data/first.log")
signed_in_my_work
seen=$(echo "$(now) - $start" | bc)
echo "first run, empty data directory: ready in $first s; a signed-in manager sees My work at $seen s (budget 30 s)"
steps "$data/first.log"

kill $pid; while kill -0 $pid 2>/dev/null; do sleep 0.2; done
start=$(now)
java -jar target/kindred.jar serve --demo --port "$port" --data-dir "$data" > "$data/restart.log" 2>&1 &
pid=$!
again=$(ready_after $pid "$start" "$data/restart.log")
signed_in_my_work
echo "restart on that data directory: ready in $again s (budget 10 s)"
steps "$data/restart.log"

jvm_rss=$(ps -o rss= -p $pid)
pg_rss=$(ps -eo rss,args | awk -v d="$data" '$0 ~ d && /postgres/ {s+=$1} END {print s+0}')
echo "memory once ready: JVM RSS $((jvm_rss / 1024)) MiB, embedded PostgreSQL RSS $((pg_rss / 1024)) MiB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Kindred left running on port $port (pid $pid, data in $data)"
