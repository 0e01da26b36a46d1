package org.kindred.protection;

import java.util.List;
import java.util.Optional;

/** Practice models: Signs of Safety mappings and family group conference referrals. Reads and changes are audited. */
public interface PracticeModels {
    SosMapping map(NewSosMapping mapping);

    Optional<SosMapping> findMapping(long id);

    /** The child's mappings, newest first. */
    List<SosMapping> mappingsFor(long childId);

    /** A referral: ISO date, not in the future, and the reason. */
    FgcReferral refer(Long childId, String referredOn, String reason);

    /** The outcome of a referral that has none yet. */
    FgcReferral recordOutcome(long id, String outcome, String outcomeOn);

    /** The child's referrals, newest first. */
    List<FgcReferral> familyGroupConferencesFor(long childId);
}
