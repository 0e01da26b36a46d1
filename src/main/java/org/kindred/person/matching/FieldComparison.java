package org.kindred.person.matching;

import java.util.Locale;

/**
 * How one field compared: the broad agreement, the precise level (e.g. "nickname",
 * "day/month swap") and the match weight in bits that it contributed.
 */
public record FieldComparison(MatchField field, Agreement agreement, String level, double weight) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s (%+.1f)", field.label(), level, weight);
    }
}
