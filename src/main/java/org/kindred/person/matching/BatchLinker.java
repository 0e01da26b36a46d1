package org.kindred.person.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * Batch linkage on top of the index: find duplicates within one list of people, or link two
 * lists. Each record searches for its nearest candidates; pairs at or above the threshold match.
 */
@RequiredArgsConstructor
public final class BatchLinker {

    /** Chosen once on FEBRL dataset2 (see docs/matching.md); not tuned per file. */
    public static final double DEFAULT_THRESHOLD = 0.95;
    private static final int CANDIDATES = 20;
    private final MatchingData data;
    private final FellegiSunterScorer scorer;

    public List<MatchedPair> dedupe(Collection<PersonRecord> people, double threshold) {
        Map<String, MatchedPair> pairs = new LinkedHashMap<>();
        try (LucenePersonIndex index = indexOf(people)) {
            for (PersonRecord person : people) {
                for (MatchCandidate candidate : index.search(PersonQuery.like(person), CANDIDATES)) {
                    if (!candidate.id().equals(person.id()) && candidate.probability() >= threshold) {
                        MatchedPair pair = new MatchedPair(person.id(), candidate.id(), candidate.probability()).ordered();
                        pairs.merge(pair.leftId() + "\u0000" + pair.rightId(), pair,
                                (a, b) -> a.probability() >= b.probability() ? a : b);
                    }
                }
            }
        }
        return sorted(pairs.values());
    }

    public List<MatchedPair> link(Collection<PersonRecord> left, Collection<PersonRecord> right, double threshold) {
        List<MatchedPair> pairs = new ArrayList<>();
        try (LucenePersonIndex index = indexOf(right)) {
            for (PersonRecord person : left) {
                for (MatchCandidate candidate : index.search(PersonQuery.like(person), CANDIDATES)) {
                    if (candidate.probability() >= threshold) {
                        pairs.add(new MatchedPair(person.id(), candidate.id(), candidate.probability()));
                    }
                }
            }
        }
        return sorted(pairs);
    }

    private LucenePersonIndex indexOf(Collection<PersonRecord> people) {
        LucenePersonIndex index = LucenePersonIndex.temporary(data, scorer);
        index.load(people);
        return index;
    }

    private static List<MatchedPair> sorted(Collection<MatchedPair> pairs) {
        List<MatchedPair> list = new ArrayList<>(pairs);
        list.sort(Comparator.comparing(MatchedPair::leftId, IdOrder::compare)
                .thenComparing(MatchedPair::rightId, IdOrder::compare));
        return list;
    }
}
