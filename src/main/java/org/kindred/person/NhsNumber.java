package org.kindred.person;

import java.util.regex.Pattern;

/**
 * The NHS number: ten digits, the last a modulus 11 check digit (NHS Data Dictionary, "NHS Number").
 * Weights 10 down to 2 multiply the first nine digits; the check digit is 11 minus the remainder of the
 * sum divided by 11 (11 becomes 0; 10 means the number can never be issued). Numbers of one repeated
 * digit (0000000000, 1111111111, ...) are rejected although some pass the check.
 * Written as 10 digits or spaced 3-3-4 ("943 476 5919"); surrounding whitespace is ignored.
 */
public final class NhsNumber {
    private static final Pattern SHAPE = Pattern.compile("\\d{10}|\\d{3} \\d{3} \\d{4}");

    private NhsNumber() {}

    /** True when {@code text} is a well-formed NHS number whose check digit is right. Null is invalid. */
    public static boolean isValid(String text) {
        if (text == null) return false;
        String trimmed = text.strip();
        if (!SHAPE.matcher(trimmed).matches()) return false;
        String digits = trimmed.replace(" ", "");
        if (digits.chars().allMatch(c -> c == digits.charAt(0))) return false;
        int check = checkDigit(digits.substring(0, 9));
        return check == digits.charAt(9) - '0';
    }

    /** The ten digits without spaces, e.g. "9434765919". @throws IllegalArgumentException if not valid */
    public static String normalise(String text) {
        requireValid(text);
        return text.strip().replace(" ", "");
    }

    /** The 3-3-4 display form, e.g. "943 476 5919". @throws IllegalArgumentException if not valid */
    public static String format(String text) {
        String d = normalise(text);
        return d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
    }

    /** The check digit for nine digits, or 10 when no number with these digits can be valid. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (nineDigits.charAt(i) - '0') * (10 - i);
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    private static void requireValid(String text) {
        if (!isValid(text)) throw new IllegalArgumentException("Not a valid NHS number: " + text);
    }
}
