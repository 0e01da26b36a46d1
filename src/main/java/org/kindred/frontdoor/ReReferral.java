package org.kindred.frontdoor;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A referral is a re-referral when the same child had a previous referral within the 12 months before it
 * (DfE, Children in need census guide, "re-referrals": "referrals which occurred within 12 months of a
 * previous referral"; the national indicator of repeat demand, about 22% in England). A previous referral
 * dated exactly 12 months earlier still counts; one on the same date counts only when it was recorded first,
 * which the caller decides by passing only the referrals that precede this one.
 */
public final class ReReferral {
    private ReReferral() {
    }

    /**
     * @param referralDate the date of the referral being judged
     * @param earlierReferralDates the dates of the same child's referrals recorded before this one
     */
    public static boolean isReReferral(LocalDate referralDate, Collection<LocalDate> earlierReferralDates) {
        LocalDate windowStart = referralDate.minusMonths(12);
        return earlierReferralDates.stream().anyMatch(d -> !d.isAfter(referralDate) && !d.isBefore(windowStart));
    }
}
