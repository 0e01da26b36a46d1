package org.kindred.person;

/**
 * The family around a person: recorded relationships (shown from this person's side), the household (people at the
 * same current address) and siblings (recorded, or sharing a mother or father). Read and change are audited;
 * restricted relatives stay invisible to users without access.
 */
public interface Families {
    Family of(long personId);

    /** Records that {@code relatedId} is the {@code kind} of {@code personId}, e.g. her MOTHER. */
    Relative relate(long personId, NewRelationship relationship);
}
