package org.kindred.web;

/**
 * What text Kindred accepts from outside, in any JSON string, form field or query parameter: no NUL or other
 * control character (tab and line breaks excepted; PostgreSQL refuses NUL, and nothing a worker types contains the
 * others), no half of a surrogate pair (not text), and no more than {@link #MAX} characters (the longest field, a
 * contact's worry or a chronology entry, is written by a person; a longer value is a mistake or an attack).
 */
final class TextRule {
    static final int MAX = 20_000;

    private TextRule() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    static String problem(String text) {
        if (text.length() > MAX) {
            return "Must be " + MAX + " characters or fewer";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "Must not contain control characters (character " + (i + 1) + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Must be text: character " + (i + 1) + " is half of a character";
            }
        }
        return null;
    }
}
