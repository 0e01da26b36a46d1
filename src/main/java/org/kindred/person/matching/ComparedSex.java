package org.kindred.person.matching;

/** ComparedSex as recorded; null on a record means not recorded. */
public enum ComparedSex {
    FEMALE, MALE, OTHER;

    /** Reads F/M/female/male leniently; anything else is "not recorded". */
    public static ComparedSex parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (Character.toUpperCase(text.strip().charAt(0))) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            case 'O', 'X', 'I' -> OTHER;
            default -> null;
        };
    }
}
