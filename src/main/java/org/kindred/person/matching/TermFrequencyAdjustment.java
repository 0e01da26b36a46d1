package org.kindred.person.matching;

import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * Exact agreement on a rare name is stronger evidence than on a common one: u for that name
 * is its population share rather than the average. The change is bounded (-5..+3 bits) so
 * one unusual spelling cannot outvote the other fields.
 */
@RequiredArgsConstructor
final class TermFrequencyAdjustment {

    private static final double MOST_BITS = 3;
    private static final double LEAST_BITS = -5;
    private final NameFrequencies frequencies;
    private final ModelParameters parameters;

    double bits(MatchField field, int level, PersonRecord a, PersonRecord b) {
        if (level != 0 || field != MatchField.GIVEN_NAME && field != MatchField.FAMILY_NAME) {
            return 0;
        }
        boolean given = field == MatchField.GIVEN_NAME;
        String shared = sharedWord(given ? a.givenNames() : a.familyName(), given ? b.givenNames() : b.familyName());
        double share = shared == null ? Double.NaN
                : given ? frequencies.givenShare(shared) : frequencies.familyShare(shared);
        if (Double.isNaN(share)) {
            return 0;
        }
        double bits = Math.log(parameters.u().get(field)[0] / share) / Math.log(2);
        return Math.max(LEAST_BITS, Math.min(MOST_BITS, bits));
    }

    private static String sharedWord(String x, String y) {
        List<String> right = Names.tokens(y);
        return Names.tokens(x).stream().filter(right::contains).findFirst().orElse(null);
    }
}
