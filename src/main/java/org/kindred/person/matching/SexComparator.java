package org.kindred.person.matching;

/** ComparedSex: same or different; OTHER compared like any value. */
final class SexComparator implements FieldComparator {

    @Override
    public MatchField field() {
        return MatchField.SEX;
    }

    @Override
    public int level(PersonRecord a, PersonRecord b) {
        if (a.sex() == null || b.sex() == null) {
            return MISSING;
        }
        return a.sex() == b.sex() ? 0 : 1;
    }
}
