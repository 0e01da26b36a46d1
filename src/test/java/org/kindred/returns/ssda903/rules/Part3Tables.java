package org.kindred.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kindred.returns.validation.Issue;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A tiny builder for the SSDA903 rule tests of codes 399-601: tables written as "a|b|~" rows, ~ for a missing cell. */
final class Part3Tables {
    private Part3Tables() {
    }

    static Table table(String name, String columns, String... rows) {
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            List<String> values = new ArrayList<>();
            for (String cell : row.split("\\|", -1)) {
                values.add(cell.equals("~") ? null : cell);
            }
            cells.add(values);
        }
        return new Table(name, Arrays.asList(columns.split(",")), cells);
    }

    static ReturnData data(Table... tables) {
        return data(new Metadata(null, null, null, null, null, null), tables);
    }

    static ReturnData data(Metadata metadata, Table... tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Table t : tables) {
            byName.put(t.name(), t);
        }
        return new ReturnData(byName, metadata);
    }

    /** The collection period 1 April (endYear - 1) to 31 March endYear. */
    static Metadata year(int endYear) {
        return Metadata.forCollectionEnding(endYear, null);
    }

    static Metadata period(String start, String end) {
        return new Metadata(parse(start), parse(end), null, null, null, null);
    }

    static Metadata collectionYear(String year) {
        return new Metadata(null, null, year, null, null, null);
    }

    static Metadata localAuthority(String la) {
        return new Metadata(null, null, null, la, null, null);
    }

    private static LocalDate parse(String ddmmyyyy) {
        String[] p = ddmmyyyy.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    /** The flagged rows per table, e.g. {Episodes=[1, 3]}. */
    static Map<String, Set<Integer>> flags(RuleResult result) {
        Map<String, Set<Integer>> flags = new TreeMap<>();
        for (Issue issue : result.issues()) {
            flags.computeIfAbsent(issue.table(), k -> new TreeSet<>()).add(issue.row());
        }
        return flags;
    }

    /** Expected flags: flagged("Episodes", 1, 3). */
    static Map<String, Set<Integer>> flagged(String table, Integer... rows) {
        Map<String, Set<Integer>> flags = new TreeMap<>();
        if (rows.length > 0) {
            flags.put(table, new TreeSet<>(Arrays.asList(rows)));
        }
        return flags;
    }

    static Map<String, Set<Integer>> flagged(String table, List<Integer> rows, String table2, List<Integer> rows2) {
        Map<String, Set<Integer>> flags = new TreeMap<>();
        if (!rows.isEmpty()) {
            flags.put(table, new TreeSet<>(rows));
        }
        if (!rows2.isEmpty()) {
            flags.put(table2, new TreeSet<>(rows2));
        }
        return flags;
    }
}
