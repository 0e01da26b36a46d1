package org.kindred.person.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws names in proportion to their frequency (cumulative shares and a binary search). */
final class WeightedNames {

    private final List<String> names = new ArrayList<>();
    private final double[] cumulative;

    WeightedNames(Map<String, Double> shares) {
        cumulative = new double[shares.size()];
        double total = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(shares).entrySet()) {
            total += e.getValue();
            names.add(e.getKey());
            cumulative[i++] = total;
        }
    }

    String draw(Random rng) {
        double point = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, point);
        return names.get(i >= 0 ? i : Math.min(-i - 1, names.size() - 1));
    }
}
