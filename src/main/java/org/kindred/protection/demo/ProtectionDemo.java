package org.kindred.protection.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.AssessedReferral;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.shared.demo.DemoStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * County-scale child protection and child in need demo data, continuing the front door's year (its step runs
 * first): for each child whose single assessment ended in a strategy discussion, the discussion and what followed
 * (section 47 enquiries, initial conferences about a fifth late, a few hundred open plans and more ended in the
 * year, some repeat plans, reviews, core groups and visits, some overdue now); for each whose assessment ended in a
 * child in need plan, the plan and its reviews. Batch inserts, once.
 */
@Component
@RequiredArgsConstructor
class ProtectionDemo implements DemoStep {
    private final JdbcTemplate jdbc;
    private final AssessedReferral.Reader referrals;

    @Override
    public int order() { return 300; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        Integer existing = jdbc.queryForObject("select count(*) from strategy_discussion", Integer.class);
        if (existing != null && existing > 0) return "protection: already there";
        LocalDate today = context.today();
        List<AssessedReferral> toStrategy = referrals.authorisedBetween(today.minusYears(1), today,
                List.of(AssessmentOutcome.STRATEGY_DISCUSSION));
        List<AssessedReferral> toCinPlan = referrals.authorisedBetween(today.minusYears(1), today,
                List.of(AssessmentOutcome.CHILD_IN_NEED_PLAN));
        if (toStrategy.isEmpty() && toCinPlan.isEmpty()) return "protection: no assessed referrals to follow";
        ProtectionDemoRows rows = new DemoCases(today, context.seed() + 300, toStrategy, toCinPlan).build();
        for (String table : ProtectionDemoRows.INSERT_ORDER) {
            Map.Entry<String, List<Object[]>> t = Map.entry(table, rows.tables.getOrDefault(table, List.of()));
            if (t.getValue().isEmpty()) continue;
            String cols = ProtectionDemoRows.COLUMNS.get(t.getKey());
            String marks = String.join(", ", Collections.nCopies(cols.split(",").length, "?"));
            jdbc.batchUpdate("insert into " + t.getKey() + " (" + cols + ") values (" + marks + ")", t.getValue(),
                    1000, (ps, row) -> {
                        for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                    });
            jdbc.queryForObject("select setval(pg_get_serial_sequence('" + t.getKey() + "', 'id'), "
                    + "(select max(id) from " + t.getKey() + "))", Long.class);
        }
        return "protection: " + rows.count("strategy_discussion") + " strategy discussions, "
                + rows.count("section47_enquiry") + " section 47 enquiries, " + rows.count("cp_plan")
                + " child protection plans (" + jdbc.queryForObject(
                        "select count(*) from cp_plan where end_date is null", Integer.class) + " open), "
                + rows.count("cin_plan") + " child in need plans";
    }
}
