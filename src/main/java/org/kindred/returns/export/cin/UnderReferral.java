package org.kindred.returns.export.cin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.frontdoor.ReferralDates;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * Rows that hang under the child's referral (CINdetailsID: the latest referral on or before the row's start), read
 * for all their children at once once every row is made.
 */
final class UnderReferral {
    private UnderReferral() {
    }

    /** A row waiting for its CINdetailsID. */
    record Pending(String table, long child, java.time.LocalDate on, Map<String, String> row) {
    }

    static void add(List<Pending> pending, ReferralDates.Reader referrals, Rows rows) {
        ReferralDates dates = referrals.forChildren(pending.stream().map(Pending::child).distinct().toList());
        for (Pending p : pending) {
            p.row().put("CINdetailsID", (p.on() == null ? Optional.<Long>empty()
                    : dates.latestOnOrBefore(p.child(), p.on())).map(String::valueOf).orElse(null));
            rows.add(p.table(), p.row());
        }
    }
}
