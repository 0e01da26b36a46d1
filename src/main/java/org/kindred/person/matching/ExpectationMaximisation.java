package org.kindred.person.matching;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/** EM for the m probabilities and the prior, with u fixed (estimated from random pairs). */
@RequiredArgsConstructor
final class ExpectationMaximisation {

    private final List<int[]> vectors;
    private final Map<MatchField, double[]> u;

    ModelParameters run(ModelParameters start, int iterations) {
        Map<MatchField, double[]> m = ParameterEstimator.copy(start.m());
        double prior = start.prior();
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] match = expectation(m, prior);
            prior = java.util.Arrays.stream(match).average().orElse(prior);
            m = LevelCounts.of(vectors, match).shares(start.m(), ParameterEstimator.MINIMUM_EVIDENCE);
        }
        return new ModelParameters(prior, m, u);
    }

    /** P(match | comparison vector) for every pair. */
    private double[] expectation(Map<MatchField, double[]> m, double prior) {
        double[] match = new double[vectors.size()];
        for (int i = 0; i < match.length; i++) {
            double logRatio = Math.log(prior / (1 - prior));
            for (MatchField field : MatchField.values()) {
                int level = vectors.get(i)[field.ordinal()];
                if (level >= 0) {
                    logRatio += Math.log(m.get(field)[level] / u.get(field)[level]);
                }
            }
            match[i] = 1 / (1 + Math.exp(-logRatio));
        }
        return match;
    }
}
