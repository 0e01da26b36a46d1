package org.kindred.fostering;

import java.util.List;

/**
 * A household that passed every hard constraint, with its place in the ranking, its score and the reasons: which
 * needs it meets and which it does not. Households meeting more needs rank first; the score orders the rest.
 */
public record Match(int rank, long householdId, String householdName, String postcode, ApprovalType approvalType,
                    int vacancies, int score, int needsMet, int needsUnmet, List<Reason> reasons) {
}
