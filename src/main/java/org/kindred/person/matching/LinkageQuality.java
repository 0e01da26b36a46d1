package org.kindred.person.matching;

import java.util.Collection;
import java.util.Map;

/** Pairwise precision, recall and F1 of found pairs against known entities (id to entity). */
public record LinkageQuality(long truePairs, long foundPairs, long correctPairs) {

    public static LinkageQuality ofDedupe(Collection<MatchedPair> found, Map<String, String> entityOf) {
        long correct = found.stream().filter(p -> sameEntity(p, entityOf)).count();
        return new LinkageQuality(truePairsWithin(entityOf), found.size(), correct);
    }

    private static boolean sameEntity(MatchedPair pair, Map<String, String> entityOf) {
        String entity = entityOf.get(pair.leftId());
        return entity != null && entity.equals(entityOf.get(pair.rightId()));
    }

    private static long truePairsWithin(Map<String, String> entityOf) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        entityOf.values().forEach(e -> sizes.merge(e, 1L, Long::sum));
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return foundPairs == 0 ? 1 : (double) correctPairs / foundPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.4f recall %.4f F1 %.4f (true pairs %d, found %d, correct %d)",
                precision(), recall(), f1(), truePairs, foundPairs, correctPairs);
    }
}
