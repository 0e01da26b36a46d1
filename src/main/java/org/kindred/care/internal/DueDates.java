package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.care.Episode;
import org.kindred.care.LookedAfterReviewSchedule;
import org.kindred.care.NewEpisodeReason;
import org.kindred.care.PeriodOfCare;
import org.kindred.care.PlacementType;
import org.kindred.care.StatutoryVisitSchedule;

/** The next review and visit for the open period of care, from the reviews and visits held within it. */
final class DueDates {
    private DueDates() {
    }

    static LocalDate nextReview(PeriodOfCare period, List<LocalDate> reviews) {
        if (period == null || !period.open()) return null;
        List<LocalDate> held = reviews.stream().filter(d -> !d.isBefore(period.started())).toList();
        return safely(() -> LookedAfterReviewSchedule.nextDue(period.started(), held));
    }

    static LocalDate nextVisit(PeriodOfCare period, List<LocalDate> visits) {
        if (period == null || !period.open()) return null;
        LocalDate placed = placementStart(period);
        LocalDate last = visits.stream().filter(d -> !d.isBefore(placed)).max(LocalDate::compareTo).orElse(null);
        PlacementType type = period.current().placement().type();
        return StatutoryVisitSchedule.nextDue(placed, last, type == PlacementType.U1 || type == PlacementType.U4);
    }

    /** The start of the current placement: a legal status change alone (L) does not start one. */
    static LocalDate placementStart(PeriodOfCare period) {
        List<Episode> episodes = period.episodes();
        for (int i = episodes.size() - 1; i > 0; i--) {
            if (episodes.get(i).reasonNew() != NewEpisodeReason.L) return episodes.get(i).started();
        }
        return episodes.get(0).started();
    }

    /** Dates outside the working-day calendar's years have no computed due date. */
    private static LocalDate safely(java.util.function.Supplier<LocalDate> due) {
        try {
            return due.get();
        } catch (IllegalArgumentException outsideCalendar) {
            return null;
        }
    }
}
