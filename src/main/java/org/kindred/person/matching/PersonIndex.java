package org.kindred.person.matching;

import java.util.List;

/**
 * Finds people like a description, best first. The in-process implementation is
 * {@link LucenePersonIndex}; a national register could serve the same interface from OpenSearch.
 */
public interface PersonIndex extends AutoCloseable {

    void add(PersonRecord person);

    /** Replaces the person with the same id (adds them if new). */
    void update(PersonRecord person);

    void remove(PersonRecord person);

    /** At most {@code limit} candidates, highest match weight first, each with its explanation. */
    List<MatchCandidate> search(PersonQuery query, int limit);

    @Override
    void close();
}
