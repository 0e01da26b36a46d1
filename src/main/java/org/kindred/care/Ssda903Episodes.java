package org.kindred.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kindred.shared.InvalidInput;

/**
 * Derives the SSDA903 periods of care and episodes from recorded events (DfE, SSDA903 guidance, "Episodes"; the
 * validation rules 357 and 431 to 436, 225, 226, 380). A new episode starts at every change of legal status or
 * placement: RNE S when the child starts to be looked after, L for a legal status change only, P for a placement
 * change only (B if the carer stays the same), T for both on the same day (U if the carer stays the same). The
 * episode it follows ceases that day with REC X1 and, when the placement changed, the reason for the change
 * (never for a temporary placement, T0 to T4, nor for the return from one). Events on one day are one change.
 * Leaving care ceases the last episode with its reason and ends the period. Inconsistent histories are refused.
 */
public final class Ssda903Episodes {
    private Ssda903Episodes() {
    }

    public static List<PeriodOfCare> derive(List<CareEvent> events) {
        Map<LocalDate, List<CareEvent>> byDay = new TreeMap<>();
        events.stream().sorted(Comparator.comparing(CareEvent::date))
                .forEach(e -> byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
        PeriodBuilder builder = new PeriodBuilder();
        byDay.forEach(builder::apply);
        return builder.periods();
    }

    static InvalidInput refused(String field, String message) {
        return InvalidInput.of(field, message);
    }
}
