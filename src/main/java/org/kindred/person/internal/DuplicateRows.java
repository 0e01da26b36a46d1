package org.kindred.person.internal;

import java.util.Map;
import org.kindred.person.matching.MatchCandidate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the sweep's pairs to the queue: new pairs open, open pairs re-scored, decided pairs left alone. */
final class DuplicateRows {
    private DuplicateRows() {
    }

    /** Returns how many pairs were newly queued. */
    static int queue(JdbcClient jdbc, Map<PairFinder.Pair, MatchCandidate> pairs) {
        int before = count(jdbc);
        int n = pairs.size();
        Long[] left = new Long[n];
        Long[] right = new Long[n];
        Double[] probability = new Double[n];
        String[] explanation = new String[n];
        int i = 0;
        for (Map.Entry<PairFinder.Pair, MatchCandidate> e : pairs.entrySet()) {
            left[i] = e.getKey().left();
            right[i] = e.getKey().right();
            probability[i] = e.getValue().probability();
            explanation[i++] = e.getValue().explanation().toString();
        }
        jdbc.sql("""
                insert into person_duplicate (left_id, right_id, probability, explanation)
                select * from unnest(?::bigint[], ?::bigint[], ?::float8[], ?::text[])
                on conflict (left_id, right_id) do update set probability = excluded.probability,
                    explanation = excluded.explanation where person_duplicate.status = 'OPEN'""")
                .params(left, right, probability, explanation).update();
        return count(jdbc) - before;
    }

    private static int count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from person_duplicate").query(Integer.class).single();
    }
}
