package org.kindred.recruitment.web;

/** Reading a form's optional id. */
final class Forms {
    private Forms() {
    }

    /** The id typed, null when blank; -1 (which matches nothing, so the field is refused) when not a number. */
    static Long id(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
