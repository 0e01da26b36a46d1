#!/usr/bin/env bash
# Benchmark of `kindred returns validate` (SSDA903), JVM start included.
#
#   (a) the fake return in shared/conformance: the CSV directory and fake_903.xml, collection 2024
#   (a2) the fake CSV directory through bin/kindred (class data sharing archive)
#   (b) a synthetic national-scale return (100,000 children, ~300,000 episodes) written by
#       bench/returns/Ssda903Generator.java into a temporary directory
#   (c) the fake CIN census; (d) the fake SSDA903 return copied 40 times (bench/returns/copies.sh), under -Xmx2g,
#       the input issue 19 compares with the DfE's reference validator (160-174 s there)
# At the end: the median wall time per input.
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
CIN_RUNS=${CIN_RUNS:-$RUNS}
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
# Each run's wall time is also kept for the summary printed at the end (median per input).
summary=()
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
        echo "$label	$(tail -1 "$tmp/err" | sed -E 's/.*run [0-9]+: ([0-9.]+) s wall.*/\1/')" >>"$tmp/times"
    done
}

tmp=$(mktemp -d)
if [[ -n ${KEEP:-} ]]; then
    trap 'echo "kept $tmp" >&2' EXIT
else
    trap 'rm -rf "$tmp"' EXIT
fi

validate=(java -jar "$JAR" returns validate --return ssda903 --year "$YEAR")
validate_cin=(java -jar "$JAR" returns validate --return cin --year "$YEAR" --no-schema)
cin=$CONFORMANCE/cin/fake_data/CIN_Census_2021.xml

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

echo "## (a2) the same through bin/kindred (extracted jar and a class data sharing archive; the first run makes it)"
bin/kindred returns validate --return ssda903 --year "$YEAR" "$fake" >/dev/null 2>&1 || true
timed "fake CSV directory, bin/kindred (CDS)" "$repo/bin/kindred" returns validate --return ssda903 --year "$YEAR" "$fake"

echo "## (c) CIN: the fake census (--no-schema: the fake files break every year's schema)"
RUNS=$CIN_RUNS timed "fake CIN census" "${validate_cin[@]}" "$cin"

echo "## (d) the fake return copied 40 times (bench/returns/copies.sh: 107,000 children, 202,000 episodes), -Xmx2g"
bench/returns/copies.sh "$tmp/copies40" 40
RUNS=$NATIONAL_RUNS timed "fake return x40, -Xmx2g" java -Xmx2g -jar "$JAR" returns validate --return ssda903 --year "$YEAR" "$tmp/copies40"
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

echo "## median wall time per input (s)"
cut -f1 "$tmp/times" | sort -u | while IFS= read -r label; do
    awk -F'\t' -v l="$label" '$1 == l { print $2 }' "$tmp/times" | sort -n |
        awk -v l="$label" '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
                                                printf "%-45s %8.2f  (%d runs)\n", l, m, NR }'
done
