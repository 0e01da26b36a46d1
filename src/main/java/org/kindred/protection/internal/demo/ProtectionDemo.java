package org.kindred.protection.internal.demo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kindred.person.SyntheticRegister;
import org.kindred.shared.demo.DemoStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * County-scale child protection and child in need demo data: strategy discussions, section 47 enquiries, initial
 * conferences (about a fifth late), about 350 open plans and more ended in the year (some repeat plans), reviews,
 * core groups and visits (some overdue now), and about 1,000 open child in need plans. Children come from the
 * synthetic register (the front door's API has no "children referred in the year" read). Batch inserts, once.
 */
@Component
class ProtectionDemo implements DemoStep {
    private final JdbcTemplate jdbc;
    private final SyntheticRegister register;

    ProtectionDemo(JdbcTemplate jdbc, SyntheticRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @Override
    public int order() { return 300; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        Integer existing = jdbc.queryForObject("select count(*) from strategy_discussion", Integer.class);
        if (existing != null && existing > 0) return "protection: already there";
        List<Long> children = register.sampleChildren(DemoCases.CHILDREN, context.seed() + 300, 0, 17,
                context.today(), Collections.emptyList());
        if (children.isEmpty()) return "protection: no children in the register";
        DemoRows rows = new DemoCases(context.today(), context.seed() + 300, children).build();
        for (Map.Entry<String, List<Object[]>> t : rows.tables.entrySet()) {
            String cols = DemoRows.COLUMNS.get(t.getKey());
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
