package org.kindred.allocation;

import java.time.LocalDate;
import java.util.List;

/**
 * What moved children between workers in the past: staff who left, agency engagements that ended and ASYE years
 * that ended, each with how many of the worker's children it moved. The demo's allocation history is made to agree
 * with them (a leaver's children are reallocated around the leaving date), so that the continuity forecast can be
 * back-tested on it. Provided by the workforce module, whose demo step runs first; allocation never imports workforce.
 */
public interface StaffEndings {
    /** Endings on days in [from, to], by date. */
    List<Ending> between(LocalDate from, LocalDate to);

    /**
     * @param start the worker's start (they held no child before it); @param on the day it ended;
     * @param reason the change's reason (LEFTRL, FCONTA or MANAGE); @param children how many children it moved
     */
    record Ending(long userId, String username, String name, String team, LocalDate start, LocalDate on,
                  ChangeReason reason, int children) {
    }
}
