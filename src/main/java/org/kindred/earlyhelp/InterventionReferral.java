package org.kindred.earlyhelp;

import java.time.LocalDate;

/**
 * A referral to an intervention with its latest state; the child's name comes from the register. {@code
 * protectionFgcId}: a family group conference referred in child protection, whose steps are recorded there (ADR 0030).
 */
public record InterventionReferral(long id, Intervention service, long childId, String childName, LocalDate dateOfBirth,
                                   Long episodeId, ReferralSource source, LocalDate referredOn, String reason,
                                   ReferralStatus status, LocalDate acceptedOn, LocalDate declinedOn,
                                   LocalDate startedOn, LocalDate endedOn, String statusReason, Boolean livingAtHome,
                                   Boolean inEducation, Boolean noNewOffences, Integer goalScoreStart,
                                   Integer goalScoreEnd, Long protectionFgcId) {

    /** Days on the waiting list: from acceptance to the start, or to {@code today} while waiting. */
    public Long daysWaited(LocalDate today) {
        if (acceptedOn == null) return null;
        LocalDate until = startedOn != null ? startedOn : status == ReferralStatus.WAITING ? today : endedOn;
        return until == null ? null : java.time.temporal.ChronoUnit.DAYS.between(acceptedOn, until);
    }
}
