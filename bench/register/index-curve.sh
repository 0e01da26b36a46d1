#!/usr/bin/env bash
# The person search index's size and query cost at 1, 2 and 5 million people, extrapolated to 20 million
# (issue 21, docs/scaling.md "The search index at national scale"). Drives the index code (LucenePersonIndex) directly,
# without PostgreSQL or the web: that is the part whose cost grows with the register. One fresh JVM per size (run the
# script niced on a shared machine).
# Usage: bench/register/index-curve.sh [sizes=1000000,2000000,5000000] [queries=2000]
# Writes target/index-curve/results.txt (one CURVE line per size), prints the table, and puts the figures into the
# documentation: docs/scaling-index-curve.svg (the chart) and the table between the index-curve markers of
# docs/scaling.md (with the date, the sizes and the load average), ready to commit.
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
java -cp "$cp" org.kindred.person.matching.bench.IndexCurve --report "$out/results.txt" docs/scaling-index-curve.svg \
  | tee "$out/report.md"
{
  echo "Measured $(date -u +%F), \`bench/register/index-curve.sh $sizes $queries\`, load average at the end"\
" $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores:"
  echo
  grep -v '^chart:' "$out/report.md"
} >"$out/section.md"
awk -v section="$out/section.md" '
  /<!-- index-curve:start -->/ { print; while ((getline line < section) > 0) print line; skip = 1; next }
  /<!-- index-curve:end -->/ { skip = 0 }
  !skip' docs/scaling.md >"$out/scaling.md" && cp "$out/scaling.md" docs/scaling.md
echo "docs/scaling.md (between the index-curve markers) and docs/scaling-index-curve.svg updated"
