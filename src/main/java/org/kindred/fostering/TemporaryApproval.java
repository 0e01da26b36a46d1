package org.kindred.fostering;

import java.time.LocalDate;

/**
 * Temporary approval of a relative, friend or other connected person as a foster carer for a named child: Care
 * Planning, Placement and Case Review (England) Regulations 2010, reg. 24, for up to 16 weeks; reg. 25 allows one
 * extension of up to 8 further weeks when the full assessment has not finished (with the fostering panel consulted
 * and the nominated officer's agreement). By the end the person is approved as a foster carer (reg. 27 of the
 * Fostering Services Regulations), or the child must move: the placement cannot continue unlawfully.
 *
 * @param approvedOn the day of temporary approval
 * @param extendedUntil the end of the one extension, or null
 */
public record TemporaryApproval(LocalDate approvedOn, LocalDate extendedUntil) {
    public static final int WEEKS = 16;
    public static final int MAX_EXTENSION_WEEKS = 8;
    /** Alerts start this many days before the end, time enough to convene panel or plan a move. */
    public static final int ALERT_DAYS = 28;

    public LocalDate initialEnd() { return approvedOn.plusWeeks(WEEKS); }

    /** The last day the approval holds. */
    public LocalDate end() { return extendedUntil != null ? extendedUntil : initialEnd(); }

    /** The latest day an extension may run to (16 + 8 weeks). */
    public LocalDate latestExtension() { return initialEnd().plusWeeks(MAX_EXTENSION_WEEKS); }

    /** Null when the extension is allowed; otherwise why not. */
    public String extensionRefused(LocalDate until) {
        if (extendedUntil != null) return "The approval has already been extended once (reg. 25 allows one extension)";
        if (until == null || !until.isAfter(initialEnd())) return "The extension must end after " + initialEnd();
        if (until.isAfter(latestExtension())) return "An extension may last at most 8 weeks, to " + latestExtension();
        return null;
    }

    public Alert alertOn(LocalDate today) {
        if (today.isAfter(end())) return Alert.EXPIRED;
        if (!today.isBefore(end().minusDays(ALERT_DAYS))) return Alert.ENDING_SOON;
        return Alert.NONE;
    }

    public enum Alert {
        NONE(""), ENDING_SOON("Temporary approval ending: approve the carer or plan the child's move"),
        EXPIRED("Temporary approval has expired: the child must be moved or the carer approved now");

        private final String text;

        Alert(String text) { this.text = text; }

        public String text() { return text; }
    }
}
