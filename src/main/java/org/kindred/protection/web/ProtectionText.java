package org.kindred.protection.web;

import org.kindred.shared.time.UkTime;
import java.time.LocalDate;

/** Dates as the pages write them. */
final class ProtectionText {

    private ProtectionText() {
    }

    static String date(LocalDate d) { return UkTime.written(d); }
}
