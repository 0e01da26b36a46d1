package org.kindred.frontdoor;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral whose single assessment was authorised, with the assessment's outcome: where the work after the front
 * door starts (a strategy discussion, a child in need plan). Protection's demo data continues these children's
 * stories from here, so that its enquiries and plans hang under the referral that led to them, as the CIN census
 * expects.
 */
public record AssessedReferral(long childId, long referralId, LocalDate referralDate, LocalDate authorisedOn,
                               AssessmentOutcome outcome) {

    /** Reads them: a system read for demo data and statutory work, not audited per child. */
    public interface Reader {
        /** Referrals whose assessment was authorised from {@code from} to {@code to} with one of {@code outcomes}. */
        List<AssessedReferral> authorisedBetween(LocalDate from, LocalDate to, List<AssessmentOutcome> outcomes);
    }
}
