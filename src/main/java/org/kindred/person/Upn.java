package org.kindred.person;

import java.util.regex.Pattern;

/**
 * The unique pupil number (DfE, "Unique pupil numbers (UPNs): guidance"): 13 characters, a check letter
 * followed by 12 characters: LA number (3 digits), DfE establishment number (4), year of issue (2),
 * serial (3 digits; for a temporary UPN the last is a letter).
 *
 * <p>Check letter: characters 2 to 13 are multiplied by the weights 2 to 13; a letter in position 13 counts
 * as its index in {@link #LETTERS} (A=0, B=1, ... Z=22). The sum modulo 23 indexes {@link #LETTERS}
 * (0=A ... 22=Z). The letters I, O and S are never used.
 */
public final class Upn {
    /** The 23 letters UPNs use, in the DfE's order; a letter's index is its value. */
    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern LAST12 = Pattern.compile("\\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]");

    private Upn() {}

    /**
     * True when {@code upn} is 13 characters (upper case; surrounding whitespace ignored) with the right
     * check letter. Permanent and temporary UPNs both pass. Null is invalid.
     */
    public static boolean isValid(String upn) {
        if (upn == null) return false;
        String s = upn.strip();
        if (s.length() != 13) return false;
        String last12 = s.substring(1);
        return LAST12.matcher(last12).matches() && s.charAt(0) == checkLetter(last12);
    }

    /**
     * The check letter for the 12 characters after it (11 digits then a digit or, for a temporary UPN,
     * a letter). @throws IllegalArgumentException if {@code last12} is not of that shape
     */
    public static char checkLetter(String last12) {
        if (last12 == null || !LAST12.matcher(last12).matches()) {
            throw new IllegalArgumentException("Not the last 12 characters of a UPN: " + last12);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
