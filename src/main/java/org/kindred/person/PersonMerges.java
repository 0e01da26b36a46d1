package org.kindred.person;

import java.util.Optional;

/**
 * Merging two records of the same person, and undoing it. The person rows are never changed: every row attached to the
 * merged record (in any module, as each declares in its {@link PersonReferences}) moves to the survivor and is listed,
 * so an unmerge moves exactly those rows back. Only users who can see both records may merge them; both steps are
 * audited. A row that may exist once per person on both sides (an open plan, say) refuses the merge, changing nothing.
 */
public interface PersonMerges {
    PersonMerge merge(long survivorId, long mergedId, String reason);

    /** Undoes a merge that is still in force. */
    PersonMerge unmerge(long mergeId);

    /** The merge in force that took this record into another, if any. */
    Optional<PersonMerge> mergedInto(long personId);
}
