package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the CIN census tables carry a cell: dates dd/mm/yyyy (the XML writer turns them to yyyy-mm-dd), flags 1/0. */
final class CinCodes {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CinCodes() {
    }

    static String date(LocalDate date) { return date == null ? null : DMY.format(date); }

    /** A date after the collection end has not happened yet as far as the return is concerned. */
    static String dateBy(LocalDate date, LocalDate end) { return date == null || date.isAfter(end) ? null : date(date); }

    static String flag(Boolean value) { return value == null ? null : value ? "1" : "0"; }

    /** LAchildID and a place for CINdetailsID. */
    static Map<String, String> row(long child) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("LAchildID", Long.toString(child));
        r.put("CINdetailsID", null);
        return r;
    }
}
