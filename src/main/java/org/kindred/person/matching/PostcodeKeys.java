package org.kindred.person.matching;

/** Postcode clean-up: upper case without spaces; the district is the outward code (SW1A of SW1A 1AA). */
final class PostcodeKeys {

    private PostcodeKeys() {
    }

    /** Upper case letters and digits only; also used for identifiers. Loops by hand: it runs for every comparison. */
    static String normalise(String postcode) {
        if (postcode == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(postcode.length());
        for (int i = 0; i < postcode.length(); i++) {
            char c = Character.toUpperCase(postcode.charAt(i));
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** UK: everything but the last three characters. Other (e.g. 4-digit) codes: all but the last digit. */
    static String district(String normalised) {
        if (normalised.length() >= 5 && Character.isLetter(normalised.charAt(0))) {
            return normalised.substring(0, normalised.length() - 3);
        }
        return normalised.length() > 1 ? normalised.substring(0, normalised.length() - 1) : normalised;
    }
}
