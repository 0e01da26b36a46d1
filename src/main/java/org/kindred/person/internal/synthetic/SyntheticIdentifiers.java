package org.kindred.person.internal.synthetic;

import java.util.Random;
import org.kindred.person.NhsNumber;
import org.kindred.person.Upn;

/**
 * Identifiers that can never belong to a real person: NHS numbers from the 999 range NHS England
 * reserves for test data, and postcodes in the fictional "ZY" area (no such postcode area exists), shape-valid but
 * unassigned. UPNs carry the demo authority's real LA number (the DfE returns refuse any other, see ADR 0007) and a
 * random serial: a UPN is the LA number, a school number and a serial that only that school gives out, so a random
 * one names no particular pupil and is never looked up anywhere.
 */
final class SyntheticIdentifiers {
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private SyntheticIdentifiers() {
    }

    static String nhsNumber(Random random) {
        while (true) {
            int serial = random.nextInt(10_000_000);
            // The modulus 11 check in arithmetic: ten formatted strings and regular expressions per number were a
            // tenth of the demo's start. Same draws, same numbers as NhsNumber.isValid would accept.
            if (checkDigitOk(serial)) {
                String candidate = "999" + String.format("%07d", serial);
                assert NhsNumber.isValid(candidate);
                return candidate;
            }
        }
    }

    /** Whether 999 followed by these seven digits (the last one the check digit) is a valid NHS number. */
    static boolean checkDigitOk(int serial) {
        int sum = 9 * 10 + 9 * 9 + 9 * 8;
        // The ninth digit (weight 2) is the serial's second last, the fourth (weight 7) its first.
        for (int weight = 2, rest = serial / 10; weight <= 7; weight++, rest /= 10) {
            sum += (rest % 10) * weight;
        }
        int check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == serial % 10 && serial != 9_999_999;
    }

    /** A UPN of {@code laCode} (three digits, the authority's DfE number). */
    static String upn(Random random, String laCode) {
        String last12 = laCode + String.format("%04d", random.nextInt(10_000)) + String.format("%02d", random.nextInt(100))
                + String.format("%03d", random.nextInt(1000));
        return Upn.checkLetter(last12) + last12;
    }

    /** Postcodes of a fictional county: outward ZY1 to ZY99, any inward code. */
    static String postcode(Random random) {
        return "ZY" + (1 + random.nextInt(99)) + " " + random.nextInt(10)
                + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
    }
}
