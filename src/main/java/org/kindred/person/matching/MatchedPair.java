package org.kindred.person.matching;

/** Two records judged to be the same person, and how sure the engine is. */
public record MatchedPair(String leftId, String rightId, double probability) {

    /** The same pair with the smaller id on the left, so a dedupe reports each pair once. */
    public MatchedPair ordered() {
        return IdOrder.compare(leftId, rightId) <= 0 ? this : new MatchedPair(rightId, leftId, probability);
    }
}
