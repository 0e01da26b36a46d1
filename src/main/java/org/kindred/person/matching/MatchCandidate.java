package org.kindred.person.matching;

/**
 * One person the engine thinks may be the one searched for: the match weight (log2 of the
 * likelihood ratio, Fellegi-Sunter), the probability it implies, and why.
 */
public record MatchCandidate(String id, double probability, double score, MatchExplanation explanation) {
}
