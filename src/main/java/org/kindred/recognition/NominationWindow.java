package org.kindred.recognition;

import java.time.LocalDate;

/** A period in which colleagues nominate colleagues, and the day their certificates are given. */
public record NominationWindow(long id, String name, LocalDate opensOn, LocalDate closesOn, LocalDate celebrationOn,
                               String openedBy) {

    public boolean openOn(LocalDate day) { return !day.isBefore(opensOn) && !day.isAfter(closesOn); }

    /** From the celebration on, nominees see their nominations and certificates can be made. */
    public boolean celebratedBy(LocalDate day) { return !day.isBefore(celebrationOn); }
}
