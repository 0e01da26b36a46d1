package org.kindred.returns.export.ssda903;

import static org.kindred.returns.export.ssda903.Ssda903Codes.flag;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.care.CareFacts.CheckFact;
import org.kindred.care.CareFacts.EpisodeFact;
import org.kindred.care.CareFacts.OutcomeFact;
import org.kindred.care.LegalStatus;
import org.kindred.person.Person;
import org.kindred.returns.export.ReturnSource.Rows;

/**
 * OC2: children looked after continuously for at least 12 months at 31 March (a period started on or before
 * 1 April, still open on 31 March), short breaks (V3, V4) excluded. SDQ for ages 4 to 16 at any time in the year,
 * convictions from 10, health promotion (HEALTH_CHECK) under 5; dental check and health assessment held in the year.
 */
final class Oc2Rows {
    private Oc2Rows() {
    }

    static void add(Cohort cohort, List<EpisodeFact> episodes, List<OutcomeFact> outcomes, List<CheckFact> dental,
                    List<CheckFact> health, Rows rows) {
        Set<Long> twelveMonths = episodes.stream().filter(e -> lookedAfterAllYear(cohort, e))
                .map(EpisodeFact::childId).collect(Collectors.toSet());
        Map<Long, OutcomeFact> recorded = outcomes.stream()
                .collect(Collectors.toMap(OutcomeFact::childId, Function.identity(), (a, b) -> a));
        Set<Long> teeth = dental.stream().map(CheckFact::childId).collect(Collectors.toSet());
        Set<Long> assessed = health.stream().map(CheckFact::childId).collect(Collectors.toSet());
        for (Person p : cohort.children().values()) {
            if (!twelveMonths.contains(p.id())) continue;
            OutcomeFact o = recorded.get(p.id());
            int ageStart = Period.between(p.dateOfBirth(), cohort.start()).getYears();
            int ageEnd = Period.between(p.dateOfBirth(), cohort.end()).getYears();
            // Aged 4 to 16 at some time in the year, so those turning 4 or 17 in it too (DfE rules 197B, 187, 188).
            boolean sdq = ageEnd >= 4 && ageStart < 17;
            Map<String, String> r = cohort.row(p.id(), true);
            r.put("SDQ_SCORE", sdq && o != null && o.sdqScore() != null ? o.sdqScore().toString() : null);
            r.put("SDQ_REASON", sdq && o != null ? o.sdqReason() : null);
            r.put("CONVICTED", ageEnd >= 10 && o != null ? flag(o.convicted()) : null);
            r.put("HEALTH_CHECK", ageEnd < 5 && o != null ? flag(o.healthCheck()) : null);
            r.put("IMMUNISATIONS", o == null ? null : flag(o.immunisations()));
            r.put("TEETH_CHECK", flag(teeth.contains(p.id())));
            r.put("HEALTH_ASSESSMENT", flag(assessed.contains(p.id())));
            r.put("SUBSTANCE_MISUSE", o == null ? null : flag(o.substanceMisuse()));
            r.put("INTERVENTION_RECEIVED", o == null ? null : flag(o.interventionReceived()));
            r.put("INTERVENTION_OFFERED", o == null ? null : flag(o.interventionOffered()));
            rows.add("OC2", r);
        }
    }

    private static boolean lookedAfterAllYear(Cohort cohort, EpisodeFact e) {
        return !e.periodStarted().isAfter(cohort.start()) && !e.started().isAfter(cohort.end())
                && (e.ceased() == null || !e.ceased().isBefore(cohort.end()))
                && e.legalStatus() != LegalStatus.V3 && e.legalStatus() != LegalStatus.V4;
    }
}
