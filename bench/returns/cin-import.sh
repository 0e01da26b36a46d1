#!/usr/bin/env bash
# Imports a county-sized fake CIN census (default 48,000 children, about 200 MB: the fake census's children copied
# with new ids, src/test/.../cin/CinCensusCopies.java) into a fresh embedded data directory with the command line in
# a 1 GB heap (-Xmx1g), printing the import's progress lines; then says the time, the peak heap after a collection
# (from the GC log) and the process's peak resident size. Needs target/kindred.jar and target/test-classes
# (nice mvn -B -q -o -DskipTests package). ../shared must be beside the checkout.
#
# Usage: bench/returns/cin-import.sh [CHILDREN] [WORK_DIR]   (KINDRED_JAR, TEST_CLASSES: copies to use instead)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-48000}
work=${2:-$(mktemp -d /tmp/kindred-cin-import.XXXXXX)}
jar=${KINDRED_JAR:-$repo/target/kindred.jar}
classes=${TEST_CLASSES:-$repo/target/test-classes}
mkdir -p "$work"
java -cp "$classes" org.kindred.returns.cin.CinCensusCopies "$work/census.xml" "$n" \
    "$repo/../shared/conformance/cin/fake_data/fake_CIN_data.xml"
# A strong password nobody needs again: the import runs as this administrator.
password="bench-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" | java -jar "$jar" users add --data-dir "$work/data" --username importer \
    --name "Census Importer" --role ADMINISTRATOR --password-stdin >/dev/null
status=0
/usr/bin/time -v -o "$work/time.txt" java -Xmx1g -Xlog:gc:file="$work/gc.log" -jar "$jar" returns import \
    --return cin --as importer --data-dir "$work/data" "$work/census.xml" || status=$?
echo "exit $status"
grep -E "Elapsed|Maximum resident" "$work/time.txt"
# The largest heap left in use after a collection: what the import really holds.
awk 'match($0, /->[0-9]+M/) { v = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (v > max) max = v }
     END { printf "peak heap after a collection: %d MB (of -Xmx1g)\n", max }' "$work/gc.log"
echo "work directory (census, data, GC log): $work"
exit $status
