#!/usr/bin/env bash
# Starts Kindred on the county-scale demo with five years of history for the insight pages (issue 17's speed
# budget) and leaves it running: the demo county (a year of work), then bench/insight/history.sql copies its
# finished work back one to four years (see the SQL for what is copied). Stop it with: kill $(cat DIR/kindred.pid)
# Usage: bench/insight/history.sh [port] [data-dir] [years]   (defaults 8430, /tmp/kindred-insight-5y, 5)
set -euo pipefail
port=${1:-8430}
dir=${2:-/tmp/kindred-insight-5y}
years=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
jar=${KINDRED_JAR:-"$here/../../target/kindred.jar"}
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package"; exit 1; }
mkdir -p "$dir"
java -jar "$jar" serve --demo --port "$port" --data-dir "$dir" > "$dir/kindred.log" 2>&1 &
echo $! > "$dir/kindred.pid"
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health/readiness")" = 200 ] && break
  kill -0 "$(cat "$dir/kindred.pid")" 2>/dev/null || { tail -30 "$dir/kindred.log"; exit 1; }
  sleep 1
done
# The demo steps run beside the start: wait until allocation's (the last) has written.
for _ in $(seq 1 600); do grep -q "Demo county: Allocations"  "$dir/kindred.log" && break; sleep 1; done
pgport=$(sed -n 4p "$dir/postgres/postmaster.pid")
PGPASSWORD=$(sed -n 's/^owner=//p' "$dir/database.secret") \
  psql -q -h localhost -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 -v years="$years" -f "$here/history.sql"
echo "Kindred on port $port with $years years of history (pid $(cat "$dir/kindred.pid")); then: bench/insight/pages.sh $port"
