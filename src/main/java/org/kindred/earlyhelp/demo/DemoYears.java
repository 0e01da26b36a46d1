package org.kindred.earlyhelp.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.FrontDoorFacts.ContactAbout;

/**
 * Spreads the demo's episodes over its years of history, year by year back from today: each year the step-ups of
 * that year and an even spread of its step-downs, about {@code perYear} in all. A year without step-downs (the front
 * door generated fewer years) borrows the nearest later year's children, a year earlier, as episodes a lead
 * professional began directly (no contact), so the early help history is as long as asked whatever the front door's.
 */
@RequiredArgsConstructor
final class DemoYears {
    private final LocalDate today;
    private final int years;
    private final int perYear;

    void fill(List<ContactAbout> down, List<ContactAbout> up, DemoEpisodes episodes) {
        List<ContactAbout> borrowed = List.of();
        int borrowedFrom = 0;
        for (int k = 0; k < years; k++) {
            LocalDate from = today.minusYears(k + 1L), to = today.minusYears(k);
            List<ContactAbout> downs = in(down, from, to, k == 0);
            long ups = in(up, from, to, k == 0).size();
            int wanted = (int) Math.max(0, perYear - ups);
            if (!downs.isEmpty()) {
                spread(downs, wanted).forEach(episodes::steppedDown);
                borrowed = downs;
                borrowedFrom = k;
            } else {
                int back = k - borrowedFrom;
                for (ContactAbout c : spread(borrowed, wanted)) episodes.direct(c.childId(), c.on().minusYears(back));
            }
        }
        up.forEach(episodes::steppedUp);
    }

    /** Contacts on a day in (from, to], or [from, to] for the latest year (today included). */
    private static List<ContactAbout> in(List<ContactAbout> all, LocalDate from, LocalDate to, boolean latest) {
        return all.stream().filter(c -> (c.on().isAfter(from) || latest && c.on().isEqual(from)) && !c.on().isAfter(to))
                .toList();
    }

    private static List<ContactAbout> spread(List<ContactAbout> list, int wanted) {
        int n = Math.min(list.size(), wanted);
        List<ContactAbout> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(list.get((int) ((long) i * list.size() / n)));
        return out;
    }
}
