package org.kindred.person.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Estimates m and u without labels, as Splink does: u from random pairs of records (almost all
 * are different people), then m and the prior by expectation-maximisation over candidate pairs
 * (records sharing blocking keys), with u held fixed. A level the data hardly shows (fewer than
 * ten pairs) keeps its starting value from the hand-set file, so it is documented, not guessed by EM.
 */
public final class ParameterEstimator {

    private static final int RANDOM_PAIRS = 200_000;
    private static final int ITERATIONS = 40;
    /** Fewer pairs than this at a level and its starting value is kept (see {@link LevelCounts#shares}). */
    static final double MINIMUM_EVIDENCE = 10;
    private final MatchingData data;
    private final ModelParameters start;
    private final FellegiSunterScorer scorer;

    public ParameterEstimator(MatchingData data, ModelParameters start) {
        this.data = data;
        this.start = start;
        this.scorer = new FellegiSunterScorer(data, start);
    }

    /** Each list is one file; pairs are only formed within a file. */
    public ModelParameters estimate(List<List<PersonRecord>> files, long seed) {
        List<int[]> random = new ArrayList<>();
        List<int[]> candidates = new ArrayList<>();
        Random rng = new Random(seed);
        for (List<PersonRecord> people : files) {
            for (int i = 0; i < RANDOM_PAIRS / files.size(); i++) {
                random.add(scorer.levels(people.get(rng.nextInt(people.size())), people.get(rng.nextInt(people.size()))));
            }
            candidates.addAll(candidatePairs(people));
        }
        Map<MatchField, double[]> u = LevelCounts.of(random, null).shares(start.u(), MINIMUM_EVIDENCE);
        return new ExpectationMaximisation(candidates, u).run(start, ITERATIONS);
    }

    private List<int[]> candidatePairs(List<PersonRecord> people) {
        List<int[]> vectors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, PersonRecord> byId = new java.util.HashMap<>();
        try (LucenePersonIndex index = LucenePersonIndex.temporary(data, scorer)) {
            people.forEach(p -> { byId.put(p.id(), p); index.add(p); }); // one thread: the same pairs every run
            index.refresh();
            for (PersonRecord person : people) {
                for (MatchCandidate candidate : index.search(PersonQuery.like(person), 10)) {
                    String key = IdOrder.compare(person.id(), candidate.id()) < 0
                            ? person.id() + "|" + candidate.id() : candidate.id() + "|" + person.id();
                    if (!candidate.id().equals(person.id()) && seen.add(key)) {
                        vectors.add(scorer.levels(person, byId.get(candidate.id())));
                    }
                }
            }
        }
        return vectors;
    }

    static Map<MatchField, double[]> copy(Map<MatchField, double[]> values) {
        Map<MatchField, double[]> copy = new EnumMap<>(MatchField.class);
        values.forEach((field, v) -> copy.put(field, v.clone()));
        return copy;
    }
}
