package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The team manager's view of children in care, as inspectors ask about them: three or more placements
 * ({@link PlacementStability}) or three or more social workers in the last 12 months, missing now, and reviews,
 * visits, health assessments, PEPs and pathway plans overdue. Each list is capped; the counts are not.
 */
public interface CareOverview {
    Summary on(LocalDate today);

    /** One list of the overview in full, a page of 50 at a time (page 0 first); empty for a list that does not exist. */
    java.util.Optional<Section> section(String id, LocalDate today, int page);

    /** Rows on a page of {@link #section}. */
    int PAGE_SIZE = 50;

    /** One child in a list: how many (placements, workers), or the date (due, or missing since). */
    record Row(long childId, Integer count, LocalDate date) {
    }

    record Section(String id, String title, long total, List<Row> rows) {
    }

    record Summary(LocalDate today, long lookedAfter, long careLeavers, List<Section> sections) {
    }
}
