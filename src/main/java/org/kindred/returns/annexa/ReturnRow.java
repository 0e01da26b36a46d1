package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.Map;
import org.kindred.returns.validation.Cells;

/** A row of a return table as contributors give it: string cells, dates dd/mm/yyyy, codes as the DfE spells them. */
record ReturnRow(Map<String, String> cells) {
    String text(String column) {
        String v = cells.get(column);
        return Cells.blank(v) ? null : v.trim();
    }

    LocalDate date(String column) {
        String v = text(column);
        return v == null ? null : Cells.date(v);
    }

    String child() {
        String id = text("LAchildID");
        return id != null ? id : text("CHILD");
    }

    /** CIN census booleans: "1"/"true". */
    boolean flag(String column) {
        String v = text(column);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    /** A span from start to end (null: still open) that has a day in [from, to]. */
    static boolean overlaps(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        return start != null && !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
