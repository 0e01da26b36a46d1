package org.kindred.person.matching;

/** PostcodeKeys: exact, one character mistyped, or the same district (a move within the area). */
final class PostcodeComparator implements FieldComparator {

    @Override
    public MatchField field() {
        return MatchField.POSTCODE;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        String x = PostcodeKeys.normalise(a.postcode());
        String y = PostcodeKeys.normalise(b.postcode());
        if (x.isEmpty() || y.isEmpty()) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (Similarity.withinOneEdit(x, y)) {
            return 1;
        }
        return PostcodeKeys.district(x).equals(PostcodeKeys.district(y)) ? 2 : 3;
    }
}
