#!/usr/bin/env bash
# Issue 15's budget: 1,200 nominations to every nominee's certificate in under 30 s. Starts Kindred with the demo
# (a small register: the recognition demo is the same size whatever the county's size) in a throw-away data
# directory, signs in as the demo administrator and makes the certificates of the demo's past window (1,200
# nominations) twice: as one PDF and as a zip of one PDF per nominee. The time is from the request to the progress
# page saying "Ready to download", polled every 0.2 s.
# Usage: bench/recognition/certificates.sh [port]    (needs target/kindred.jar: mvn -B -q package -DskipTests;
#        KINDRED_JAR=path runs another jar)
set -euo pipefail
port=${1:-8421}
base="http://localhost:$port"
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
jar=$(mktemp)
page=$(mktemp)
KINDRED_DEMO_PEOPLE=${KINDRED_DEMO_PEOPLE:-5000} java -jar "${KINDRED_JAR:-target/kindred.jar}" serve --demo --port "$port" --data-dir "$data" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data" "$jar" "$page"' EXIT
for i in $(seq 1 600); do
  [ "$(curl -s "$base/actuator/health/readiness" | grep -c '"UP"')" = 1 ] && break
  sleep 1
done
curl -s -c "$jar" "$base/login" -o "$page"
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" --data-urlencode "username=admin" \
  --data-urlencode "password=kindred-demo-2026" --data-urlencode "_csrf=$(csrf)"
curl -s -b "$jar" "$base/recognition" -o "$page"
window=$(grep -o '/recognition/windows/[0-9][0-9]*' "$page" | sed 's/.*\///' | sort -n | head -1)
curl -s -b "$jar" "$base/recognition/windows/$window" -o "$page"
flat=$(tr -d '\n' < "$page")
echo "window $window: $(grep -o 'Nominations</dt> *<dd[^>]*>[0-9]*' <<< "$flat" | sed 's/.*>//') nominations," \
  "$(grep -o 'Colleagues nominated</dt> *<dd[^>]*>[0-9]*' <<< "$flat" | sed 's/.*>//') nominees"
for packing in ONE_PDF ZIP; do
  start=$(date +%s.%N)
  build=$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' -X POST "$base/recognition/windows/$window/certificates" \
    --data-urlencode "packing=$packing" --data-urlencode "_csrf=$(csrf)")
  until curl -s -b "$jar" "$build" | grep -q 'Ready to download'; do sleep 0.2; done
  end=$(date +%s.%N)
  bytes=$(curl -s -b "$jar" "$build/file" | wc -c)
  printf '%s: %.1f s, %s bytes\n' "$packing" "$(echo "$end - $start" | bc)" "$bytes"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
