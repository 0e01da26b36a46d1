#!/usr/bin/env bash
# One node, then two, behind nginx on one PostgreSQL 15 server, the same N people each time, figures side by side
# (issue 21; docs/performance.md "500 users"). A throwaway PostgreSQL 15 cluster (fsync on, as in production) on port
# 8470; node A with --demo (the full county, made once); nginx on 8462 in front of A alone: measured; node B started
# on the same database, nginx on 8463 in front of both (round robin): measured; the two tables joined; all stopped.
# Uses bin/lib/cluster.sh, as bin/two-nodes does. Needs Debian's postgresql-15 and nginx.
# Usage: bench/load/two-nodes.sh [users=500] [seconds=180]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/load/lib.sh
users=${1:-500}
seconds=${2:-180}
think=${KINDRED_LOAD_THINK_MS:-5000}
cluster_prerequisites
cluster_workdir load-two-nodes
about_the_run
say "PostgreSQL 15 on port $PG_PORT"
PG_OPTIONS="-c max_connections=200 -c shared_buffers=512MB" pg_start "$PG_PORT" on
say "node A on port $A_PORT with --demo"
NODE_JAVA_OPTS="$(node_opts a)" node_start a "$A_PORT" --demo
nodes_ready 900 "$A_PORT"
say "node A ready"; demo_counts
export NGINX_KEEPALIVE=64 NGINX_ACCESS_LOG=off
nginx_start "$ONE_PROXY" "$A_PORT"
say "== one node behind nginx (port $ONE_PROXY)"
drive "http://127.0.0.1:$ONE_PROXY" "$users" "$seconds" "$WORK/one.tsv" --think-ms "$think"
say "node B on port $B_PORT (same database; --demo for the demo accounts, it generates nothing)"
NODE_JAVA_OPTS="$(node_opts b)" node_start b "$B_PORT" --demo
nodes_ready 900 "$A_PORT" "$B_PORT"
nginx_start "$TWO_PROXY" "$A_PORT" "$B_PORT"
say "== two nodes behind nginx (port $TWO_PROXY)"
drive "http://127.0.0.1:$TWO_PROXY" "$users" "$seconds" "$WORK/two.tsv" --think-ms "$think"
echo
echo "$users users, think $think ms, $seconds s each, $(nproc) cores, one PostgreSQL 15, nginx in front of both runs:"
echo "| page | one node: requests / errors | p50 / p95 / p99 ms | two nodes: requests / errors | p50 / p95 / p99 ms |"
echo "| --- | --- | --- | --- | --- |"
awk -F'\t' 'NR == FNR { one[$1] = $2 " / " $3 " | " $4 " / " $5 " / " $6; next }
            { printf "| %s | %s | %s / %s | %s / %s / %s |\n", $1, one[$1], $2, $3, $4, $5, $6 }' "$WORK/one.tsv" "$WORK/two.tsv"
node_problems
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
failed=0
