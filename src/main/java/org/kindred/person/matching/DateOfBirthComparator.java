package org.kindred.person.matching;

/**
 * Dates of birth: exact, day and month swapped (the US/UK confusion), one digit mistyped, or
 * only the year agreeing. An estimated date agrees at "same year" when the years are within one.
 */
final class DateOfBirthComparator implements FieldComparator {

    @Override
    public MatchField field() {
        return MatchField.DATE_OF_BIRTH;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        DateOfBirth x = a.dateOfBirth();
        DateOfBirth y = b.dateOfBirth();
        if (x == null || y == null || x.year() == 0 || y.year() == 0) {
            return MISSING;
        }
        if (x.compact().equals(y.compact())) {
            return 0;
        }
        if (x.isSwapOf(y)) {
            return 1;
        }
        if (oneDigitApart(x.compact(), y.compact())) {
            return 2;
        }
        boolean estimated = x.estimated() || y.estimated();
        return x.year() == y.year() || estimated && Math.abs(x.year() - y.year()) <= 1 ? 3 : 4;
    }

    private static boolean oneDigitApart(String x, String y) {
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1 || Similarity.withinOneEdit(x, y);
    }
}
