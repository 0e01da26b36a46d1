package org.kindred.recruitment;

import java.time.LocalDate;

/**
 * An applicant with the date of each step reached; contactDue is the leader's 5-working-day promise.
 */
public record Applicant(long id, long campaignId, String campaign, Long vacancyId, String vacancy, String name,
                        String email, Stage stage, LocalDate appliedOn, LocalDate contactDue, LocalDate contactedOn,
                        LocalDate shortlistedOn, LocalDate interviewedOn, LocalDate offeredOn, LocalDate startedOn,
                        LocalDate withdrawnOn, String withdrawnReason) {

    /** Days from application to offer accepted and start: the time to hire, once started. */
    public Long daysToHire() {
        return startedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(appliedOn, startedOn);
    }

    public boolean contactOverdueOn(LocalDate today) { return contactedOn == null && stage == Stage.APPLIED && contactDue.isBefore(today); }
}
