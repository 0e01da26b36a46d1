package org.kindred.shared.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table gathered column by column, then inserted as one statement from arrays (unnest): many
 * thousands of rows in well under a second, where row-by-row inserts take minutes.
 */
public final class Columns {
    private final String table;
    private final String[] names;
    private final String[] types;
    private final List<List<Object>> values = new ArrayList<>();

    /** @param spec "name type" pairs, e.g. "id bigint", "received_at timestamptz" */
    public Columns(String table, String... spec) {
        this.table = table;
        this.names = new String[spec.length];
        this.types = new String[spec.length];
        for (int i = 0; i < spec.length; i++) {
            String[] p = spec[i].split(" ", 2);
            names[i] = p[0];
            types[i] = p[1];
            values.add(new ArrayList<>());
        }
    }

    /** One row, in the order of the spec; LocalDate and Instant become their JDBC types. */
    public void add(Object... row) {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v instanceof java.time.LocalDate d) v = java.sql.Date.valueOf(d);
            else if (v instanceof java.time.Instant t) v = java.sql.Timestamp.from(t);
            values.get(i).add(v);
        }
    }

    private String arrayType(int i) { return types[i].equals("csv") ? "text" : types[i]; }

    public int size() { return values.get(0).size(); }

    public int insertInto(JdbcTemplate jdbc) {
        if (size() == 0) return 0;
        // A "csv" column travels as text and becomes a text[] (a two-dimensional array would unnest flat).
        StringBuilder unnest = new StringBuilder();
        StringBuilder select = new StringBuilder();
        StringBuilder alias = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String sep = i == 0 ? "" : ", ";
            unnest.append(sep).append("?::").append(arrayType(i)).append("[]");
            alias.append(sep).append("c").append(i);
            select.append(sep).append(types[i].equals("csv") ? "string_to_array(c" + i + ", ',')" : "c" + i);
        }
        String sql = "insert into " + table + " (" + String.join(", ", names) + ") select " + select
                + " from unnest(" + unnest + ") as u(" + alias + ")";
        return jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < names.length; i++) {
                    ps.setArray(i + 1, c.createArrayOf(arrayType(i), values.get(i).toArray()));
                }
                return ps.executeUpdate();
            }
        });
    }

    /** The first of {@code n} ids taken from the table's id sequence, which is moved past them. */
    public static long reserveIds(JdbcTemplate jdbc, String sequence, int n) {
        return jdbc.queryForObject("select setval(?::regclass, nextval(?::regclass) + ?) - ? + 1", Long.class,
                sequence, sequence, n, n);
    }
}
