package org.kindred.protection.internal;

/** The rows of a CIN census year: what happened in it, or was still open at its start. */
final class CinCensusSql {
    private CinCensusSql() {
    }

    static final String SECTION47 = """
            select child_id, start_date, icpc_target, icpc_date, icpc_not_required from section47_enquiry
            where deleted_at is null and start_date <= :to
              and (start_date >= :from or icpc_date >= :from or (icpc_date is null and outcome is null))
            order by child_id, start_date, id""";

    /** A child protection plan that counts (alias {@code p}): recorded, not deleted, and started. */
    static final String PLAN_COUNTS = "p.deleted_at is null and p.start_date is not null";

    /** Plans open at some time in the year (an unborn child's plan counts from birth), their reviews in the year. */
    static final String PLANS = """
            select p.id, p.child_id, p.start_date, p.end_date, p.initial_category, p.latest_category,
              (select count(*) from cp_plan e where e.child_id = p.child_id and e.deleted_at is null
                 and (e.icpc_date, e.id) < (p.icpc_date, p.id)) as previous,
              (select string_agg(c.held_on::text, ',' order by c.held_on) from cp_conference c
                 where c.plan_id = p.id and c.type = 'REVIEW' and c.deleted_at is null
                   and c.held_on between :from and :to) as reviews
            from cp_plan p
            where\s""" + PLAN_COUNTS + """
             and p.start_date <= :to
              and (p.end_date is null or p.end_date >= :from)
            order by p.child_id, p.start_date, p.id""";

    static final String CIN_PLANS = """
            select child_id, start_date, end_date from cin_plan
            where deleted_at is null and start_date <= :to and (end_date is null or end_date >= :from)
            order by child_id, start_date, id""";
}
