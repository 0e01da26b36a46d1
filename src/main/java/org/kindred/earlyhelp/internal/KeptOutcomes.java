package org.kindred.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kindred.care.CareFacts;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.ReferralStatus;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.protection.ProtectionFacts;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.cluster.AfterCommit;
import org.kindred.shared.cluster.ClusterSignals;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the outcomes page needs for one service and period, kept between requests as ADR 0008 keeps authority-wide
 * lists: the service's referrals touching the period (every child: each request leaves out those its user may not
 * see, and reads names through the register) and what the front door, protection and care recorded afterwards (ids
 * and dates, read once through their typed facts). Forgotten when any step of any module commits (each publishes a
 * {@link ChronologyEntry}: interventions' own steps and protection's FGCs too), on other nodes when PostgreSQL tells
 * them ({@link ClusterSignals}, topic {@value #TOPIC}), and after a minute at most (bulk loads publish nothing); a
 * basis read while a change committed is not kept.
 */
@Component
class KeptOutcomes {
    static final String TOPIC = "earlyhelp.outcomes";
    private static final long KEEP_SECONDS = 60;
    private final JdbcClient jdbc;
    private final FrontDoorFacts frontDoor;
    private final ProtectionFacts protection;
    private final CareFacts care;
    private final ClusterSignals signals;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The referrals touching a period (or waiting now) and the later records over their follow-up span. */
    record Basis(List<InterventionReferral> referrals, LaterRecords later) {
    }

    private record Kept(Basis basis, Instant at) {
    }

    KeptOutcomes(JdbcClient jdbc, FrontDoorFacts frontDoor, ProtectionFacts protection, CareFacts care,
                 ClusterSignals signals, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.frontDoor = frontDoor;
        this.protection = protection;
        this.care = care;
        this.signals = signals;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        signals.listen(TOPIC, payloads -> forget());
    }

    /**
     * A plain listener with its own synchronisation, not a transactional event listener: Spring Modulith would record
     * each such event in its publication table (ADR 0022, as allocation's unallocated work does).
     */
    @EventListener
    void changed(ChronologyEntry entry) {
        forgetOnCommit();
    }

    /** A batch command's steps: one change. */
    @EventListener
    void changed(org.kindred.shared.chronology.ChronologyEntries entries) {
        if (!entries.entries().isEmpty()) forgetOnCommit();
    }

    /** Once per transaction however many steps it records. */
    private void forgetOnCommit() {
        signals.send(TOPIC);
        AfterCommit.once(this, this::forget);
    }

    private void forget() {
        changes.incrementAndGet();
        kept.clear();
    }

    Basis basis(Intervention service, LocalDate from, LocalDate to, LocalDate today) {
        String key = service + "/" + from + "/" + to + "/" + today;
        Instant now = clock.instant();
        Kept k = kept.get(key);
        if (k != null && k.at().plusSeconds(KEEP_SECONDS).isAfter(now)) return k.basis();
        long before = changes.get();
        List<InterventionReferral> referrals = referrals(service, from, to);
        Basis basis = new Basis(referrals, later(referrals, from, to, today));
        if (changes.get() == before) {
            if (kept.size() > 64) kept.clear();
            kept.put(key, new Kept(basis, now));
        }
        return basis;
    }

    private List<InterventionReferral> referrals(Intervention service, LocalDate from, LocalDate to) {
        return jdbc.sql(ReferralRows.SELECT + """
                 where r.service = :s and (r.referred_on between :f and :t or r.accepted_on between :f and :t
                   or r.declined_on between :f and :t or r.started_on between :f and :t or r.ended_on between :f and :t
                   or r.status = 'WAITING')""")
                .param("s", service.name()).param("f", from).param("t", to).query(ReferralRows::map).list();
    }

    /** The later facts over the span from the first end (or decline, or withdrawal) in the period to 12 months on. */
    private LaterRecords later(List<InterventionReferral> referrals, LocalDate from, LocalDate to, LocalDate today) {
        List<LocalDate> starts = new ArrayList<>();
        for (InterventionReferral r : referrals) {
            LocalDate on = r.status() == ReferralStatus.DECLINED ? r.declinedOn()
                    : r.status() == ReferralStatus.ENDED || r.status() == ReferralStatus.WITHDRAWN ? r.endedOn() : null;
            if (on != null && !on.isBefore(from) && !on.isAfter(to)) starts.add(on);
        }
        if (starts.isEmpty()) return new LaterRecords(Map.of(), Map.of(), Map.of());
        LocalDate first = starts.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = starts.stream().map(d -> d.plusMonths(12)).max(Comparator.naturalOrder()).orElseThrow();
        if (last.isAfter(today)) last = today;
        if (last.isBefore(first)) last = first;
        return read(first, last);
    }

    private LaterRecords read(LocalDate first, LocalDate last) {
        Map<Long, List<LocalDate>> referrals = frontDoor.referralsOpenIn(first, last).stream()
                .filter(r -> !r.referred().isBefore(first))
                .collect(Collectors.groupingBy(FrontDoorFacts.ReferralMade::childId,
                        Collectors.mapping(FrontDoorFacts.ReferralMade::referred, Collectors.toList())));
        Map<Long, List<LocalDate>> plans = protection.protectionPlans(first, last).stream()
                .collect(Collectors.groupingBy(ProtectionFacts.PlanFact::childId,
                        Collectors.mapping(ProtectionFacts.PlanFact::started, Collectors.toList())));
        Map<Long, List<LaterRecords.InCare>> inCare = care.episodes(first, last).stream()
                .collect(Collectors.groupingBy(CareFacts.EpisodeFact::childId, Collectors.mapping(
                        e -> new LaterRecords.InCare(e.started(), e.ceased()), Collectors.toList())));
        return new LaterRecords(referrals, plans, inCare);
    }
}
