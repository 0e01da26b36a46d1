#!/usr/bin/env bash
# The person search index's size and query cost at 1, 2 and 5 million people, extrapolated to 20 million
# (issue 21, docs/scaling.md "The search index at national scale"). Drives the index code (LucenePersonIndex) directly,
# without PostgreSQL or the web: that is the part whose cost grows with the register. One fresh JVM per size (run the
# script niced on a shared machine).
# Usage: bench/register/index-curve.sh [sizes=1000000,2000000,5000000] [queries=2000]
# Writes target/index-curve/results.txt (one CURVE line per size), prints the table and writes
# target/index-curve/index-curve.svg (copy it to docs/ when the figures go into docs/scaling.md).
# Needs the shared reference data at ../shared/matching. CPU heavy: about 30 s of index build per million people
# on a quiet 2-core machine, and 1.3 GB of heap per million.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${1:-1000000,2000000,5000000}
queries=${2:-2000}
out=target/index-curve
mkdir -p "$out"
[ -f target/bench-classpath.txt ] && [ -f target/test-classes/org/kindred/person/matching/bench/IndexCurve.class ] \
  || nice mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
: > "$out/results.txt"
echo "index curve: sizes $sizes, $queries queries each; $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for people in ${sizes//,/ }; do
  heap=$(( 2 + people * 13 / 10000000 ))g   # 2 GB + 1.3 GB per million
  echo "== $people people (-Xmx$heap)"
  java -Xmx"$heap" -XX:+UseParallelGC -cp "$cp" org.kindred.person.matching.bench.IndexCurve "$people" "$queries" \
    | tee -a "$out/results.txt"
done
java -cp "$cp" org.kindred.person.matching.bench.IndexCurve --report "$out/results.txt" "$out/index-curve.svg"
