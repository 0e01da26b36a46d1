#!/usr/bin/env bash
# The duplicate sweep over the 150,000-person demo register: generates the demo data in a fresh data directory
# (or reuses DIR), then times `kindred register sweep`. Usage: bench/register/sweep.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-$(mktemp -d /tmp/kindred-sweep-XXXX)}
[ -f target/kindred.jar ] || mvn -q -B package -DskipTests
if [ ! -f "$data/.demo-done" ]; then
  java -jar target/kindred.jar demo-data --data-dir "$data" > "$data/demo.log" 2>&1
  touch "$data/.demo-done"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
java -jar target/kindred.jar register sweep --data-dir "$data" | tee "$data/sweep.log"
end=$(date +%s.%N)
echo "register sweep, start-up included: $(echo "$end - $start" | bc) s (data in $data)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
