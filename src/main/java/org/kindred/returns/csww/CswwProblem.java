package org.kindred.returns.csww;

/** One thing wrong in the census: which worker (or the authority's vacancies), which field, and what. */
public record CswwProblem(String worker, String field, String message) {
    @Override
    public String toString() { return worker + ", " + field + ": " + message; }
}
