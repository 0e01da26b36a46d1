package org.kindred.person;

/** Two records the sweep judged likely to be the same person, with the engine's probability and its reasons. */
public record DuplicatePair(long id, Person left, Person right, double probability, String explanation, String status) {

    public int percent() { return (int) Math.round(probability * 100); }
}
