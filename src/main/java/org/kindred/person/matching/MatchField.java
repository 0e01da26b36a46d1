package org.kindred.person.matching;

import java.util.List;

/**
 * The fields the scorer compares and, for each, its agreement levels from strongest to
 * weakest. The last level is always outright disagreement.
 */
public enum MatchField {
    GIVEN_NAME("given name", "exact", "similar spelling", "nickname", "sounds alike", "loosely similar", "different"),
    FAMILY_NAME("family name", "exact", "similar spelling", "sounds alike", "previous name", "loosely similar", "different"),
    DATE_OF_BIRTH("date of birth", "exact", "day/month swap", "one digit differs", "same year", "different"),
    SEX("sex", "same", "different"),
    POSTCODE("postcode", "exact", "one character differs", "same district", "different"),
    ADDRESS("address", "same", "similar", "different"),
    NHS_NUMBER("NHS number", "same", "one digit differs", "different"),
    UPN("UPN", "same", "one character differs", "different"),
    NI_NUMBER("NI number", "same", "one character differs", "different");

    private final String label;
    private final List<String> levels;

    MatchField(String label, String... levels) {
        this.label = label;
        this.levels = List.of(levels);
    }

    public String label() {
        return label;
    }

    public List<String> levels() {
        return levels;
    }

    public int disagreeLevel() {
        return levels.size() - 1;
    }

    /** Level 0 agrees, the last level disagrees, anything between is partial. */
    public Agreement agreementAt(int level) {
        if (level < 0) {
            return Agreement.MISSING;
        }
        return level == 0 ? Agreement.AGREE : level == disagreeLevel() ? Agreement.DISAGREE : Agreement.PARTIAL;
    }
}
