package org.kindred.person.matching.bench;

/** Makes NHS numbers with a valid modulus-11 check digit from a nine-digit stem. */
final class NhsNumbers {

    private NhsNumbers() {
    }

    static String valid(long seed) {
        long stem = seed;
        while (true) {
            String digits = String.format("%09d", stem % 1_000_000_000L);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits + check;
            }
            stem++;
        }
    }
}
