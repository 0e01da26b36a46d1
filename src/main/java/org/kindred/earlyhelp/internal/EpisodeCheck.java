package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import org.kindred.earlyhelp.AgencyType;
import org.kindred.shared.Problems;

/** Checks typed episode fields with GOV.UK style messages, the same for the pages and the API. */
final class EpisodeCheck {
    private EpisodeCheck() {
    }

    /** A date: today when left out and {@code blankIsToday}, never in the future, not before {@code notBefore}. */
    static LocalDate date(Problems p, String field, LocalDate d, String label, LocalDate today, LocalDate notBefore,
                          boolean blankIsToday) {
        if (d == null) {
            if (blankIsToday) return today;
            p.add(field, "Enter the " + label.toLowerCase());
            return null;
        }
        if (d.isAfter(today)) p.add(field, label + " must be today or in the past");
        else if (notBefore != null && d.isBefore(notBefore)) p.add(field, label + " must be on or after " + notBefore);
        return d;
    }

    static AgencyType agency(Problems p, String field, String name) {
        if (name == null || name.isBlank()) {
            p.add(field, "Select the lead professional's agency");
            return null;
        }
        AgencyType a = AgencyType.fromName(name).orElse(null);
        if (a == null) p.add(field, "Select the lead professional's agency from the list");
        return a;
    }

    static String text(Problems p, String field, String value, String message, int max) {
        p.require(field, value, message);
        if (value != null && value.trim().length() > max) p.add(field, "Must be " + max + " characters or fewer");
        return value == null ? null : value.trim();
    }
}
