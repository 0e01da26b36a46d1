package org.kindred.earlyhelp.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.earlyhelp.EndReason;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionOutcomes;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.ReferralStatus;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes page's figures: the service's own referrals, and the front door's, protection's and care's typed
 * facts (ADR 0016) for what happened afterwards, read once for the whole span; both kept between requests ({@link KeptOutcomes}): a request filters out the
 * children its user may not see, reads the names of those it lists through the register, and is audited.
 */
@Service
class JdbcOutcomes implements InterventionOutcomes {
    static final String HELPED = "Helped (ended in the period)";
    static final String COMPARISON = "Comparison (declined or withdrew)";
    private final KeptOutcomes kept;
    private final Household household;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcOutcomes(KeptOutcomes kept, Household household, ApplicationEventPublisher events,
                 Optional<Clock> clock) {
        this.kept = kept;
        this.household = household;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public Report report(Intervention service, LocalDate from, LocalDate to) {
        LocalDate today = UkTime.today(clock);
        java.util.Set<Long> hidden = household.hiddenFromUser();
        KeptOutcomes.Basis basis = kept.basis(service, from, to, today);
        List<InterventionReferral> all = basis.referrals().stream().filter(r -> !hidden.contains(r.childId())).toList();
        List<InterventionReferral> ended = all.stream().filter(r -> r.status() == ReferralStatus.ENDED && in(r.endedOn(), from, to)).toList();
        List<LaterRecords.Start> helped = ended.stream().map(r -> new LaterRecords.Start(r.childId(), r.endedOn())).toList();
        List<LaterRecords.Start> comparison = all.stream().map(r -> r.status() == ReferralStatus.DECLINED && in(r.declinedOn(), from, to)
                        ? new LaterRecords.Start(r.childId(), r.declinedOn())
                        : r.status() == ReferralStatus.WITHDRAWN && in(r.endedOn(), from, to) ? new LaterRecords.Start(r.childId(), r.endedOn()) : null)
                .filter(java.util.Objects::nonNull).toList();
        LaterRecords later = basis.later();
        List<FollowUp> followUps = new ArrayList<>();
        for (int months : new int[] {6, 12}) {
            followUps.add(later.count(HELPED, months, helped, today));
            followUps.add(later.count(COMPARISON, months, comparison, today));
        }
        Map<Long, Person> names = household.people(ended.stream().map(InterventionReferral::childId).distinct().toList());
        List<Young> people = ended.stream().filter(r -> names.containsKey(r.childId()))
                .sorted(Comparator.comparing(InterventionReferral::endedOn).reversed())
                .map(r -> new Young(r.childId(), names.get(r.childId()).fullName(), r.endedOn(),
                        EndReason.fromName(r.statusReason()).map(EndReason::label).orElse(r.statusReason()), r.livingAtHome(),
                        later.describe(new LaterRecords.Start(r.childId(), r.endedOn()), 6, today),
                        later.describe(new LaterRecords.Start(r.childId(), r.endedOn()), 12, today)))
                .toList();
        events.publishEvent(new AuditableAction("LIST", "intervention_referral", null, service.key() + " outcomes "
                + from + " to " + to + ": " + ended.size() + " ended, " + comparison.size() + " in the comparison group"));
        return new Report(service, from, to, today, flow(all, from, to), waiting(all, from, to, today),
                measures(ended), followUps, people);
    }

    private static Flow flow(List<InterventionReferral> all, LocalDate from, LocalDate to) {
        return new Flow(count(all, r -> in(r.referredOn(), from, to)), count(all, r -> in(r.acceptedOn(), from, to)),
                count(all, r -> in(r.declinedOn(), from, to)), count(all, r -> in(r.startedOn(), from, to)),
                count(all, r -> r.status() == ReferralStatus.ENDED && in(r.endedOn(), from, to)),
                count(all, r -> r.status() == ReferralStatus.ENDED && in(r.endedOn(), from, to)
                        && EndReason.COMPLETED.name().equals(r.statusReason())));
    }

    static Waiting waiting(List<InterventionReferral> all, LocalDate from, LocalDate to, LocalDate today) {
        List<Long> days = all.stream().filter(r -> in(r.startedOn(), from, to) && r.acceptedOn() != null)
                .map(r -> ChronoUnit.DAYS.between(r.acceptedOn(), r.startedOn())).sorted().toList();
        List<Long> now = all.stream().filter(r -> r.status() == ReferralStatus.WAITING)
                .map(r -> r.daysWaited(today)).sorted().toList();
        return new Waiting(days.size(), percentile(days, 50), percentile(days, 90), now.size(),
                now.isEmpty() ? null : now.get(now.size() - 1).intValue());
    }

    /** The nearest-rank percentile, or null for none. */
    static Integer percentile(List<Long> sorted, int pct) {
        if (sorted.isEmpty()) return null;
        int rank = (int) Math.ceil(pct / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)).intValue();
    }

    private static EndMeasures measures(List<InterventionReferral> ended) {
        int recorded = 0, home = 0, education = 0, offences = 0, scored = 0;
        double start = 0, end = 0;
        for (InterventionReferral r : ended) {
            if (r.livingAtHome() != null) {
                recorded++;
                if (r.livingAtHome()) home++;
                if (Boolean.TRUE.equals(r.inEducation())) education++;
                if (Boolean.TRUE.equals(r.noNewOffences())) offences++;
            }
            if (r.goalScoreStart() != null && r.goalScoreEnd() != null) {
                scored++;
                start += r.goalScoreStart();
                end += r.goalScoreEnd();
            }
        }
        return new EndMeasures(Math.max(recorded, scored), home, education, offences,
                scored == 0 ? null : Math.round(start / scored * 10) / 10.0, scored == 0 ? null : Math.round(end / scored * 10) / 10.0);
    }

    private static int count(List<InterventionReferral> all, java.util.function.Predicate<InterventionReferral> p) {
        return (int) all.stream().filter(p).count();
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
