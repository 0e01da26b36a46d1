package org.kindred.workforce.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.kindred.shared.Problems;

/** The measures' period and team as asked for: months as yyyy-mm, at most five years, three years by default. */
record MeasuresRequest(YearMonth from, YearMonth to, String team) {
    static final int MAX_MONTHS = 60;

    /** The request, or every problem with it refused at once (for the API and the download). */
    static MeasuresRequest read(String from, String to, String team, LocalDate today) {
        Problems p = new Problems();
        MeasuresRequest r = read(from, to, team, today, p);
        p.throwIfAny();
        return r;
    }

    static MeasuresRequest read(String from, String to, String team, LocalDate today, Problems p) {
        YearMonth t = month(to, "to", YearMonth.from(today), p);
        YearMonth f = month(from, "from", t.minusMonths(35), p);
        if (!p.has("from") && !p.has("to")) {
            if (f.isAfter(t)) p.add("from", "The first month must not be after the last");
            else if (f.plusMonths(MAX_MONTHS).isBefore(t.plusMonths(1))) p.add("from", "Ask for at most five years");
        }
        return new MeasuresRequest(f, t, team == null || team.isBlank() ? null : team.trim());
    }

    private static YearMonth month(String s, String field, YearMonth fallback, Problems p) {
        if (s == null || s.isBlank()) return fallback;
        try {
            return YearMonth.parse(s.trim().length() > 7 ? s.trim().substring(0, 7) : s.trim());
        } catch (DateTimeParseException e) {
            p.add(field, "Enter a month as yyyy-mm, like 2026-04");
            return fallback;
        }
    }
}
