package org.kindred.returns.cin.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kindred.returns.validation.Issue;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A tiny builder for CIN rule tests: tables from "a|b|c" rows ("~" is a missing cell), flags as "Table|row|column". */
final class CinTestData {
    private CinTestData() {
    }

    /** A table with columns "A,B,C" and rows "1|2|3". */
    static Table t(String name, String columns, String... rows) {
        List<String> cols = Arrays.asList(columns.split(","));
        List<List<String>> data = new ArrayList<>();
        for (String r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : r.split("\\|", -1)) {
                cells.add(c.equals("~") ? null : c);
            }
            data.add(cells);
        }
        return new Table(name, cols, data);
    }

    static Table header(String referenceDate) {
        return t("Header", "ReferenceDate", referenceDate);
    }

    static ReturnData data(Table... tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (Table t : tables) {
            map.put(t.name(), t);
        }
        return new ReturnData(map, new Metadata(null, null, null, null, null, null));
    }

    /** Where the rule flags, sorted, as "Table|row|column". */
    static Set<String> flags(Rule rule, Table... tables) {
        RuleResult result = rule.validate(data(tables));
        Set<String> out = new TreeSet<>();
        for (Issue i : result.issues()) {
            out.add(i.table() + "|" + i.row() + "|" + i.column());
        }
        return out;
    }

    static boolean failsReturn(Rule rule, Table... tables) {
        return rule.validate(data(tables)).returnLevelFailure();
    }

    /** The expected flags: each of the rows in each of the columns of one table. */
    static Set<String> cells(String table, String columns, int... rows) {
        Set<String> out = new TreeSet<>();
        for (String c : columns.split(",")) {
            for (int r : rows) {
                out.add(table + "|" + r + "|" + c);
            }
        }
        return out;
    }

    @SafeVarargs
    static Set<String> all(Set<String>... sets) {
        Set<String> out = new TreeSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }
}
