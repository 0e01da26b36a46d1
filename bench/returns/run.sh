#!/usr/bin/env bash
# Benchmark of `kindred returns validate` (SSDA903), JVM start included.
#
#   (a) the fake return in shared/conformance: the CSV directory and fake_903.xml, collection 2024
#   (b) a synthetic national-scale return (100,000 children, ~300,000 episodes) written by
#       bench/returns/Ssda903Generator.java into a temporary directory
#
# Each case runs RUNS times (default 10; hyperfine with one warm-up run); wall time, CPU time and peak RSS are printed for every run, and
# hyperfine's summary as well for (a) when hyperfine is installed (apt-get install -y hyperfine).
# Budgets: (a) under 2 s, (b) under 60 s.
#
# Usage, from anywhere:  bench/returns/run.sh
# Environment: RUNS=10  NATIONAL_RUNS=3  CHILDREN=100000  YEAR=2024  CONFORMANCE=<repo>/../shared/conformance
#              JAR=<repo>/target/kindred.jar (built with `mvn -q -o -B package -DskipTests` when missing)
#              KEEP=1 keeps the generated national return and prints where it is.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
RUNS=${RUNS:-10}
NATIONAL_RUNS=${NATIONAL_RUNS:-3}
CHILDREN=${CHILDREN:-100000}
YEAR=${YEAR:-2024}
CONFORMANCE=${CONFORMANCE:-$repo/../shared/conformance}
JAR=${JAR:-$repo/target/kindred.jar}
fake=$CONFORMANCE/ssda903/fake_data

if [[ ! -f $JAR ]]; then
    echo "building $JAR" >&2
    mvn -q -o -B package -DskipTests
fi

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -1)"

# Runs the command RUNS times under /usr/bin/time; exit codes 0 and 1 (errors found in the data) are normal.
timed() {
    local label=$1
    shift
    for ((i = 1; i <= RUNS; i++)); do
        local status=0
        /usr/bin/time -f "$label run $i: %e s wall, %U s user + %S s sys CPU, peak RSS %M KB, exit %x" \
            "$@" >/dev/null 2>"$tmp/err" || status=$?
        if ((status > 1)); then
            cat "$tmp/err" >&2
            echo "$label: unexpected exit $status" >&2
            exit 1
        fi
        tail -1 "$tmp/err"
    done
}

tmp=$(mktemp -d)
if [[ -n ${KEEP:-} ]]; then
    trap 'echo "kept $tmp" >&2' EXIT
else
    trap 'rm -rf "$tmp"' EXIT
fi

validate=(java -jar "$JAR" returns validate --return ssda903 --year "$YEAR")

echo "## (a) fake return (budget 2 s)"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$RUNS" --ignore-failure --style basic \
        -n "fake CSV directory" "${validate[*]} $fake" \
        -n "fake_903.xml" "${validate[*]} $fake/fake_903.xml"
fi
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed "fake CSV directory" "${validate[@]}" "$fake"
timed "fake_903.xml" "${validate[@]}" "$fake/fake_903.xml"
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "## (b) national return (budget 60 s)"
start=$(date +%s.%N)
java "$repo/bench/returns/Ssda903Generator.java" "$tmp/national" "$CHILDREN" "$YEAR"
echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s: $(du -sh "$tmp/national" | cut -f1)," \
     "$(($(wc -l <"$tmp/national/episodes.csv") - 1)) episodes"
RUNS=$NATIONAL_RUNS timed "national CSV directory" "${validate[@]}" "$tmp/national"
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Where the time goes, from the command's own --timings (registry, reading, the slowest rules).
"${validate[@]}" "$tmp/national" --timings 2>&1 >/dev/null | grep '^timing' | head -8 || true
