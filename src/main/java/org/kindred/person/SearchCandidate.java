package org.kindred.person;

import java.util.List;
import org.kindred.person.matching.Agreement;
import org.kindred.person.matching.FieldComparison;

/** A person who may be the one searched for, with the match probability and, field by field, why. */
public record SearchCandidate(Person person, double probability, List<FieldComparison> explanation) {

    public int percent() { return (int) Math.round(probability * 100); }

    /** The fields both sides had, with how they compared. */
    public List<FieldComparison> compared() {
        return explanation.stream().filter(f -> f.agreement() != Agreement.MISSING).toList();
    }

    /** The fields one side lacked, which therefore said nothing either way. */
    public List<String> missing() {
        return explanation.stream().filter(f -> f.agreement() == Agreement.MISSING).map(f -> f.field().label()).toList();
    }
}
