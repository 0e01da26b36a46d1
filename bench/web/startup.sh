#!/usr/bin/env bash
# Time from `serve --demo` (fresh data directory: database created, demo data generated) to healthy,
# and the memory in use once healthy. Usage: bench/web/startup.sh [port]. Leaves Kindred running.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-8090}
data=$(mktemp -d /tmp/kindred-bench-XXXX)
[ -f target/kindred.jar ] || mvn -q -B package -DskipTests
start=$(date +%s.%N)
java -jar target/kindred.jar serve --demo --port "$port" --data-dir "$data" > "$data/serve.log" 2>&1 &
pid=$!
until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "Kindred exited; see $data/serve.log"; exit 1; }
  sleep 0.5
done
end=$(date +%s.%N)
echo "serve --demo to healthy: $(echo "$end - $start" | bc) s (data in $data, pid $pid)"
jvm_rss=$(ps -o rss= -p $pid)
pg_rss=$(ps -eo rss,args | awk -v d="$data" '$0 ~ d && /postgres/ {s+=$1} END {print s+0}')
heap=$(jcmd $pid GC.heap_info 2>/dev/null | awk '/total/ {print; exit}')
echo "memory once healthy: JVM RSS $((jvm_rss / 1024)) MiB, embedded PostgreSQL RSS $((pg_rss / 1024)) MiB; heap: $heap"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
