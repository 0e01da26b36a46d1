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
     * Shares per level with a small pseudo-count so an unseen level is rare rather than impossible.
     * A field with no observations keeps {@code fallback}.
     */
    Map<MatchField, double[]> shares(Map<MatchField, double[]> fallback) {
        Map<MatchField, double[]> shares = new EnumMap<>(MatchField.class);
        counts.forEach((field, c) -> {
            double total = java.util.Arrays.stream(c).sum();
            if (total < 1) {
                shares.put(field, fallback.get(field).clone());
                return;
            }
            double pseudo = 0.5;
            double[] s = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                s[i] = (c[i] + pseudo) / (total + pseudo * c.length);
            }
            shares.put(field, s);
        });
        return shares;
    }
}
