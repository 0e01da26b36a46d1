package org.kindred.frontdoor;

import java.util.List;
import java.util.Optional;

/** Referrals to children's social care, made only from a contact's decision. Reads are audited. */
public interface Referrals {
    Optional<Referral> find(long id);

    /** The child's referrals, newest first; empty when the child does not exist or is hidden from the user. */
    List<Referral> forChild(long childId);
}
