package org.kindred.frontdoor.demo;

import java.util.Random;

/** Picks one of several values by weight, reproducibly from the caller's random source. */
final class Weighted<T> {
    private final Object[] values;
    private final double[] cumulative;

    @SafeVarargs
    Weighted(Object... valueWeightPairs) {
        values = new Object[valueWeightPairs.length / 2];
        cumulative = new double[values.length];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = valueWeightPairs[2 * i];
            total += ((Number) valueWeightPairs[2 * i + 1]).doubleValue();
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= total;
    }

    @SuppressWarnings("unchecked")
    T pick(Random rnd) {
        double r = rnd.nextDouble();
        for (int i = 0; i < cumulative.length; i++) if (r < cumulative[i]) return (T) values[i];
        return (T) values[values.length - 1];
    }
}
