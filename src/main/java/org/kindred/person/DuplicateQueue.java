package org.kindred.person;

import java.util.List;

/**
 * The review queue of likely duplicates. Workers clear it by merging a pair ({@link PersonMerges}) or judging it
 * "not the same person", which is remembered. Pairs with a record the user may not see are left out.
 */
public interface DuplicateQueue {
    /** Open pairs, most likely first. */
    List<DuplicatePair> open(int limit);

    DuplicatePair find(long pairId);

    void notSame(long pairId);
}
