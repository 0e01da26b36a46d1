package org.kindred.person;

/**
 * The family around a person: recorded relationships (shown from this person's side), the household (people at the
 * same current address) and siblings (recorded, or sharing a mother or father). Read and change are audited;
 * restricted relatives stay invisible to users without access.
 */
public interface Families {
    Family of(long personId);

    /**
     * The people recorded as a child of each of these people (their CHILD, or someone whose MOTHER or FATHER they are),
     * by parent id, in one query and one audit entry naming them all: for the statutory returns, which need every
     * looked-after girl's children at once. Relatives the user may not see are left out.
     */
    java.util.Map<Long, java.util.List<Relative>> childrenOf(java.util.Collection<Long> parentIds);

    /** Records that {@code relatedId} is the {@code kind} of {@code personId}, e.g. her MOTHER. */
    Relative relate(long personId, NewRelationship relationship);
}
