package org.kindred.frontdoor.demo;

import org.kindred.shared.time.UkTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.PrimaryNeed;

/**
 * A county's year at the front door, in memory: contacts in time order with their sources and decisions, the
 * referrals made (re-referrals come from children whose earlier episode closed) and each referral's planned
 * assessment. {@link FrontDoorDemo} writes it.
 */
final class FrontDoorYear {
    static final Weighted<String> SOURCES = new Weighted<>("6", 29, "2A", 18, "3A", 3, "3B", 3, "3C", 1, "3D", 2,
            "3E", 4, "3F", 2, "5A", 2, "5B", 2, "5C", 2, "5D", 3, "1A", 5, "1B", 2, "1C", 1, "1D", 1, "2B", 2, "4", 2,
            "7", 4, "8", 5, "9", 3, "10", 4);
    private static final Weighted<ContactDecision> DECISIONS = new Weighted<>(ContactDecision.REFERRAL, 42,
            ContactDecision.NO_FURTHER_ACTION, 20, ContactDecision.INFORMATION_AND_ADVICE, 18,
            ContactDecision.EARLY_HELP, 20);
    private static final Weighted<PrimaryNeed> NEEDS = new Weighted<>(PrimaryNeed.N1, 55, PrimaryNeed.N2, 4,
            PrimaryNeed.N3, 5, PrimaryNeed.N4, 15, PrimaryNeed.N5, 12, PrimaryNeed.N6, 2, PrimaryNeed.N7, 1,
            PrimaryNeed.N8, 1, PrimaryNeed.N9, 5);

    /** One contact as generated; {@code decision} null for the open ones. */
    static final class Contact {
        long childId;
        String source;
        Instant received;
        boolean urgent;
        ContactDecision decision;
        Instant decided;
        boolean needsAuthorisation;
        Instant authorised;
        PrimaryNeed need;
        DemoEpisode episode;
        boolean reReferral;
    }

    private record Closing(LocalDate on, long childId) {
    }

    final List<Contact> contacts = new ArrayList<>();
    private final LocalDate today;
    private final Instant now;
    private final Random rnd;
    private final List<Long> fresh;
    private final Map<Long, LocalDate> bornBy;
    private final List<Long> notYetBorn = new ArrayList<>();
    private int nextFresh;

    FrontDoorYear(LocalDate today, Instant now, long seed, List<Long> freshChildren) {
        this(today, now, seed, freshChildren, Map.of());
    }

    /**
     * @param bornBy for children born during the year, a day by which each is born: no contact is about a child
     *               before then (the census refuses a referral before birth unless the child is recorded unborn)
     */
    FrontDoorYear(LocalDate today, Instant now, long seed, List<Long> freshChildren, Map<Long, LocalDate> bornBy) {
        this.today = today;
        this.now = now;
        this.rnd = new Random(seed);
        this.fresh = freshChildren;
        this.bornBy = bornBy;
    }

