package org.kindred.protection.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the pages write them. */
final class ProtectionText {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private ProtectionText() {
    }

    static String date(LocalDate d) { return d == null ? "" : LONG.format(d); }
}
