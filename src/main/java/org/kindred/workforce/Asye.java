package org.kindred.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A newly qualified social worker's assessed and supported year in employment, with the reviews recorded so far. */
public record Asye(long id, long staffId, long userId, String name, String team, LocalDate start,
                   List<Review> reviews) {

    public record Review(AsyeReviewKind kind, LocalDate heldOn, AsyeOutcome outcome, String notes, String recordedBy) {
    }

    /** A review's due date: its months from the start. */
    public LocalDate dueOn(AsyeReviewKind kind) { return start.plusMonths(kind.months()); }

    /** The year ends (and the protected caseload with it) a year after the start. */
    public LocalDate end() { return start.plusYears(1); }

    public Optional<Review> review(AsyeReviewKind kind) {
        return reviews.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** In the year on the day: the protected caseload applies. A final review passed ends it early. */
    public boolean inYearOn(LocalDate day) {
        return !start.isAfter(day) && end().isAfter(day)
                && review(AsyeReviewKind.FINAL).map(r -> r.heldOn().isAfter(day)).orElse(true);
    }
}
