package org.kindred.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.Issue;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A tiny builder of SSDA903 test returns: tables written as "A|B|C" header and rows, "~" for a missing cell. */
final class Part4Tables {
    private Part4Tables() {
    }

    static Table table(String name, String columns, String... rows) {
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            List<String> r = new ArrayList<>();
            for (String cell : row.split("\\|", -1)) {
                r.add(cell.equals("~") ? null : cell);
            }
            cells.add(r);
        }
        return new Table(name, Arrays.asList(columns.split("\\|")), cells);
    }

    static ReturnData data(Table... tables) { return data(null, null, tables); }

    /** A return with the collection period given as dd/mm/yyyy (either may be null). */
    static ReturnData data(String start, String end, Table... tables) {
        return data(new Metadata(Cells.date(start), Cells.date(end), null, null, null, null), tables);
    }

    static ReturnData data(Metadata metadata, Table... tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (Table t : tables) {
            map.put(t.name(), t);
        }
        return new ReturnData(map, metadata);
    }

    /** The rows flagged in one table, in order. */
    static Set<Integer> flagged(RuleResult result, String table) {
        Set<Integer> rows = new TreeSet<>();
        for (Issue i : result.issues()) {
            if (i.table().equals(table)) {
                rows.add(i.row());
            }
        }
        return rows;
    }

    /** The tables the result flags anything in. */
    static Set<String> flaggedTables(RuleResult result) {
        Set<String> tables = new TreeSet<>();
        result.issues().forEach(i -> tables.add(i.table()));
        return tables;
    }

    static LocalDate d(String ddmmyyyy) { return Cells.date(ddmmyyyy); }
}
