#!/usr/bin/env bash
# Issue 13's budget: the child's page (/children/{id}, the story at a glance with genogram) for children on a child
# protection plan and in care, at 50 concurrent users, signed in as the demo social worker. Two runs: first wrk's
# closed loop (2 threads, 50 connections, 30 s: capacity, and the JIT's warm-up), then 50 users as
# docs/performance.md defines them (Load.java: each pauses 0.5-1.5 s between requests), two minutes unmeasured and then
# 30 s measured: the budget's figure. Children are taken from the looked-after list; those without an open plan are put on one through
# the API (strategy discussion, section 47 enquiry, initial conference by the demo chair) until 20 are both.
# Usage: bench/web/child-story.sh [port]   (Kindred running with --demo, e.g. after bench/web/startup.sh)
set -euo pipefail
port=${1:-8090}
base="http://localhost:$port"
password=kindred-demo-2026
token() { curl -fs -X POST -u "$1:$password" "$base/api/v1/tokens" | jq -r .token; }
worker=$(token worker); chair=$(token chair)
api() { curl -fs -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
both=()
for id in $(api "$worker" "$base/api/v1/care/looked-after?size=200" | jq -r '.children[].childId' | head -60); do
  open=$(api "$worker" "$base/api/v1/cp-plans?childId=$id" | jq '[.[] | select(.endDate == null)] | length')
  if [ "$open" = 0 ]; then
    held=$(date -d '-40 days' +%F)
    sd=$(api "$worker" -X POST "$base/api/v1/strategy-discussions" -d "{\"childId\":$id,\"heldOn\":\"$held\",\"route\":\"OPEN_CASE\",\"agencies\":\"Police\",\"information\":\"Bench\",\"decision\":\"SECTION_47\"}" | jq -r .id) || continue
    s47=$(api "$worker" -X POST "$base/api/v1/section47-enquiries" -d "{\"strategyDiscussionId\":$sd,\"startDate\":\"$held\"}" | jq -r .id) || continue
    api "$chair" -X POST "$base/api/v1/conferences" -d "{\"type\":\"INITIAL\",\"section47Id\":$s47,\"heldOn\":\"$(date -d '-30 days' +%F)\",\"chair\":\"Charlie Chair\",\"attendees\":\"Bench\",\"decision\":\"PLAN\",\"category\":\"NEG\"}" >/dev/null || continue
  fi
  both+=("$id")
  [ ${#both[@]} -ge 20 ] && break
done
echo "children on a plan and in care: ${#both[@]} (${both[*]})"
[ ${#both[@]} -gt 0 ] || { echo "no child on a plan and in care"; exit 1; }
. "$(dirname "$0")/../lib/sign-in.sh"
cookie=$(sign_in "$base" worker "$password")
page=$(curl -fs -b "$cookie" "$base/children/${both[0]}")
for want in "Child protection plan" "Looked after" "Genogram"; do
  echo "$page" | grep -q "$want" || { echo "check failed: /children/${both[0]} lacks '$want'"; exit 1; }
done
KINDRED_COOKIE="$cookie" KINDRED_IDS="${both[*]}" \
  wrk -t2 -c50 -d30s --latency -s "$(dirname "$0")/child-story.lua" "$base"
# wrk leaves requests queued in the server when it stops (its 2 s time-outs): let them drain before the users come.
sleep 20
# The 50 users of the budget: first two minutes of them unmeasured, so that the JIT has compiled what they use (a
# server that has just started spends a third of its CPU compiling; one serving all day does not), then 30 s measured.
load() { (cd "$(dirname "$0")" && java Load.java --base "$base" --path '/children/{id}' --ids "${both[*]}" --user worker \
  --users 50 --think-ms 1000 "$@"); }
echo "warm-up, not measured:"; load --seconds 120 | tail -1
echo "measured:"; load --seconds 30
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
