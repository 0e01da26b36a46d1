package org.kindred.person.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair of records the Fellegi-Sunter way: each field's agreement level adds
 * log2(m/u) bits; exact name agreement is adjusted for how common the name is.
 */
public final class FellegiSunterScorer {

    private final ComparisonVector comparisons;
    private final ModelParameters parameters;
    private final TermFrequencyAdjustment adjustment;

    public FellegiSunterScorer(MatchingData data, ModelParameters parameters) {
        this.comparisons = new ComparisonVector(data);
        this.parameters = parameters;
        this.adjustment = new TermFrequencyAdjustment(data.frequencies(), parameters);
    }

    public static FellegiSunterScorer create(MatchingData data) {
        return new FellegiSunterScorer(data, ModelParameters.standard());
    }

    public int[] levels(PersonRecord a, PersonRecord b) {
        return comparisons.levels(a, b);
    }

    public MatchExplanation explain(PersonRecord a, PersonRecord b) {
        int[] levels = levels(a, b);
        List<FieldComparison> fields = new ArrayList<>(levels.length);
        for (MatchField field : MatchField.values()) {
            int level = levels[field.ordinal()];
            double weight = level < 0 ? 0 : parameters.weight(field, level) + adjustment.bits(field, level, a, b);
            String name = level < 0 ? "missing" : field.levels().get(level);
            fields.add(new FieldComparison(field, field.agreementAt(level), name, weight));
        }
        return new MatchExplanation(fields, parameters.priorWeight());
    }

    /** Scores {@code candidate} as a match for {@code query}; the candidate's id is kept. */
    public MatchCandidate score(PersonRecord query, PersonRecord candidate) {
        MatchExplanation explanation = explain(query, candidate);
        double weight = explanation.totalWeight();
        return new MatchCandidate(candidate.id(), probability(weight), weight, explanation);
    }

    public static double probability(double matchWeight) {
        return 1 / (1 + Math.pow(2, -matchWeight));
    }
}
