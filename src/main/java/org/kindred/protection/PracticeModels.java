package org.kindred.protection;

import java.time.LocalDate;

import java.util.List;
import java.util.Optional;

/** Practice models: Signs of Safety mappings and family group conference referrals. Reads and changes are audited. */
public interface PracticeModels {
    SosMapping map(NewSosMapping mapping);

    Optional<SosMapping> findMapping(long id);

    /** The child's mappings, newest first. */
    List<SosMapping> mappingsFor(long childId);

    /** A referral: its date, not in the future, and the reason. */
    FgcReferral refer(Long childId, LocalDate referredOn, String reason);

    /** The outcome of a referral that has none yet. */
    FgcReferral recordOutcome(long id, String outcome, LocalDate outcomeOn);

    /** The child's referrals, newest first. */
    List<FgcReferral> familyGroupConferencesFor(long childId);
}
