package org.kindred.fostering;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * An enquiry from a prospective foster carer is answered within 1 working day of its arrival. This is the
 * authority's service standard (Fostering National Minimum Standards 2011, standard 13, asks for a prompt,
 * informative response to enquiries; the day is the authority's own commitment). An enquiry arriving on a
 * weekend or bank holiday is due on the next working day after the next working day begins.
 */
public final class FirstResponseDue {
    public static final int WORKING_DAYS = 1;

    private FirstResponseDue() {
    }

    public static LocalDate from(LocalDate receivedOn) {
        return WorkingDays.england().plusWorkingDays(receivedOn, WORKING_DAYS);
    }
}
