package org.kindred.frontdoor;

import org.kindred.shared.time.UkTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.kindred.shared.WorkingDays;

/**
 * The front door decides on a contact within one working day of receiving it (Working Together to Safeguard
 * Children 2023, chapter 2: "within one working day of a referral being received, a local authority social
 * worker should make a decision about the type of response that is required").
 *
 * <p>The clock starts the moment the contact arrives and runs only on working days (England, {@link WorkingDays}),
 * in UK time: a contact received on a working day is due at the same time on the next working day (Friday 15:00
 * is due Monday 15:00, or Tuesday 15:00 after a bank holiday Monday); one received on a weekend or bank holiday is
 * due at the end of the next working day.
 */
public final class ContactDecisionDue {
    private static final WorkingDays CALENDAR = WorkingDays.england();

    private ContactDecisionDue() {
    }

    /** The moment the decision falls due. */
    public static Instant due(Instant receivedAt) {
        ZonedDateTime received = receivedAt.atZone(UkTime.ZONE);
        LocalDate day = received.toLocalDate();
        LocalDate next = CALENDAR.plusWorkingDays(day, 1);
        if (CALENDAR.isWorkingDay(day)) {
            return received.toLocalTime().atDate(next).atZone(UkTime.ZONE).toInstant();
        }
        return next.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
    }

    /**
     * Time on working days between two moments (zero when {@code to} is not after {@code from}); the length of the
     * clock that is left, or that has been used.
     */
    public static Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        Duration total = Duration.ZERO;
        LocalDate last = UkTime.date(to);
        for (LocalDate d = UkTime.date(from); !d.isAfter(last); d = d.plusDays(1)) {
            if (!CALENDAR.isWorkingDay(d)) continue;
            Instant start = max(from, d.atStartOfDay(UkTime.ZONE).toInstant());
            Instant end = min(to, d.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
            if (end.isAfter(start)) total = total.plus(Duration.between(start, end));
        }
        return total;
    }

    /** Working time left before the decision is due; zero once it is due. */
    public static Duration left(Instant receivedAt, Instant now) {
        return workingTime(now, due(receivedAt));
    }

    /**
     * The rating a queue shows: {@link Rag#GREEN} while more than half the working day remains, {@link Rag#AMBER}
     * for the second half, {@link Rag#RED} once the decision is due. The whole clock is 24 working hours, so amber
     * means 12 working hours or less remain.
     */
    public static Rag rag(Instant receivedAt, Instant now) {
        Instant due = due(receivedAt);
        if (!now.isBefore(due)) return Rag.RED;
        Duration whole = workingTime(receivedAt, due);
        Duration left = workingTime(now, due);
        return left.multipliedBy(2).compareTo(whole) > 0 ? Rag.GREEN : Rag.AMBER;
    }

    private static Instant max(Instant a, Instant b) { return a.isAfter(b) ? a : b; }

    private static Instant min(Instant a, Instant b) { return a.isBefore(b) ? a : b; }

    /** Red, amber, green, with the GOV.UK tag that shows each. */
    public enum Rag {
        GREEN("On time", "govuk-tag--green"),
        AMBER("Due soon", "govuk-tag--yellow"),
        RED("Overdue", "govuk-tag--red");

        private final String label;
        private final String tagClass;

        Rag(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() { return label; }

        public String tagClass() { return tagClass; }
    }
}
