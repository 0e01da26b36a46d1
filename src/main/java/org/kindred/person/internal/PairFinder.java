package org.kindred.person.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kindred.person.internal.search.RegisterIndex;
import org.kindred.person.matching.Agreement;
import org.kindred.person.matching.MatchCandidate;
import org.kindred.person.matching.MatchField;
import org.kindred.person.matching.PersonRecord;

/**
 * Queries the index with every record, on two threads in blocks, and keeps each pair of different people scoring at
 * least the threshold once (lower id first), at its best probability. Alias records fold into their person.
 */
final class PairFinder {
    /** Records per task: large enough to keep scheduling cheap, small enough for steady progress. */
    private static final int BLOCK = 2_000;
    private static final int THREADS = 2;
    /** Candidates looked at per person: a person with more than this many likely twins is rare. */
    private static final int CANDIDATES = 5;
    final AtomicInteger checked = new AtomicInteger();
    private final Map<Pair, MatchCandidate> pairs = new ConcurrentHashMap<>();

    record Pair(long left, long right) {
    }

    Map<Pair, MatchCandidate> find(RegisterIndex index, List<PersonRecord> records, double threshold) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "duplicate-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> blocks = new java.util.ArrayList<>();
            for (int from = 0; from < records.size(); from += BLOCK) {
                List<PersonRecord> block = records.subList(from, Math.min(records.size(), from + BLOCK));
                blocks.add(pool.submit(() -> block.forEach(r -> check(index, r, threshold))));
            }
            for (Future<?> block : blocks) {
                block.get();
            }
            return pairs;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Members of one household share family name, address and postcode, which the engine weighs heavily: on the
     * 150,000-person demo register that alone put 206,257 sibling and parent pairs over 0.95. A pair whose given
     * names or dates of birth disagree outright is not queued (typos, nicknames and day/month swaps still are).
     */
    static boolean householdOnly(MatchCandidate c) {
        return c.explanation().field(MatchField.GIVEN_NAME).agreement() == Agreement.DISAGREE
                || c.explanation().field(MatchField.DATE_OF_BIRTH).agreement() == Agreement.DISAGREE;
    }

    private void check(RegisterIndex index, PersonRecord record, double threshold) {
        long self = RegisterIndex.personId(record.id());
        for (MatchCandidate c : index.search(record, CANDIDATES)) {
            long other = RegisterIndex.personId(c.id());
            if (other != self && c.probability() >= threshold && !householdOnly(c)) {
                pairs.merge(new Pair(Math.min(self, other), Math.max(self, other)), c,
                        (a, b) -> a.probability() >= b.probability() ? a : b);
            }
        }
        checked.incrementAndGet();
    }
}
