package org.kindred.allocation.internal;

import static org.kindred.insight.Months.SERIES;

import org.kindred.allocation.SocialWorkersInYear;
import org.kindred.insight.Measure;
import org.kindred.insight.MeasureKind;
import org.kindred.insight.SqlMeasure;
import org.kindred.insight.SqlMeasure.Definition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Allocation's measures for the insight pages: children held, and changes of social worker. */
@Configuration(proxyBeanMethods = false)
class AllocationMeasures {
    /** Allocated on the month's last day. */
    private static final String HELD_AT_MONTH_END =
            "a.start_date <= s.month_end and (a.end_date is null or a.end_date > s.month_end)";
    /**
     * Distinct workers whose allocation of the child overlaps the 12 months up to the month's end
     * ({@link SocialWorkersInYear}, in SQL).
     */
    private static final String WORKERS_IN_YEAR = """
            (select count(distinct h.worker_id) from allocation h where h.child_id = a.child_id
               and h.start_date <= s.month_end
               and (h.end_date is null or h.end_date >= cast(s.month_end - interval '12 months' as date)))""";

    @Bean
    @Order(40)
    Measure threeOrMoreWorkersMeasure(JdbcClient jdbc) {
        String many = WORKERS_IN_YEAR + " >= " + SocialWorkersInYear.HIGHLIGHT_FROM;
        return new SqlMeasure(jdbc, new Definition("allocation.three-workers", "Children with 3 or more social workers",
                "Of the children allocated to a worker on the last day of the month, the share who had 3 or more"
                        + " different social workers in the 12 months up to it (the DfE's stability measure, counted"
                        + " over every allocated child).",
                MeasureKind.PERCENT, "a.child_id",
                "select s.month, count(*) filter (where " + many + ") as n, count(*) as base from " + SERIES
                        + " s join allocation a on " + HELD_AT_MONTH_END + " and {scope} group by s.month",
                "select a.child_id, a.start_date as on_date, " + WORKERS_IN_YEAR
                        + " || ' social workers in 12 months' as detail, " + many + " as counted from " + SERIES
                        + " s join allocation a on " + HELD_AT_MONTH_END + " and {scope} order by a.child_id"));
    }

    @Bean
    @Order(41)
    Measure childrenAllocatedMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("allocation.children-allocated", "Children allocated to a worker",
                "Children allocated to a social worker or front-door worker on the last day of the month: the"
                        + " caseloads added up (the team page lists each worker's caseload today).",
                MeasureKind.LEVEL, "a.child_id",
                "select s.month, count(a.id) as n from " + SERIES + " s left join allocation a on "
                        + HELD_AT_MONTH_END + " and {scope} group by s.month",
                "select a.child_id, a.start_date as on_date, 'Allocated to ' || a.worker_name as detail,"
                        + " true as counted from " + SERIES + " s join allocation a on " + HELD_AT_MONTH_END
                        + " and {scope} order by a.child_id"));
    }

    /** How many children the worker of allocation {@code a} held on the month's end. */
    private static final String CASELOAD = """
            (select count(*) from allocation w where w.worker_id = a.worker_id
               and w.start_date <= s.month_end and (w.end_date is null or w.end_date > s.month_end))""";

    @Bean
    @Order(42)
    Measure averageCaseloadMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("allocation.average-caseload", "Average caseload per worker",
                "Children allocated on the last day of the month divided by the workers holding at least one of them:"
                        + " the mean caseload (DfE, children's social work workforce statistics: average caseload per"
                        + " case-holding worker, there at 30 September). The children behind a month show each one's"
                        + " worker and that worker's caseload, so the spread is in the list and its CSV.",
                MeasureKind.AVERAGE, "a.child_id",
                "select s.month, count(a.id) as n, count(distinct a.worker_id) as base from " + SERIES
                        + " s join allocation a on " + HELD_AT_MONTH_END + " and {scope} group by s.month",
                "select a.child_id, a.start_date as on_date, a.worker_name || ', caseload ' || " + CASELOAD
                        + " as detail, true as counted from " + SERIES + " s join allocation a on " + HELD_AT_MONTH_END
                        + " and {scope} order by a.worker_name, a.child_id"));
    }
}
