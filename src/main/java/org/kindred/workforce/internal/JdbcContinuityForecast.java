package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.allocation.CaseloadChild;
import org.kindred.allocation.Caseloads;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.ContinuityForecast;
import org.kindred.workforce.Staff;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The forecast over allocation's caseloads (its public API) and the employment records. */
@Service
class JdbcContinuityForecast implements ContinuityForecast {
    private final Caseloads caseloads;
    private final Staff staff;
    private final Asyes asyes;
    private final int caseloadLimit;

    JdbcContinuityForecast(Caseloads caseloads, Staff staff, Asyes asyes,
                           @Value("${kindred.workforce.caseload-limit:18}") int caseloadLimit) {
        this.asyes = asyes;
        this.caseloads = caseloads;
        this.staff = staff;
        this.caseloadLimit = caseloadLimit;
    }

    @Override
    public List<ChildForecast> forTeam(String team, LocalDate today) {
        // A team's children are read by its workers (an index); every child only when no team is asked for.
        List<CaseloadChild> held = team == null ? caseloads.heldOn(today) : caseloads.children(staff.all().stream()
                .filter(s -> team.equals(s.team()) && s.startDate().compareTo(today) <= 0)
                .map(StaffMember::userId).distinct().toList(), today);
        List<ChildForecast> all = forecast(today, held, team);
        Map<Long, String> named = new HashMap<>();
        // Named as the register names them now; restricted records the user may not see are left out.
        caseloads.visibleNamed(all.stream().map(f -> new CaseloadChild(f.childId(), null, f.workerId(),
                f.workerName(), today, 0, 0)).toList()).forEach(c -> named.put(c.childId(), c.childName()));
        return all.stream().filter(f -> named.containsKey(f.childId()))
                .map(f -> new ChildForecast(f.childId(), named.get(f.childId()), f.workerId(), f.workerName(),
                        f.team(), f.probability(), f.reasons(), f.workersThisYear()))
                .sorted(Comparator.comparingDouble(ChildForecast::probability).reversed()
                        .thenComparing(ChildForecast::childId))
                .toList();
    }

    /** Ids only, nothing named: for the back-test and for the named list above. */
    List<ChildForecast> forecast(LocalDate today, List<CaseloadChild> held, String team) {
        Map<Long, StaffMember> byWorker = new HashMap<>();
        for (StaffMember s : staff.all()) {
            if (!s.startDate().isAfter(today) && (s.leavingDate() == null || !s.leavingDate().isBefore(today.minusMonths(6)))) {
                byWorker.merge(s.userId(), s, (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b);
            }
        }
        // The ASYE's recorded year, so that a past day knows an ASYE whose worker is now a social worker.
        Map<Long, LocalDate> asyeEnds = new HashMap<>();
        asyes.all().forEach(a -> asyeEnds.put(a.staffId(), a.end()));
        Map<Long, Integer> caseload = new HashMap<>();
        held.forEach(c -> caseload.merge(c.workerId(), 1, Integer::sum));
        List<ChildForecast> out = new ArrayList<>();
        for (CaseloadChild c : held) {
            StaffMember w = byWorker.get(c.workerId());
            String workerTeam = w == null ? null : w.team();
            if (team != null && !team.equals(workerTeam)) {
                continue;
            }
            LocalDate asyeEnd = w == null ? null : asyeEnds.getOrDefault(w.id(),
                    w.role() == StaffRole.ASYE ? w.startDate().plusYears(1) : null);
            ChangeRisk.Risk r = ChangeRisk.of(today, w, caseload.get(c.workerId()), caseloadLimit,
                    c.changesInLast12Months(), asyeEnd);
            out.add(new ChildForecast(c.childId(), c.displayName(), c.workerId(), c.workerName(), workerTeam,
                    r.probability(), r.reasons(), c.workersInLast12Months()));
        }
        return out;
    }

    @Override
    public BackTest backTest(LocalDate at) {
        LocalDate until = at.plusMonths(MONTHS_AHEAD);
        List<CaseloadChild> then = caseloads.heldOn(at);
        Map<Long, Long> later = new HashMap<>();
        caseloads.heldOn(until).forEach(c -> later.put(c.childId(), c.workerId()));
        Map<Long, StaffMember> byWorker = new HashMap<>();
        staff.all().stream().filter(s -> !s.startDate().isAfter(at))
                .forEach(s -> byWorker.merge(s.userId(), s, (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b));
        int changed = 0, predicted = 0, correct = 0, naivePredicted = 0, naiveCorrect = 0;
        Map<String, int[]> byReason = new java.util.TreeMap<>();
        for (ChildForecast f : forecast(at, then, null)) {
            Long after = later.get(f.childId());
            boolean change = after != null && after != f.workerId();
            for (String kind : f.reasons().isEmpty() ? List.of("no reason") : f.reasons().stream().map(ChangeRisk::kind).toList()) {
                int[] n = byReason.computeIfAbsent(kind, k -> new int[2]);
                n[0]++;
                n[1] += change ? 1 : 0;
            }
            boolean forecastChange = f.probability() >= 0.5;
            boolean naiveChange = ChangeRisk.naive(at, byWorker.get(f.workerId()));
            changed += change ? 1 : 0;
            predicted += forecastChange ? 1 : 0;
            correct += forecastChange && change ? 1 : 0;
            naivePredicted += naiveChange ? 1 : 0;
            naiveCorrect += naiveChange && change ? 1 : 0;
        }
        return new BackTest(at, until, then.size(), changed, Score.of(predicted, correct, changed),
                Score.of(naivePredicted, naiveCorrect, changed), byReason.entrySet().stream()
                .map(e -> new ReasonRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }
}
