package org.kindred.allocation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A worker's protected caseload where one applies (an ASYE's year), so that allocation warns when a child would take
 * the worker over it. Provided by the workforce module, which holds the employment records: allocation asks through
 * this interface and never imports workforce (workforce already reads allocation's caseloads).
 */
public interface CaseloadCaps {
    /** The cap on the worker's caseload on the day, with why, if one applies. */
    Optional<Cap> capFor(long workerId, LocalDate day);

    record Cap(int children, String why) {
    }
}
