package org.kindred.frontdoor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Each child's referral dates and ids, read in one query for the statutory returns, where the CIN census hangs
 * section 47 enquiries and plans under the referral (CINdetails) they belong to. A system read for an export
 * that is audited as a whole, so it does not audit per child.
 */
public record ReferralDates(Map<Long, NavigableMap<LocalDate, Long>> byChild) {

    /** The id of the child's latest referral on or before {@code on}. */
    public Optional<Long> latestOnOrBefore(long childId, LocalDate on) {
        NavigableMap<LocalDate, Long> dates = byChild.get(childId);
        Map.Entry<LocalDate, Long> e = dates == null ? null : dates.floorEntry(on);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** Reads them. */
    public interface Reader {
        ReferralDates forChildren(Collection<Long> childIds);
    }
}
