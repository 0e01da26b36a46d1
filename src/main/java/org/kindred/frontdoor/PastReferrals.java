package org.kindred.frontdoor;

import java.util.List;
import java.util.Map;

/**
 * Referrals from past returns, many at a time: what an import of a county's census needs (tens of thousands), where
 * {@link Contacts#record} and {@link Contacts#decide} take a dozen statements each. The same rules, the same rows,
 * the same audit entries and chronology; only the reads a worker's page needs are left out.
 */
public interface PastReferrals {
    /**
     * What the front door would refuse in this referral, field by field, as {@link Contacts#record} (the contact's
     * fields) then {@link Contacts#decide} (the decision's) would refuse it; empty when it would take it. Reads and
     * writes nothing.
     */
    Map<String, String> refusal(PastReferral referral);

    /**
     * Records each contact, decided as a referral, and its referral, in a few statements for them all. Refused as a
     * whole, changing nothing, when any would be ({@link #refusal}, or a child that is not on the register or hidden
     * from the user): the field names the referral ("referrals[i].field"). Returns the referrals' ids, in order.
     */
    List<Long> recordAll(List<PastReferral> referrals);
}
