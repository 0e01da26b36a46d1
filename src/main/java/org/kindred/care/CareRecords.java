package org.kindred.care;

import java.time.LocalDate;

/**
 * Looked-after children's care records. Every read and change is audited; a child the user may not see is treated
 * as not existing. Bad input throws {@link org.kindred.shared.InvalidInput} and changes nothing: an event that
 * would make the history inconsistent (a change while not in care, a placement the same as the current one) is
 * refused with the field at fault.
 */
public interface CareRecords {
    CareRecord find(long childId);

    CareRecord record(long childId, NewCareEvent event);

    /** A looked-after review held on the day (chaired by the IRO). */
    default CareRecord recordReview(long childId, LocalDate heldOn) {
        return recordReview(childId, heldOn, null);
    }

    /**
     * A looked-after review with the child's participation, SSDA903 REVIEW_CODE PN1 to PN7 (PN0 is implied for a
     * child under 4; null when not yet known).
     */
    CareRecord recordReview(long childId, LocalDate heldOn, String participation);

    /** A statutory visit to the child in placement. */
    CareRecord recordVisit(long childId, LocalDate visitedOn);

    /**
     * Corrects an event entered wrongly: it is never deleted but superseded, with the reason, by the replacement
     * (or withdrawn when there is none), and the episodes are derived again from the corrected history.
     */
    CareRecord correct(long childId, long eventId, Correction correction);

    MissingEpisode recordMissing(long childId, NewMissingEpisode episode);

    /** Corrects a missing episode: usually to record the child's return and then the interview offer. */
    MissingEpisode updateMissing(long childId, long missingId, NewMissingEpisode episode);
}
