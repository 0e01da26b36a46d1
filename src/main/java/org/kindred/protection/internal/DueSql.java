package org.kindred.protection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kindred.protection.DueKind;

/**
 * What is due, in one statement of only the kinds asked for. d1 is where each clock starts (ICPC target, conference
 * date or CIN plan start), d2 the latest step that restarts it (review, core group's next date, visit seen, CIN
 * review), d3 the latest core group held. The partial indexes of V2 keep open plans and waiting enquiries short scans.
 */
final class DueSql {
    private DueSql() {
    }

    static String query(boolean filtered, Set<DueKind> kinds) {
        boolean visits = kinds.contains(DueKind.VISIT);
        List<String> parts = new ArrayList<>();
        if (kinds.contains(DueKind.INITIAL_CONFERENCE)) parts.add("""
                select 'INITIAL_CONFERENCE' as kind, child_id, id as record_id, icpc_target as d1, strategy_on as d2,
                       null::date as d3, null::text as category
                  from section47_enquiry
                  where icpc_date is null and deleted_at is null and (outcome is null or outcome = 'CONFERENCE_NEEDED')
                    and icpc_target <= :h""" + only(filtered, "child_id"));
        if (kinds.contains(DueKind.REVIEW_CONFERENCE)) parts.add("""
                select 'REVIEW_CONFERENCE', child_id, id, icpc_date, last_review, null::date, latest_category from plans
                  where coalesce(last_review + interval '6 months', icpc_date + interval '3 months') <= :h""");
        if (kinds.contains(DueKind.CORE_GROUP)) parts.add("""
                select 'CORE_GROUP', child_id, id, icpc_date, cg_next, cg_held, latest_category from plans
                  where (cg_held is null and icpc_date <= :h) or cg_next <= :h""");
        if (visits) parts.add("""
                select 'VISIT', child_id, id, icpc_date, last_seen, null::date, latest_category from plans
                  where greatest(icpc_date, last_seen) <= :h - 14""");
        if (kinds.contains(DueKind.CIN_PLAN_REVIEW)) parts.add("""
                select 'CIN_PLAN_REVIEW', c.child_id, c.id, c.start_date, r.last_review, null::date, null::text
                  from cin_plan c
                  left join lateral (select max(held_on) as last_review from cin_plan_review r
                      where r.cin_plan_id = c.id and r.deleted_at is null) r on true
                  where c.end_date is null and c.deleted_at is null
                    and coalesce(r.last_review, c.start_date) + interval '3 months' <= :h""" + only(filtered, "c.child_id"));
        if (parts.isEmpty()) parts.add("select 'VISIT', 0::bigint, 0::bigint, null::date, null::date, null::date, null::text where false");
        return plans(filtered, visits) + String.join("\nunion all\n", parts);
    }

    /** Open plans with their latest review, core group and (only when visits are asked for) visit at which seen. */
    private static String plans(boolean filtered, boolean visits) {
        return """
                with plans as (
                  select p.id, p.child_id, p.icpc_date, p.latest_category,
                    (select max(c.held_on) from cp_conference c
                      where c.plan_id = p.id and c.type = 'REVIEW' and c.deleted_at is null) as last_review,
                    %s as last_seen, cg.held_on as cg_held, cg.next_due as cg_next
                  from cp_plan p
                  left join lateral (select g.held_on, g.next_due from cp_core_group g
                      where g.plan_id = p.id and g.deleted_at is null order by g.held_on desc, g.id desc limit 1) cg on true
                  where p.end_date is null and p.deleted_at is null %s)
                """.formatted(visits ? """
                (select max(v.visited_on) from cp_visit v where v.plan_id = p.id and v.seen and v.deleted_at is null)"""
                : "null::date", only(filtered, "p.child_id"));
    }

    private static String only(boolean filtered, String column) {
        return filtered ? " and " + column + " = any(:ids)" : "";
    }
}
