package org.kindred.care;

import static org.kindred.care.CareEventKind.CAME_INTO_CARE;
import static org.kindred.care.CareEventKind.LEFT_CARE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies one day's events at a time to the periods of care derived so far (see {@link Ssda903Episodes}). */
final class PeriodBuilder {
    private final List<PeriodOfCare> periods = new ArrayList<>();
    private List<Episode> episodes;
    private boolean planned;
    private LocalDate lastEnded;

    void apply(LocalDate day, List<CareEvent> events) {
        Optional<CareEvent> start = first(events, CAME_INTO_CARE);
        Optional<CareEvent> left = first(events, LEFT_CARE);
        if (start.isPresent()) {
            if (left.isPresent() || day.equals(lastEnded)) {
                throw Ssda903Episodes.refused("date", "A period of care cannot start on the day one ends (rule 431)");
            }
            if (episodes != null) throw Ssda903Episodes.refused("kind", "The child is already looked after on " + day);
            startPeriod(day, start.get(), events);
            return;
        }
        if (episodes == null) throw Ssda903Episodes.refused("date", "The child is not looked after on " + day);
        if (left.isPresent()) {
            if (events.size() > 1) throw Ssda903Episodes.refused("kind", "Record a change or leaving care on " + day + ", not both");
            endPeriod(day, left.get().reasonCeased());
        } else {
            change(day, events);
        }
    }

    private void startPeriod(LocalDate day, CareEvent start, List<CareEvent> events) {
        Change c = Change.of(start.legalStatus(), start.placement(), events);
        if (c.placement().type().temporary()) {
            throw Ssda903Episodes.refused("placementType", "A period of care cannot start with a temporary placement");
        }
        episodes = new ArrayList<>();
        planned = Boolean.TRUE.equals(start.planned());
        episodes.add(new Episode(day, NewEpisodeReason.S, c.legalStatus(), start.categoryOfNeed(), c.placement(),
                null, null, null));
    }

    private void change(LocalDate day, List<CareEvent> events) {
        Episode current = episodes.get(episodes.size() - 1);
        Change c = Change.of(current.legalStatus(), current.placement(), events);
        episodes.set(episodes.size() - 1, current.close(day, ReasonCeased.X1, c.reasonFor(current.placement())));
        episodes.add(new Episode(day, c.reasonNew(), c.legalStatus(), current.categoryOfNeed(), c.placement(),
                null, null, null));
    }

    private void endPeriod(LocalDate day, ReasonCeased reason) {
        if (reason.continuesCare()) throw Ssda903Episodes.refused("reasonCeased", "X1 does not end a period of care");
        Episode current = episodes.get(episodes.size() - 1);
        episodes.set(episodes.size() - 1, current.close(day, reason, null));
        periods.add(new PeriodOfCare(episodes.get(0).started(), day, planned, List.copyOf(episodes)));
        episodes = null;
        lastEnded = day;
    }

    List<PeriodOfCare> periods() {
        List<PeriodOfCare> all = new ArrayList<>(periods);
        if (episodes != null) all.add(new PeriodOfCare(episodes.get(0).started(), null, planned, List.copyOf(episodes)));
        return all;
    }

    private static Optional<CareEvent> first(List<CareEvent> events, CareEventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }
}
