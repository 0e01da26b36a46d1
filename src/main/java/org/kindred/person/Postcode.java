package org.kindred.person;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode: an outward code (area and district: A9, A99, AA9, AA99, A9A or AA9A) and an inward code
 * (sector digit and two unit letters), or the special GIR 0AA. The letter rules are Royal Mail's as
 * summarised in BS 7666: Q, V and X never start a postcode; I, J and Z are never second; the letter
 * after the digit in A9A is one of ABCDEFGHJKPSTUW and in AA9A one of ABEHMNPRVWXY; the unit letters
 * never use C, I, K, M, O or V. Input is case-insensitive and spaces are ignored.
 * This checks the form only; it does not say that Royal Mail has issued the postcode.
 */
public final class Postcode {
    private static final Pattern COMPACT = Pattern.compile(
            "GIR0AA|(?:[A-PR-UWYZ](?:\\d{1,2}|\\d[A-HJKPSTUW])"
                    + "|[A-PR-UWYZ][A-HK-Y](?:\\d{1,2}|\\d[ABEHMNPRVWXY]))\\d[ABD-HJLNP-UW-Z]{2}");

    private Postcode() {}

    /** True when {@code text} is a UK postcode in any case, with or without spaces. Null is invalid. */
    public static boolean isValid(String text) {
        return text != null && COMPACT.matcher(compact(text)).matches();
    }

    /** Upper case with one space before the inward code: "sw1a1aa" becomes "SW1A 1AA". @throws IllegalArgumentException if not valid */
    public static String normalise(String text) {
        if (!isValid(text)) throw new IllegalArgumentException("Not a valid UK postcode: " + text);
        String c = compact(text);
        return c.substring(0, c.length() - 3) + " " + c.substring(c.length() - 3);
    }

    /** The outward code, e.g. "SW1A" for "SW1A 1AA". @throws IllegalArgumentException if not valid */
    public static String outward(String text) {
        String n = normalise(text);
        return n.substring(0, n.indexOf(' '));
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
