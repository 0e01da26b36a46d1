# Shared by bench/load/users.sh, two-nodes.sh and soak.sh (sourced from the repository root). Kindred's own set-up
# (PostgreSQL 15, nodes, nginx) comes from bin/lib/cluster.sh, which bin/two-nodes uses too.
# Ports 8460-8479: node A 8460, node B 8461, nginx 8462 (one node) and 8463 (two nodes), PostgreSQL 8470.
START=$(date +%s)
say() { printf '[load %4ss] %s\n' "$(( $(date +%s) - START ))" "$*"; }
fail() { echo "load: FAILED: $*" >&2; exit 1; }
# shellcheck source=../../bin/lib/cluster.sh
. bin/lib/cluster.sh
trap cluster_cleanup EXIT

read -r A_PORT B_PORT ONE_PROXY TWO_PROXY PG_PORT <<<"${KINDRED_LOAD_PORTS:-8460 8461 8462 8463 8470}"
WARMUP=${KINDRED_LOAD_WARMUP:-60}
# The server JVM: a fixed heap (steady sizes for the soak), GC logged with wall-clock milliseconds
NODE_HEAP=${KINDRED_LOAD_HEAP:-2g}
node_opts() { echo "-Xms$NODE_HEAP -Xmx$NODE_HEAP -Xlog:gc:file=$WORK/gc-$1.log:timemillis,uptime"; }
# The driver: Java 21+ for virtual threads when installed (Temurin 25 here), C1 and the serial collector (cheap)
DRIVER_JAVA=${KINDRED_LOAD_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$DRIVER_JAVA" ] || DRIVER_JAVA=java

[ -f target/kindred.jar ] || { say "building target/kindred.jar"; mvn -B -q package -DskipTests; }

about_the_run() {
  say "$(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores,"\
" $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

demo_counts() { # what the county holds, from the node's log
  grep -E 'Demo county|Workforce:' "$WORK/node-a.log" | sed 's/.*\] //' | tail -n 12 || true
}

drive() { # base users seconds summary-file [more driver options...]
  local base=$1 users=$2 seconds=$3 summary=$4
  shift 4
  "$DRIVER_JAVA" -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 bench/load/Users.java --base "$base" \
    --users "$users" --warmup "$WARMUP" --seconds "$seconds" --summary "$summary" "$@"
}

node_problems() { # what the nodes logged as WARN or ERROR, most frequent first (overload shows here: pool timeouts)
  local lines
  lines=$(grep -hE ' (WARN|ERROR) ' "$WORK"/node-*.log 2>/dev/null | sed -E 's/^.*(WARN|ERROR) /\1 /; s/\[[^]]*\]//g' \
    | sed -E 's/[0-9]+/N/g' | cut -c1-180 | sort | uniq -c | sort -rn | head -n 8 || true)
  if [ -n "$lines" ]; then echo "node logs, WARN/ERROR (count, message):"; echo "$lines"; else echo "node logs: no WARN or ERROR"; fi
}
