package org.kindred.casework;

import java.time.LocalDate;

/** The child's record as a PDF: summary, plans, chronology and notes in a date range; every print audited. */
public interface RecordPrint {
    /** A PDF of the record from {@code from} to {@code to} inclusive, the viewer's name and time on every page. */
    byte[] pdf(long childId, LocalDate from, LocalDate to);
}
