package org.kindred.protection;

import java.time.LocalDate;

/**
 * A family group conference referral made, or its outcome recorded, in protection's pages or API: published in the
 * recording transaction so the interventions catalogue keeps the same FGC as its own FGC referral (one record: the
 * catalogue's row points back to {@code fgcId}; ADR 0030). {@code outcome} and {@code outcomeOn} are null until the
 * outcome is recorded. {@code onProtectionPlan}: the child had an open child protection plan on the referral day.
 */
public record FamilyGroupConferenceRecorded(long fgcId, long childId, LocalDate referredOn, String reason,
                                            boolean onProtectionPlan, FgcOutcome outcome, LocalDate outcomeOn) {
}
