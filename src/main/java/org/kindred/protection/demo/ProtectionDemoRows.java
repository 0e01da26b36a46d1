package org.kindred.protection.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of each demo table with ids given here (the tables are empty), written in batches at the end. */
final class ProtectionDemoRows {
    final Map<String, List<Object[]>> tables = new LinkedHashMap<>();
    private final Map<String, Long> nextId = new LinkedHashMap<>();

    /** Tables before the tables whose rows name theirs. */
    static final List<String> INSERT_ORDER = List.of("strategy_discussion", "section47_enquiry", "cp_plan",
            "cp_conference", "cp_core_group", "cp_visit", "cin_plan", "cin_plan_review");

    static final Map<String, String> COLUMNS = Map.of(
            "strategy_discussion", "id, child_id, held_on, route, agencies, information, decision, created_by",
            "section47_enquiry", "id, child_id, strategy_discussion_id, start_date, strategy_on, icpc_target, "
                    + "child_seen_on, outcome, outcome_on, icpc_not_required, icpc_date, created_by",
            "cp_plan", "id, child_id, icpc_date, start_date, initial_category, latest_category, end_date, end_reason, "
                    + "ended_by, created_by",
            "cp_conference", "id, child_id, type, section47_id, plan_id, held_on, chair, attendees, decision, "
                    + "category, created_by",
            "cp_core_group", "id, plan_id, child_id, held_on, attendees, next_due, created_by",
            "cp_visit", "id, plan_id, child_id, visited_on, seen, seen_alone, visited_by, created_by",
            "cin_plan", "id, child_id, start_date, end_date, end_reason, ended_by, created_by",
            "cin_plan_review", "id, cin_plan_id, child_id, held_on, created_by");

    /** Adds a row (without its id and created_by) and returns its id. */
    long add(String table, Object... values) {
        long id = nextId.merge(table, 1L, Long::sum);
        Object[] row = new Object[values.length + 2];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        row[row.length - 1] = "demo";
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        return id;
    }

    int count(String table) { return tables.getOrDefault(table, List.of()).size(); }
}
