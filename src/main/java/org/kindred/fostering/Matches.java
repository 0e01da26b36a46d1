package org.kindred.fostering;

import java.util.List;

/** The ranked households for a request and how many were left out by hard constraints (the first few named). */
public record Matches(long requestId, List<Match> ranked, int excludedCount, List<Exclusion> excluded) {
}
