package org.kindred.recruitment.internal;

import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * The campaign's promise (issue 15, from the trust's refreshed campaign in which the chief executive personally
 * contacts every applicant): a named senior leader contacts each applicant within 5 working days of the application,
 * counted on England's working-day calendar. A promise of the service, not a statute.
 */
final class ApplicantContactDue {
    static final int WORKING_DAYS = 5;

    private ApplicantContactDue() {
    }

    static LocalDate after(LocalDate appliedOn) {
        return WorkingDays.england().plusWorkingDays(appliedOn, WORKING_DAYS);
    }
}
