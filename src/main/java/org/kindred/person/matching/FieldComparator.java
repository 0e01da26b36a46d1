package org.kindred.person.matching;

/** Compares one field of two records and gives its agreement level, or -1 when either lacks it. */
interface FieldComparator {

    int MISSING = -1;

    MatchField field();

    int level(PersonRecord a, PersonRecord b);
}
