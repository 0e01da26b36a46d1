package org.kindred.frontdoor;

import java.util.Optional;
import org.kindred.shared.Codes;

/**
 * What the single assessment concluded (Working Together to Safeguard Children 2023, chapter 2: the assessment
 * decides whether the child is in need, whether there is reasonable cause to suspect significant harm (a strategy
 * discussion), or whether another response, such as early help, fits). No further action and early help close the
 * child in need episode: the CIN census reasons RC8 and RC9.
 */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION("No further action", "RC8"),
    CHILD_IN_NEED_PLAN("Child in need plan", null),
    STRATEGY_DISCUSSION("Strategy discussion", null),
    EARLY_HELP("Early help", "RC9"),
    OTHER("Other", null);

    private final String label;
    private final String closureReason;

    AssessmentOutcome(String label, String closureReason) {
        this.label = label;
        this.closureReason = closureReason;
    }

    public String label() { return label; }

    /** The CIN census ReasonForClosure when this outcome ends the episode, or null when the work goes on. */
    public String closureReason() { return closureReason; }

    public static Optional<AssessmentOutcome> fromName(String name) {
        return Codes.byName(AssessmentOutcome.class, name);
    }
}
