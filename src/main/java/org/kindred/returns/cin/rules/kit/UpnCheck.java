package org.kindred.returns.cin.rules.kit;

/**
 * The DfE's unique pupil number check letter: character 1 of a 13-character UPN is a letter computed from
 * characters 2-13. Each is weighted by its position (character 2 by 2 ... character 13 by 13), the sum is
 * taken modulo 23, and the remainder indexes "ABCDEFGHJKLMNPQRTUVWXYZ". A temporary UPN ends in a letter,
 * which counts as its index in that same alphabet.
 */
public final class UpnCheck {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UpnCheck() {
    }

    /** The check letter for characters 2-13 of the UPN, or 0 when they are not 12 digits (or 11 and a letter). */
    public static char checkLetter(String upn) {
        if (upn == null || upn.length() != 13) {
            return 0;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (i == 12 && LETTERS.indexOf(c) >= 0) {
                value = LETTERS.indexOf(c);
            } else {
                return 0;
            }
            sum += value * (i + 1);
        }
        return LETTERS.charAt(sum % 23);
    }

    /** True when every character of the text is an ASCII digit (false for empty text). */
    public static boolean digits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
