package org.kindred.earlyhelp;

import java.util.List;
import java.util.Optional;

/**
 * Referrals to the interventions in the catalogue. Every read and change is audited; referrals about children the
 * user may not see are left out, and counted nowhere on a page.
 */
public interface Interventions {
    /** Refused (field "childId") when the child is outside the service's age range on the referral date. */
    InterventionReferral refer(Intervention service, NewReferral referral);

    InterventionReferral step(long referralId, ReferralStep step);

    Optional<InterventionReferral> find(long referralId);

    /** Accepted and waiting, longest wait first. */
    List<InterventionReferral> waitingList(Intervention service);

    /** Referred (awaiting a decision) and started, oldest first. */
    List<InterventionReferral> active(Intervention service);

    /** Number started and not yet ended: the places in use (children the user may not see left out of the count). */
    int placesInUse(Intervention service);

    List<InterventionReferral> forEpisode(long episodeId);
}
