package org.kindred.person.matching;

/** Orders ids numerically when both are whole numbers (so 9 comes before 10), otherwise as text. */
public final class IdOrder {

    private IdOrder() {
    }

    public static int compare(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit) && (s.length() == 1 || s.charAt(0) != '0');
    }
}
