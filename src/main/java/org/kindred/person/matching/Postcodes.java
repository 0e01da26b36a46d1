package org.kindred.person.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/** Postcode clean-up: upper case without spaces; the district is the outward code (SW1A of SW1A 1AA). */
final class Postcodes {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]");

    private Postcodes() {
    }

    static String normalise(String postcode) {
        return postcode == null ? "" : NOT_ALPHANUMERIC.matcher(postcode.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** UK: everything but the last three characters. Other (e.g. 4-digit) codes: all but the last digit. */
    static String district(String normalised) {
        if (normalised.length() >= 5 && Character.isLetter(normalised.charAt(0))) {
            return normalised.substring(0, normalised.length() - 3);
        }
        return normalised.length() > 1 ? normalised.substring(0, normalised.length() - 1) : normalised;
    }
}
