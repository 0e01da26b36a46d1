package org.kindred.person.matching;

import java.util.List;
import lombok.RequiredArgsConstructor;

/** Given names: the best level over any pair of words, so a middle name used as a first name still agrees. */
@RequiredArgsConstructor
final class GivenNameComparator implements FieldComparator {

    private final NameVariants variants;

    @Override
    public MatchField field() {
        return MatchField.GIVEN_NAME;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        return best(Names.tokens(a.givenNames()), Names.tokens(b.givenNames()));
    }

    int best(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return MISSING;
        }
        int best = field().disagreeLevel();
        for (String x : left) {
            for (String y : right) {
                best = Math.min(best, compare(x, y));
            }
        }
        return best;
    }

    private int compare(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        double similarity = Similarity.jaroWinkler(x, y);
        if (similarity >= 0.92) {
            return 1;
        }
        if (variants.areVariants(x, y)) {
            return 2;
        }
        if (Similarity.soundAlike(x, y)) {
            return 3;
        }
        return similarity >= 0.80 ? 4 : 5;
    }
}
