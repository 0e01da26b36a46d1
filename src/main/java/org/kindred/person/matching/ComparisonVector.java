package org.kindred.person.matching;

import java.util.List;

/**
 * Compares two records field by field. When both names disagree but agree crossed over
 * (given written as family and family as given), the crossed reading is used.
 */
final class ComparisonVector {

    private final List<FieldComparator> comparators;

    ComparisonVector(MatchingData data) {
        comparators = List.of(new GivenNameComparator(data.variants()), new FamilyNameComparator(),
                new DateOfBirthComparator(), new SexComparator(), new PostcodeComparator(), new AddressComparator(),
                new IdentifierComparator(MatchField.NHS_NUMBER, PersonRecord::nhsNumber),
                new IdentifierComparator(MatchField.UPN, PersonRecord::upn),
                new IdentifierComparator(MatchField.NI_NUMBER, PersonRecord::niNumber));
    }

    /** Levels indexed by {@link MatchField#ordinal()}; -1 where a value is missing. */
    int[] levels(PersonRecord a, PersonRecord b) {
        int[] levels = new int[comparators.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = comparators.get(i).level(a, b);
        }
        if (levels[0] >= 4 && levels[1] >= 4) {
            PersonRecord crossed = b.toBuilder().givenNames(b.familyName()).familyName(b.givenNames()).build();
            int given = comparators.get(0).level(a, crossed);
            int family = comparators.get(1).level(a, crossed);
            if (given + family < levels[0] + levels[1]) {
                levels[0] = given;
                levels[1] = family;
            }
        }
        return levels;
    }
}
