#!/usr/bin/env bash
# The soak (issue 21): N people for M minutes on one node (embedded PostgreSQL, full demo county), a line a minute,
# and the server's heap after GC from its GC log: a full collection (jcmd GC.run) at minute 5 and at minute M, whose
# "after" sizes must be within 10%; beside it the lowest heap after any collection, minute by minute.
# Usage: bench/load/soak.sh [users=200] [minutes=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/load/lib.sh
users=${1:-200}
minutes=${2:-30}
[ "$minutes" -ge 6 ] || fail "a soak needs at least 6 minutes (heap compared from minute 5)"
cluster_workdir load-soak
about_the_run
say "one node (embedded PostgreSQL) on port $A_PORT with --demo, GC logged"
NODE_JAVA_OPTS="$(node_opts a)" node_start a "$A_PORT" --demo
nodes_ready 900 "$A_PORT"
say "ready"; demo_counts
drive "http://127.0.0.1:$A_PORT" "$users" $((minutes * 60)) "$WORK/soak.tsv" --think-ms "${KINDRED_LOAD_THINK_MS:-5000}" \
  --report-every 60 --server-pid "${PIDS[0]}" --full-gc-at "5,$minutes" | tee "$WORK/driver.log"
from=$(sed -n 's/^measure-start-epoch-ms //p' "$WORK/driver.log")
echo
echo "Heap after GC (server log $WORK/gc-a.log), minute by minute from the start of measurement:"
# lines like: [12.345s][1765096800123ms] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 812M->301M(2048M) 4.1ms
awk -v from="$from" -v minutes="$minutes" '
  match($0, /\[[0-9]+ms\]/) {
    t = substr($0, RSTART + 1, RLENGTH - 4); minute = int((t - from) / 60000) + 1
    if (minute == minutes + 1) minute = minutes # the last forced collection lands just after the last minute
    if (minute < 1 || minute > minutes || !match($0, /[0-9]+M->[0-9]+M/)) next
    split(substr($0, RSTART, RLENGTH), s, "->"); after = s[2] + 0
    n[minute]++; if (!(minute in lo) || after < lo[minute]) lo[minute] = after; if (after > hi[minute]) hi[minute] = after
    # forced by jcmd GC.run (cause "Diagnostic Command") or System.gc()
    if ($0 ~ /Pause Full \((Diagnostic Command|System.gc\(\))\)/) { fulls++; full[fulls] = after " MB (forced after minute " (fulls == 1 ? 5 : minutes) ")" }
  }
  END {
    print "| minute | collections | lowest heap after GC (MB) | highest (MB) |"; print "| --- | --- | --- | --- |"
    for (m = 1; m <= minutes; m++) printf "| %d | %d | %s | %s |\n", m, n[m], lo[m], hi[m]
    for (i = 1; i <= fulls; i++) printf "full collection %d: %s\n", i, full[i]
  }' "$WORK/gc-a.log" | tee "$WORK/heap.txt"
first=$(sed -n 's/^full collection 1: \([0-9]*\) MB.*/\1/p' "$WORK/heap.txt")
last=$(sed -n 's/^full collection 2: \([0-9]*\) MB.*/\1/p' "$WORK/heap.txt")
if [ -n "$first" ] && [ -n "$last" ]; then
  awk -v a="$first" -v b="$last" 'BEGIN { d = (b - a) * 100 / a; printf "heap after full GC: %d MB at minute 5, %d MB at the end: %+.1f%% (within 10%%: %s)\n", a, b, d, (d <= 10 && d >= -10) ? "yes" : "NO" }'
else
  echo "heap after full GC: not found in the GC log (jcmd missing?)"
fi
node_problems
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
failed=0
