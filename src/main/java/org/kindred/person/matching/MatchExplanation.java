package org.kindred.person.matching;

import java.util.List;
import java.util.stream.Collectors;

/** Why two records were scored as they were: one comparison per field, in a fixed order. */
public record MatchExplanation(List<FieldComparison> fields, double priorWeight) {

    public MatchExplanation {
        fields = List.copyOf(fields);
    }

    public double totalWeight() {
        return priorWeight + fields.stream().mapToDouble(FieldComparison::weight).sum();
    }

    public FieldComparison field(MatchField field) {
        return fields.stream().filter(f -> f.field() == field).findFirst().orElseThrow();
    }

    /** One line a social worker can read, e.g. "given name: nickname (+6.1), date of birth: day/month swap (+9.0)". */
    @Override
    public String toString() {
        return fields.stream().filter(f -> f.agreement() != Agreement.MISSING)
                .map(FieldComparison::toString).collect(Collectors.joining(", "));
    }
}
