package org.kindred.fostering.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.fostering.ApprovalType;

/**
 * An approved household as matching sees it: its terms, who already lives there, and what it offers.
 *
 * @param grid where the household is, or null when its postcode is not located
 * @param placedChildAges ages of the children placed there now
 * @param approvalEnds the last day a temporary (reg. 24) approval holds, or null
 * @param youngestOwnChildAge the age of the carers' youngest child at home, or null when none
 * @param languages comma-separated languages spoken at home
 */
public record Candidate(long id, String name, String postcode, GridReference grid, ApprovalType type, int ageMin,
                        int ageMax, int places, List<Integer> placedChildAges, Long connectedChildId,
                        LocalDate approvalEnds, boolean acceptsEmergency, boolean disabilityExperience, boolean pets,
                        Integer youngestOwnChildAge, String religion, String languages, String culture) {
    public int vacancies() { return Math.max(0, places - placedChildAges.size()); }

    boolean childrenAtHome() { return !placedChildAges.isEmpty() || youngestOwnChildAge != null; }

    /** The youngest child in the household (placed or the carers' own), or null when there is none. */
    Integer youngestChild() {
        Integer youngest = youngestOwnChildAge;
        for (int age : placedChildAges) if (youngest == null || age < youngest) youngest = age;
        return youngest;
    }
}
