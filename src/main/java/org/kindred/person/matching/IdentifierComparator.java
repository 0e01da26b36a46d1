package org.kindred.person.matching;

import java.util.function.Function;
import lombok.RequiredArgsConstructor;

/** An identifier (NHS number, UPN, NI number): same, one character mistyped, or different. */
@RequiredArgsConstructor
final class IdentifierComparator implements FieldComparator {

    private final MatchField field;
    private final Function<PersonRecord, String> value;

    static String normalise(String identifier) {
        return identifier == null ? "" : PostcodeKeys.normalise(identifier);
    }

    @Override
    public MatchField field() {
        return field;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        String x = normalise(value.apply(a));
        String y = normalise(value.apply(b));
        if (x.isEmpty() || y.isEmpty()) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        return Similarity.withinOneEdit(x, y) ? 1 : 2;
    }
}
