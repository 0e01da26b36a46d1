package org.kindred.protection.internal;

import static org.kindred.insight.Months.SERIES;
import static org.kindred.protection.internal.CinCensusSql.PLAN_COUNTS;

import org.kindred.insight.Measure;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.insight.MeasureKind;
import org.kindred.insight.SqlMeasure;
import org.kindred.insight.SqlMeasure.Definition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Child protection's measures for the insight pages, counted with the definitions of its CIN census facts. */
@Configuration(proxyBeanMethods = false)
class ProtectionMeasures {
    /** A plan open on the month's last day: started by then, not ended by then (the census's "at 31 March"). */
    private static final String OPEN_AT_MONTH_END =
            "p.start_date <= s.month_end and (p.end_date is null or p.end_date > s.month_end)";

    @Bean
    @Order(20)
    Measure plansOpenMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("protection.cp-plans-open", "Child protection plans open",
                "Children subject of a child protection plan on the last day of the month: the plan started on or"
                        + " before it and had not ended by it (DfE, children in need statistics: plans at 31 March).",
                MeasureKind.LEVEL, "p.child_id",
                "select s.month, count(p.id) as n from " + SERIES + " s left join cp_plan p on " + PLAN_COUNTS
                        + " and " + OPEN_AT_MONTH_END + " and {scope} group by s.month",
                "select p.child_id, p.start_date as on_date, 'Plan started, category '"
                        + " || lower(replace(coalesce(p.latest_category, p.initial_category, 'not recorded'), '_', ' '))"
                        + " as detail, true as counted from " + SERIES + " s join cp_plan p on " + PLAN_COUNTS
                        + " and " + OPEN_AT_MONTH_END + " and {scope} order by p.start_date, p.id"));
    }

    /** The census's count of the child's earlier plans (CinCensusSql.PLANS "previous"), as a condition. */
    private static final String REPEAT = "exists (select 1 from cp_plan e where e.child_id = p.child_id"
            + " and e.deleted_at is null and (e.icpc_date, e.id) < (p.icpc_date, p.id))";
    private static final String PLANS = "cp_plan p where " + PLAN_COUNTS;

    @Bean
    @Order(21)
    Measure plansStartedMeasure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "protection.cp-plans-started", "Child protection plans started",
                "Child protection plans that started in the month (DfE, children in need statistics).", "p.child_id",
                PLANS, "p.start_date", "case when " + REPEAT + " then 'Plan started: a second or later plan'"
                        + " else 'Plan started' end", "p.id");
    }

    @Bean
    @Order(22)
    Measure conferencesInTimeMeasure(JdbcClient jdbc) {
        // The target is stored when the enquiry starts (InitialConferenceDue; the census's InitialCPCtarget).
        return SqlMeasure.share(jdbc, "protection.icpc-15", "Initial conferences within 15 working days",
                "Of the initial child protection conferences held in the month, the share held within 15 working days"
                        + " of the strategy discussion that started the section 47 enquiry: on or before the census's"
                        + " initial conference target (Working Together 2023; DfE, children in need statistics).",
                "e.child_id", SECTION47, "e.icpc_date", "e.icpc_date <= e.icpc_target",
                "'Target ' || to_char(e.icpc_target, 'DD/MM/YYYY')", "e.id");
    }

    @Bean
    @Order(23)
    Measure plansEndedMeasure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "protection.cp-plans-ended", "Child protection plans ended",
                "Child protection plans that ended in the month (DfE, children in need statistics).", "p.child_id",
                PLANS, "p.end_date", "'Plan ended after ' || (p.end_date - p.start_date) || ' days'", "p.id");
    }

    @Bean
    @Order(24)
    Measure repeatPlansMeasure(JdbcClient jdbc) {
        return SqlMeasure.share(jdbc, "protection.repeat-plans", "Second or later child protection plans",
                "Of the child protection plans that started in the month, the share for a child who had a plan before"
                        + " (DfE, children in need statistics: plans for a second or subsequent time).",
                "p.child_id", PLANS, "p.start_date", REPEAT,
                "case when " + REPEAT + " then 'A second or later plan' else 'A first plan' end", "p.id");
    }

    @Bean
    @Order(25)
    Measure section47Measure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "protection.s47", "Section 47 enquiries started",
                "Section 47 enquiries that started in the month (DfE, children in need statistics).", "e.child_id",
                SECTION47, "e.start_date", "case when e.icpc_date is not null then 'Conference held'"
                        + " when e.icpc_not_required then 'No conference needed' else 'Open' end", "e.id");
    }

    private static final String SECTION47 = "section47_enquiry e where e.deleted_at is null";

    /**
     * Plans open at the month's end under one latest category of abuse (the census's LatestCategoryOfAbuse; the DfE
     * publishes the plans at 31 March by it). One measure per category, so each has its chart and children.
     */
    private static Measure openByCategory(JdbcClient jdbc, CategoryOfAbuse category) {
        String in = PLAN_COUNTS + " and " + OPEN_AT_MONTH_END + " and p.latest_category = '" + category.code() + "'";
        return new SqlMeasure(jdbc, new Definition("protection.cp-plans-" + category.code().toLowerCase(),
                "Child protection plans open: " + category.label().toLowerCase(),
                "Children subject of a child protection plan on the last day of the month whose latest category of"
                        + " abuse is " + category.label().toLowerCase() + " (the CIN census's LatestCategoryOfAbuse, "
                        + category.code() + "; DfE, children in need statistics: plans at 31 March by latest category).",
                MeasureKind.LEVEL, "p.child_id",
                "select s.month, count(p.id) as n from " + SERIES + " s left join cp_plan p on " + in
                        + " and {scope} group by s.month",
                "select p.child_id, p.start_date as on_date, 'Plan started, first category '"
                        + " || lower(replace(p.initial_category, '_', ' ')) as detail, true as counted from " + SERIES
                        + " s join cp_plan p on " + in + " and {scope} order by p.start_date, p.id"));
    }

    @Bean
    @Order(26)
    Measure plansNeglectMeasure(JdbcClient jdbc) { return openByCategory(jdbc, CategoryOfAbuse.NEGLECT); }

    @Bean
    @Order(26)
    Measure plansEmotionalMeasure(JdbcClient jdbc) { return openByCategory(jdbc, CategoryOfAbuse.EMOTIONAL); }

    @Bean
    @Order(26)
    Measure plansPhysicalMeasure(JdbcClient jdbc) { return openByCategory(jdbc, CategoryOfAbuse.PHYSICAL); }

    @Bean
    @Order(26)
    Measure plansSexualMeasure(JdbcClient jdbc) { return openByCategory(jdbc, CategoryOfAbuse.SEXUAL); }

    @Bean
    @Order(26)
    Measure plansMultipleMeasure(JdbcClient jdbc) { return openByCategory(jdbc, CategoryOfAbuse.MULTIPLE); }

    /** A plan that lasted two years or more (the DfE's "ceasing ... which lasted 2 years or more"). */
    private static final String TWO_YEARS_OR_MORE = "p.end_date >= cast(p.start_date + interval '2 years' as date)";

    @Bean
    @Order(27)
    Measure plansOverTwoYearsMeasure(JdbcClient jdbc) {
        return SqlMeasure.share(jdbc, "protection.cp-plans-2-years", "Plans ended after 2 years or more",
                "Of the child protection plans that ended in the month, the share that had lasted 2 years or more"
                        + " (DfE, children in need statistics: plans ceasing in the year which lasted 2 years or more).",
                "p.child_id", PLANS, "p.end_date", TWO_YEARS_OR_MORE,
                "'Plan ended after ' || (p.end_date - p.start_date) || ' days'", "p.id");
    }
}
