package org.kindred.earlyhelp.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kindred.care.CareFacts;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.protection.ProtectionFacts;
import org.kindred.shared.chronology.ChronologyEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the front door, protection and care recorded over a span (referral days, plan starts, times in care, by
 * child), read once through their typed facts and kept between requests as ADR 0008 keeps authority-wide lists:
 * ids and dates only, shared by every user, forgotten when any step of any module commits (each publishes a
 * {@link ChronologyEntry}) and after a minute at most; a read that raced a change is not kept.
 */
@Component
class LaterFacts {
    private static final long KEEP_SECONDS = 60;
    private final FrontDoorFacts frontDoor;
    private final ProtectionFacts protection;
    private final CareFacts care;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(LaterRecords records, Instant at) {
    }

    LaterFacts(FrontDoorFacts frontDoor, ProtectionFacts protection, CareFacts care, Optional<Clock> clock) {
        this.frontDoor = frontDoor;
        this.protection = protection;
        this.care = care;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ChronologyEntry entry) {
        changes.incrementAndGet();
        kept.clear();
    }

    LaterRecords over(LocalDate first, LocalDate last) {
        String key = first + "/" + last;
        Instant now = clock.instant();
        Kept k = kept.get(key);
        if (k != null && k.at().plusSeconds(KEEP_SECONDS).isAfter(now)) return k.records();
        long before = changes.get();
        LaterRecords records = read(first, last);
        if (changes.get() == before) {
            if (kept.size() > 32) kept.clear();
            kept.put(key, new Kept(records, now));
        }
        return records;
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
