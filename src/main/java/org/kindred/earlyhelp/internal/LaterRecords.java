package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.earlyhelp.InterventionOutcomes.FollowUp;

/**
 * What Kindred's own records show about a child in the months after an intervention ended (or after they were
 * declined or withdrew, for the comparison group): a new referral to the front door, a child protection plan that
 * started, coming into care, and whether the child was still living at home (not in care) on the day the window
 * closed. Windows not yet closed by today are not counted. Pure: the caller reads the facts.
 *
 * @param referrals referral dates by child; @param plans CP plan start dates by child; @param care periods in care by child
 */
record LaterRecords(Map<Long, List<LocalDate>> referrals, Map<Long, List<LocalDate>> plans,
                    Map<Long, List<InCare>> care) {

    /** A time in care: {@code ceased} null while it lasts. */
    record InCare(LocalDate started, LocalDate ceased) {
        boolean on(LocalDate d) { return !started.isAfter(d) && (ceased == null || ceased.isAfter(d)); }
    }

    /** A child and the day the window opens. */
    record Start(long childId, LocalDate on) {
    }

    FollowUp count(String group, int months, List<Start> starts, LocalDate today) {
        int due = 0, reReferred = 0, cp = 0, care = 0, home = 0;
        for (Start s : starts) {
            LocalDate end = s.on().plusMonths(months);
            if (end.isAfter(today)) continue;
            due++;
            if (any(referrals.get(s.childId()), s.on(), end)) reReferred++;
            if (any(plans.get(s.childId()), s.on(), end)) cp++;
            List<InCare> periods = this.care.getOrDefault(s.childId(), List.of());
            if (periods.stream().anyMatch(c -> c.started().isAfter(s.on()) && !c.started().isAfter(end))) care++;
            if (periods.stream().noneMatch(c -> c.on(end))) home++;
        }
        return new FollowUp(group, months, due, reReferred, cp, care, home);
    }

    /** One child's window in words, for the list beside the figures. */
    String describe(Start s, int months, LocalDate today) {
        LocalDate end = s.on().plusMonths(months);
        if (end.isAfter(today)) return "Not yet (" + end + ")";
        List<InCare> periods = care.getOrDefault(s.childId(), List.of());
        StringBuilder t = new StringBuilder(periods.stream().noneMatch(c -> c.on(end)) ? "Still at home" : "In care");
        if (any(referrals.get(s.childId()), s.on(), end)) t.append(", re-referred");
        if (any(plans.get(s.childId()), s.on(), end)) t.append(", CP plan");
        return t.toString();
    }

    private static boolean any(List<LocalDate> dates, LocalDate after, LocalDate upTo) {
        return dates != null && dates.stream().anyMatch(d -> d.isAfter(after) && !d.isAfter(upTo));
    }
}
