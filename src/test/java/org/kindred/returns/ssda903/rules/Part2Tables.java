package org.kindred.returns.ssda903.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.Issue;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A tiny builder of SSDA903 returns for the rule tests of codes 204-398. */
final class Part2Tables {
    /** A cell written as this token is missing. */
    static final String NA = "~";

    private Part2Tables() {
    }

    /** A table from a comma-separated header and rows of "|"-separated cells ("~" for a missing cell). */
    static Table table(String name, String columns, String... rows) {
        List<List<String>> body = new ArrayList<>();
        for (String row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row.split("\\|", -1)) {
                cells.add(cell.equals(NA) ? null : cell);
            }
            body.add(cells);
        }
        return new Table(name, Arrays.asList(columns.split(",")), body);
    }

    static Metadata meta(String start, String end) {
        return new Metadata(Cells.date(start), Cells.date(end), null, null, null, null);
    }

    static Metadata meta(String start, String end, String localAuthority, Table providers, String format) {
        return new Metadata(Cells.date(start), Cells.date(end), null, localAuthority, providers, format);
    }

    static ReturnData data(Metadata metadata, Table... tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (Table t : tables) {
            map.put(t.name(), t);
        }
        return new ReturnData(map, metadata == null ? meta(null, null) : metadata);
    }

    static ReturnData data(Table... tables) {
        return data(null, tables);
    }

    /** The rows the result flags in the table, in order. */
    static List<Integer> flagged(RuleResult result, String table) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (Issue i : result.issues()) {
            if (i.table().equals(table)) {
                rows.add(i.row());
            }
        }
        return new ArrayList<>(rows);
    }

    /** The tables the result flags anything in. */
    static List<String> flaggedTables(RuleResult result) {
        TreeSet<String> names = new TreeSet<>();
        result.issues().forEach(i -> names.add(i.table()));
        return new ArrayList<>(names);
    }
}
