package org.kindred.person;

import java.util.List;

/**
 * "Is this child known to us?": ranked candidates through typos, nicknames, changed surnames and
 * day/month swaps, with reasons. Restricted records stay invisible to users without access.
 */
public interface RegisterSearch {
    /** Free text as a worker types it: names, a date of birth, a postcode, an NHS number or UPN, in any order. */
    List<SearchCandidate> search(String text, int limit);

    /** The candidates for a person about to be created, so the worker can confirm they are new. */
    List<SearchCandidate> likelyMatches(NewPerson person, int limit);

    /** Thrown in the first seconds after Kindred starts, while the search index is still being built. */
    class Starting extends RuntimeException {
        protected Starting(String message) { super(message); }
    }
}
