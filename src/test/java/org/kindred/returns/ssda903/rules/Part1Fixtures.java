package org.kindred.returns.ssda903.rules;

import java.time.LocalDate;
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

/** A tiny builder for rule tests: tables of string cells (null = missing), metadata, and the rows a rule flags. */
final class Part1Fixtures {
    private Part1Fixtures() {
    }

    static String[] cols(String... names) { return names; }

    static String[] r(String... cells) { return cells; }

    static Table t(String name, String[] columns, String[]... rows) {
        List<List<String>> data = new ArrayList<>();
        for (String[] row : rows) {
            data.add(new ArrayList<>(Arrays.asList(row)));
        }
        return new Table(name, Arrays.asList(columns), data);
    }

    /** A one-column table. */
    static Table col(String name, String column, String... cells) {
        List<List<String>> data = new ArrayList<>();
        for (String c : cells) {
            List<String> row = new ArrayList<>();
            row.add(c);
            data.add(row);
        }
        return new Table(name, List.of(column), data);
    }

    static Metadata year(String start, String end) {
        return new Metadata(date(start), date(end), null, null, null, null);
    }

    static Metadata format(String fileFormat) {
        return new Metadata(null, null, null, null, null, fileFormat);
    }

    static LocalDate date(String ddmmyyyy) {
        return ddmmyyyy == null ? null : LocalDate.parse(ddmmyyyy, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static ReturnData data(Metadata metadata, Table... tables) {
        Map<String, Table> m = new LinkedHashMap<>();
        for (Table t : tables) {
            m.put(t.name(), t);
        }
        return new ReturnData(m, metadata);
    }

    static ReturnData data(Table... tables) { return data(null, tables); }

    /** The rows the rule flags in one table. */
    static Set<Integer> flagged(Rule rule, ReturnData data, String table) {
        RuleResult result = rule.validate(data);
        Set<Integer> rows = new TreeSet<>();
        for (Issue i : result.issues()) {
            if (table.equals(i.table())) {
                rows.add(i.row());
            }
        }
        return rows;
    }

    /** The tables the rule flags anything in. */
    static Set<String> flaggedTables(Rule rule, ReturnData data) {
        Set<String> tables = new TreeSet<>();
        rule.validate(data).issues().forEach(i -> tables.add(i.table()));
        return tables;
    }
}
