#!/usr/bin/env bash
# N people at once on one Kindred node over the main pages (issue 21; docs/performance.md "500 users"): starts
# `serve --demo` on a fresh data directory (its embedded PostgreSQL, the full demo county), waits until it is ready,
# signs every user in, warms up for 60 s, measures, prints the table per page (p50/p95/p99, errors), stops Kindred.
# Usage: bench/load/users.sh [users=500] [seconds=180]
# Environment: KINDRED_LOAD_THINK_MS (mean think time, 5000), KINDRED_LOAD_WARMUP (60), KINDRED_LOAD_HEAP (2g),
# KINDRED_DEMO_PEOPLE (150000), KINDRED_LOAD_PORTS ("8460 8461 8462 8463 8470").
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/load/lib.sh
users=${1:-500}
seconds=${2:-180}
cluster_workdir load-users
about_the_run
say "one node (embedded PostgreSQL) on port $A_PORT with --demo"
NODE_JAVA_OPTS="$(node_opts a)" node_start a "$A_PORT" --demo
nodes_ready 900 "$A_PORT"
say "ready"; demo_counts
drive "http://127.0.0.1:$A_PORT" "$users" "$seconds" "$WORK/one-node.tsv" --think-ms "${KINDRED_LOAD_THINK_MS:-5000}"
node_problems
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
failed=0
