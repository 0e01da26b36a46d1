package org.kindred.returns.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One rule unit case in the neutral JSONL format of shared/conformance (see its README):
 * the input tables, and exactly where the rule must flag.
 */
record RuleCase(String id, String suite, String code, String ruleset, ReturnData input,
                Set<String> expected, boolean expectReturnLevel) {

    static RuleCase from(JsonNode c) {
        String suite = c.get("suite").asString();
        boolean cin = !suite.equals("ssda903");
        JsonNode in = c.get("input");
        Map<String, Table> tables = new LinkedHashMap<>();
        Metadata metadata = new Metadata(null, null, null, null, null, null);
        for (var e : in.properties()) {
            if (e.getKey().equals("metadata")) {
                metadata = metadata(e.getValue(), cin);
            } else {
                tables.put(e.getKey(), table(e.getKey(), e.getValue(), cin));
            }
        }
        Set<String> expected = new HashSet<>();
        boolean returnLevel = false;
        if (cin) {
            for (JsonNode loc : c.get("expected_issue_locations")) {
                expected.add(loc.get("table").asString() + "|" + loc.get("row").asInt() + "|" + loc.get("column").asString());
            }
            returnLevel = c.path("expected_return_level_failure").asBoolean(false);
        } else {
            for (var e : c.get("expected_flagged").properties()) {
                for (JsonNode row : e.getValue()) {
                    expected.add(e.getKey() + "|" + row.asInt());
                }
            }
        }
        return new RuleCase(c.get("case_id").asString(), suite, c.get("rule_code").asString(),
                c.get("ruleset").asString(), new ReturnData(tables, metadata), expected, returnLevel);
    }

    /** What the rule found, in the same terms as {@link #expected}. */
    Set<String> found(RuleResult result) {
        Set<String> found = new HashSet<>();
        for (Issue i : result.issues()) {
            if (i.returnLevel()) {
                continue;
            }
            found.add(suite.equals("ssda903") ? i.table() + "|" + i.row() : i.table() + "|" + i.row() + "|" + i.column());
        }
        return found;
    }

    boolean passes(RuleResult result) {
        return found(result).equals(expected) && (suite.equals("ssda903") || result.returnLevelFailure() == expectReturnLevel);
    }

    private static Metadata metadata(JsonNode m, boolean cin) {
        return new Metadata(Cells.date(metadataDate(m.get("collection_start"), cin)), Cells.date(metadataDate(m.get("collection_end"), cin)),
                text(m.get("collectionYear"), cin), text(m.get("localAuthority"), cin),
                m.has("provider_info") ? table("provider_info", m.get("provider_info"), cin) : null,
                text(m.get("file_format"), cin));
    }

    /**
     * A collection date as the case gives it: dd/mm/yyyy text, or a test's already-parsed timestamp (rule 1016's
     * test passes one), which may arrive as {"$datetime": ...} or as pandas prints it, "2020-03-31 00:00:00".
     */
    private static String metadataDate(JsonNode cell, boolean cin) {
        String text = text(cell, cin);
        return text != null && text.length() == 19 && text.charAt(4) == '-' && text.charAt(10) == ' '
                ? text.substring(0, 10) : text;
    }

    private static Table table(String name, JsonNode t, boolean cin) {
        List<String> columns = new ArrayList<>();
        t.get("columns").forEach(col -> columns.add(col.asString()));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : t.get("rows")) {
            List<String> cells = new ArrayList<>();
            r.forEach(cell -> cells.add(text(cell, cin)));
            rows.add(cells);
        }
        return new Table(name, columns, rows);
    }

    /**
     * A cell as the files would carry it: strings as they are, whole numbers without ".0",
     * already-parsed dates as the file format writes dates (dd/mm/yyyy for SSDA903, yyyy-mm-dd for CIN),
     * and a multi-valued cell (CIN assessment factors) as its codes joined by commas.
     */
    static String text(JsonNode cell, boolean cin) {
        if (cell == null || cell.isNull()) {
            return null;
        }
        if (cell.isObject() && cell.has("$datetime")) {
            LocalDate d = LocalDate.parse(cell.get("$datetime").asString().substring(0, 10));
            return cin ? d.toString() : d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        if (cell.isArray()) {
            List<String> parts = new ArrayList<>();
            cell.forEach(p -> parts.add(text(p, cin)));
            return String.join(",", parts);
        }
        if (cell.isNumber()) {
            double d = cell.asDouble();
            return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : cell.asString();
        }
        return cell.asString();
    }
}
