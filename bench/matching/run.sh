#!/bin/sh
# Person search benchmark (docs/performance.md, "Person search (matching engine)").
# Usage: bench/matching/run.sh [people=1000000] [queries=5000]   (run from the repository root)
# Needs the shared reference data at ../shared/matching, or set KINDRED_MATCHING_DATA.
set -e
cd "$(dirname "$0")/../.."
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx6g -Xms2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.kindred.person.matching.bench.PersonSearchBenchmark "$@"
