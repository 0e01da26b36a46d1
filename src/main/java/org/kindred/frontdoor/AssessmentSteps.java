package org.kindred.frontdoor;

import java.time.LocalDate;
import java.util.List;

/** The later steps of a single assessment, as typed; dates are never in the future. */
public final class AssessmentSteps {
    private AssessmentSteps() {
    }

    /** The child seen, and seen alone (which needs the child seen), on or after the assessment started. */
    public record ChildSeen(LocalDate seenOn, LocalDate seenAloneOn) {
    }

    /**
     * The worker's conclusion, once only.
     *
     * @param factors CIN census assessment factor codes; "21" (no factors) only on its own
     * @param outcome {@link AssessmentOutcome} by name
     */
    public record Conclusion(List<String> factors, String outcome, LocalDate completedOn) {
    }

    /** A team manager's authorisation, on or after the completion date. */
    public record Authorisation(LocalDate authorisedOn) {
    }
}
