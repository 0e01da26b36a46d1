#!/usr/bin/env bash
# Rows per table in the demo county (docs/scaling.md "Sizes"): a throwaway PostgreSQL 15 on port 8470, one node with
# --demo (the full county unless KINDRED_DEMO_PEOPLE says otherwise), then an exact count of every table's rows and
# its size on disk (table, indexes and TOAST), largest first; all stopped. Usage: bench/load/rows.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/load/lib.sh
cluster_prerequisites
cluster_workdir load-rows
about_the_run
PG_OPTIONS="-c max_connections=100" pg_start "$PG_PORT" off
NODE_JAVA_OPTS="-Xmx2g" node_start a "$A_PORT" --demo
nodes_ready 900 "$A_PORT"
say "demo county in"; demo_counts
sleep 5 # the last asynchronous listeners
psql_pg "vacuum analyze" kindred
echo "| table | rows | MB on disk |"
echo "| --- | --- | --- |"
psql_pg "select '| ' || c.relname || ' | ' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text || ' | ' || round(pg_total_relation_size(c.oid) / 1e6, 1) || ' |' from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') order by pg_total_relation_size(c.oid) desc" kindred
echo "database: $(psql_pg "select pg_size_pretty(pg_database_size('kindred'))" kindred)"
failed=0
