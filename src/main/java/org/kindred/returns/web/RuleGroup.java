package org.kindred.returns.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.Failure;

/**
 * The failures of one rule, for the page: code, message, error or query, how many, and the first few to fix
 * (a rule can flag thousands of rows; the page lists {@value #SHOWN}, the export has them all).
 */
record RuleGroup(String code, String message, boolean error, int count, List<Shown> shown) {
    static final int SHOWN = 50;

    /** Groups in the report's order (rule order), errors before queries. */
    static List<RuleGroup> of(List<Failure> failures) {
        Map<String, List<Failure>> byRule = new LinkedHashMap<>();
        failures.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        List<RuleGroup> groups = new ArrayList<>();
        byRule.forEach((code, list) -> groups.add(new RuleGroup(code, list.get(0).message(), list.get(0).error(),
                list.size(), list.subList(0, Math.min(SHOWN, list.size())).stream().map(Shown::of).toList())));
        groups.sort((a, b) -> Boolean.compare(b.error(), a.error()));
        return groups;
    }

    /** One failure as listed: who (with the link to the child's record when it names one), and where. */
    record Shown(String child, String link, String where) {
        static Shown of(Failure f) {
            String where = f.table() == null ? null
                    : f.table() + (f.field() == null || f.field().isEmpty() ? "" : ", " + f.field());
            return new Shown(f.child(), childLink(f), where);
        }
    }

    /** The child's record in Kindred, when the failure names a child by register id. */
    static String childLink(Failure f) {
        return f.child() != null && f.child().trim().matches("\\d{1,18}") ? "/children/" + f.child().trim() : null;
    }
}