    FrontDoorYear generate(int decided, int open, int openAssessments) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < decided; i++) times.add(receivedTime());
        times.sort(null);
        PriorityQueue<Closing> closing = new PriorityQueue<>((a, b) -> a.on.compareTo(b.on));
        List<Long> closed = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        Set<Long> openEpisode = new HashSet<>();
        for (Instant t : times) {
            LocalDate day = UkTime.date(t);
            while (!closing.isEmpty() && closing.peek().on.isBefore(day.minusDays(6))) closed.add(closing.poll().childId);
            Contact c = decidedContact(t);
            if (c.decision == ContactDecision.REFERRAL) {
                boolean again = !closed.isEmpty() && rnd.nextDouble() < 0.235;
                c.childId = again ? closed.remove(rnd.nextInt(closed.size())) : freshChild(day);
                c.reReferral = again;
                c.need = NEEDS.pick(rnd);
                if (workingDaysAgo(day) >= 2) c.episode = DemoEpisode.plan(day, rnd);
                if (c.episode != null && c.episode.closes()) closing.add(new Closing(c.episode.authorised, c.childId));
                else openEpisode.add(c.childId);
            } else {
                c.childId = !seen.isEmpty() && rnd.nextDouble() < 0.2 ? seen.get(rnd.nextInt(seen.size())) : freshChild(day);
            }
            seen.add(c.childId);
            contacts.add(c);
        }
        trimAssessments(openAssessments);
        for (int i = 0; i < open; i++) contacts.add(openContact());
        return this;
    }

    private int workingDaysAgo(LocalDate day) { return DemoEpisode.DAYS.workingDaysBetween(day, today); }

    /** Keeps about {@code target} of the assessments that would still be running today open; the rest finish. */
    private void trimAssessments(int target) {
        List<DemoEpisode> running = contacts.stream().map(c -> c.episode)
                .filter(e -> e != null && !e.plannedPast(today)).toList();
        double keep = running.isEmpty() ? 0 : Math.min(1.0, (double) target / running.size());
        for (DemoEpisode e : running) e.openOrCompress(rnd.nextDouble() < keep, today, rnd);
    }

    private Contact decidedContact(Instant received) {
        Contact c = new Contact();
        c.source = SOURCES.pick(rnd);
        c.received = received;
        c.urgent = rnd.nextDouble() < 0.08;
        c.decision = DECISIONS.pick(rnd);
        Instant due = ContactDecisionDue.due(received);
        Duration window = Duration.between(received, due);
        c.decided = rnd.nextDouble() < 0.88
                ? received.plus(window.multipliedBy(5 + rnd.nextInt(90)).dividedBy(100))
                : due.plus(Duration.ofMinutes(30 + rnd.nextInt(1200)));
        if (c.decided.isAfter(now)) c.decided = now.minusSeconds(60);
        c.needsAuthorisation = c.urgent && (c.decision == ContactDecision.NO_FURTHER_ACTION
                || c.decision == ContactDecision.INFORMATION_AND_ADVICE);
        if (c.needsAuthorisation) {
            c.authorised = c.decided.plus(Duration.ofMinutes(20 + rnd.nextInt(200)));
            if (c.authorised.isAfter(now)) c.authorised = now;
        }
        return c;
    }

    /** Received in the last working day or so, still waiting for a decision now. */
    private Contact openContact() {
        Contact c = new Contact();
        c.source = SOURCES.pick(rnd);
        c.received = now.minus(Duration.ofMinutes(5 + rnd.nextInt(60 * 26)));
        c.urgent = rnd.nextDouble() < 0.1;
        c.childId = freshChild(today);
        return c;
    }

    /** A moment in the year before the open contacts: mostly working days in office hours. */
    private Instant receivedTime() {
        while (true) {
            LocalDate day = today.minusDays(2 + rnd.nextInt(363));
            boolean working = DemoEpisode.DAYS.isWorkingDay(day);
            if (!working && rnd.nextDouble() > 0.25) continue;
            LocalTime time = working && rnd.nextDouble() < 0.9
                    ? LocalTime.of(8, 0).plusMinutes(rnd.nextInt(10 * 60 + 30))
                    : LocalTime.ofSecondOfDay(rnd.nextInt(24 * 3600));
            return day.atTime(time).atZone(UkTime.ZONE).toInstant();
        }
    }

    /** The next child not contacted yet who is born by {@code day}; one not yet born waits for a later contact. */
    private long freshChild(LocalDate day) {
        for (int i = 0; i < notYetBorn.size(); i++) {
            if (bornOn(notYetBorn.get(i), day)) return notYetBorn.remove(i);
        }
        for (int tries = 0; tries < fresh.size(); tries++) {
            long child = fresh.get(nextFresh++ % fresh.size());
            if (bornOn(child, day)) return child;
            if (!notYetBorn.contains(child)) notYetBorn.add(child);
        }
        throw new IllegalStateException("No child on the register born by " + day);
    }

    private boolean bornOn(long child, LocalDate day) {
        LocalDate born = bornBy.get(child);
        return born == null || !born.isAfter(day);
    }
}
