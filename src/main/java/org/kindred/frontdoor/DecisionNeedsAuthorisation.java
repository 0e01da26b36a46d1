package org.kindred.frontdoor;

import java.util.Set;
import org.kindred.access.Role;

/**
 * When a front-door decision needs a team manager's authorisation: a decision not to refer (no further action,
 * or information and advice) on a contact marked urgent, or about a child referred in the previous 12 months.
 * These are the decisions that close the door on a child who may be at risk, and Working Together to Safeguard
 * Children 2023 (chapter 2) expects managers' oversight of decisions about the response to a contact; Ofsted's
 * inspections (ILACS) look for it. A decision made by a team manager (or administrator) is authorised by making it.
 * This is local policy: an authority that wants a different rule changes this class and its test.
 */
public final class DecisionNeedsAuthorisation {
    private static final Set<ContactDecision> NOT_REFERRING =
            Set.of(ContactDecision.NO_FURTHER_ACTION, ContactDecision.INFORMATION_AND_ADVICE);

    private DecisionNeedsAuthorisation() {
    }

    /** True when the decision must wait for a team manager. */
    public static boolean applies(ContactDecision decision, boolean urgent, boolean referredInLast12Months) {
        return NOT_REFERRING.contains(decision) && (urgent || referredInLast12Months);
    }

    /** True when the person deciding authorises their own decision by their role. */
    public static boolean authorisedByDecider(Set<Role> roles) {
        return roles.contains(Role.TEAM_MANAGER) || roles.contains(Role.ADMINISTRATOR);
    }
}
