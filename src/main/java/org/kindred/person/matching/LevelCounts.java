package org.kindred.person.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Weighted counts of agreement levels per field over comparison vectors; missing values are not counted. */
final class LevelCounts {

    private final Map<MatchField, double[]> counts = new EnumMap<>(MatchField.class);

    private LevelCounts() {
        for (MatchField field : MatchField.values()) {
            counts.put(field, new double[field.levels().size()]);
        }
    }

    /** Counts each vector with its weight (null weights count each vector once). */
    static LevelCounts of(List<int[]> vectors, double[] weights) {
        LevelCounts result = new LevelCounts();
        for (int i = 0; i < vectors.size(); i++) {
            double weight = weights == null ? 1 : weights[i];
            for (MatchField field : MatchField.values()) {
                int level = vectors.get(i)[field.ordinal()];
                if (level >= 0) {
                    result.counts.get(field)[level] += weight;
                }
            }
        }
        return result;
    }

    /**
     * Shares per level. A level seen fewer than {@code minimum} times (the training data may
     * simply not contain it: FEBRL has no day/month swaps or previous surnames) keeps its
     * {@code fallback} share; the observed levels share the rest in proportion to their counts.
     * A field with no observations at all keeps {@code fallback}.
     */
    Map<MatchField, double[]> shares(Map<MatchField, double[]> fallback, double minimum) {
        Map<MatchField, double[]> shares = new EnumMap<>(MatchField.class);
        counts.forEach((field, c) -> {
            double[] prior = fallback.get(field);
            double fixed = 0;
            double observed = 0;
            for (int i = 0; i < c.length; i++) {
                if (c[i] < minimum) {
                    fixed += prior[i];
                } else {
                    observed += c[i];
                }
            }
            double[] s = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                s[i] = observed == 0 ? prior[i] : c[i] < minimum ? prior[i] : c[i] / observed * (1 - fixed);
            }
            shares.put(field, s);
        });
        return shares;
    }
}
