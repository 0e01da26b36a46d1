package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's care history: periods of care with their episodes exactly as the SSDA903 return counts them, the
 * events they were derived from, reviews, visits and missing episodes, and what is due next (null when the child is
 * not looked after). Placement types U1 and U4 (long-term fostering) count as intended to last until 18.
 */
public record CareRecord(long childId, String childName, boolean lookedAfter, List<PeriodOfCare> periods,
                         List<RecordedCareEvent> events, List<LocalDate> reviews, List<LocalDate> visits,
                         List<MissingEpisode> missing, LocalDate nextReviewDue, LocalDate nextVisitDue) {
}
