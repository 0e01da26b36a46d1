package org.kindred.person.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Family names, including names a person used before (marriage, adoption, a change of carer's
 * name): agreeing only with a previous name is its own level, weaker than agreeing with the current one.
 */
final class FamilyNameComparator implements FieldComparator {

    @Override
    public MatchField field() {
        return MatchField.FAMILY_NAME;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        List<String> left = Names.tokens(a.familyName());
        List<String> right = Names.tokens(b.familyName());
        if (left.isEmpty() || right.isEmpty()) {
            return MISSING;
        }
        int current = best(left, right);
        if (current <= 2) {
            return current;
        }
        int previous = Math.min(best(left, previous(b)), best(previous(a), right));
        return previous <= 2 ? 3 : current;
    }

    private static List<String> previous(PersonRecord r) {
        List<String> words = new ArrayList<>();
        r.previousNames().forEach(name -> words.addAll(Names.tokens(name)));
        return words;
    }

    private static int best(List<String> left, List<String> right) {
        int best = 5;
        for (String x : left) {
            for (String y : right) {
                best = Math.min(best, compare(x, y));
            }
        }
        return best;
    }

    private static int compare(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        double similarity = Similarity.jaroWinkler(x, y);
        if (similarity >= 0.92) {
            return 1;
        }
        if (Similarity.soundAlike(x, y)) {
            return 2;
        }
        return similarity >= 0.80 ? 4 : 5;
    }
}
