package org.kindred.audit;

import java.util.Optional;

/**
 * The audit trail's hash chain, checked: every committed entry since the chain began is hashed with the one before
 * it, so an entry changed, removed, or added behind the trigger's back breaks a link (`kindred audit verify`).
 */
public interface AuditChain {
    /** How many links were checked, and the first broken one, if any. */
    Result verify();

    record Result(long checked, Optional<String> firstBroken) {
        public boolean intact() { return firstBroken.isEmpty(); }
    }
}
