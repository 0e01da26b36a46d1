package org.kindred.returns.export.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.kindred.access.SystemIdentity;
import org.kindred.care.CareFacts.EpisodeFact;
import org.kindred.care.CareFacts.LeaverOutcomeFact;
import org.kindred.care.CareFacts.UascFact;
import org.kindred.care.CareFacts;
import org.kindred.care.CheckKind;
import org.kindred.care.ReasonCeased;
import org.kindred.person.Families;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.returns.export.ReturnSource;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SSDA903 return for a collection year (1 April to 31 March) from the care module's facts, one query per table,
 * and the register read once for the whole return ({@link People#findAll}) as the return's own identity, because
 * restricted children are in the return too. Each table is one mapping class.
 */
@Component
@RequiredArgsConstructor
class Ssda903Source implements ReturnSource {
    private static final String IDENTITY = "ssda903-return";
    private final CareFacts care;
    private final People people;
    private final Families families;

    @Override
    public ReturnKind kind() { return ReturnKind.SSDA903; }

    @Override
    @Transactional
    public void fill(int year, Rows rows) {
        LocalDate start = CollectionYears.start(year);
        LocalDate end = CollectionYears.end(year);
        List<EpisodeFact> episodes = care.episodes(start, end);
        List<LeaverOutcomeFact> leavers = care.leaverOutcomes();
        Cohort cohort = cohort(year, start, end, episodes, leavers);
        List<Person> inCare = cohort.children().values().stream()
                .filter(p -> cohort.lookedAfter().contains(p.id())).toList();
        Map<Long, LocalDate> mothers = SystemIdentity.as(IDENTITY,
                () -> Motherhood.firstChildBorn(families, inCare, end));
        HeaderRows.add(cohort, mothers, rows);
        List<UascFact> uasc = care.uasc(start, end);
        EpisodeRows.add(cohort, episodes, uasc.stream().map(UascFact::childId).collect(java.util.stream.Collectors.toSet()), rows);
        ReviewRows.add(cohort, care.reviews(start, end), rows);
        UascRows.add(cohort, uasc, rows);
        Oc2Rows.add(cohort, episodes, care.outcomes(year), care.checks(CheckKind.DENTAL_CHECK, start, end),
                care.checks(CheckKind.HEALTH_ASSESSMENT, start, end), rows);
        Oc3Rows.add(cohort, leavers, rows);
        Ad1Rows.add(cohort, care.adoptions(adoptedIn(cohort, episodes)), rows);
        PlacedAdoptionRows.add(cohort, care.placedForAdoption(start, end), rows);
        PrevPermRows.add(cohort, care.previousPermanence(start, end), rows);
        MissingRows.add(cohort, care.missing(start, end), rows);
        SwEpisodeRows.add(cohort, care.socialWorkers(start, end), rows);
    }

    private Cohort cohort(int year, LocalDate start, LocalDate end, List<EpisodeFact> episodes,
                          List<LeaverOutcomeFact> leavers) {
        TreeSet<Long> lookedAfter = new TreeSet<>();
        episodes.forEach(e -> lookedAfter.add(e.childId()));
        Map<Long, List<Integer>> leaverAges = new java.util.HashMap<>();
        leavers.forEach(l -> leaverAges.computeIfAbsent(l.childId(), k -> new ArrayList<>()).add(l.age()));
        TreeSet<Long> all = new TreeSet<>(lookedAfter);
        all.addAll(leaverAges.keySet());
        Map<Long, Person> register = SystemIdentity.as(IDENTITY, () -> people.findAll(all));
        Cohort everyone = new Cohort(year, start, end, register, lookedAfter);
        Map<Long, Person> children = new LinkedHashMap<>();
        for (long id : all) {
            Person p = register.get(id);
            if (p == null || p.dateOfBirth() == null) continue;
            boolean leaver = leaverAges.getOrDefault(id, List.of()).stream()
                    .anyMatch(age -> everyone.within(p.dateOfBirth().plusYears(age)));
            if (lookedAfter.contains(id) || leaver) children.put(id, p);
        }
        return new Cohort(year, start, end, children, lookedAfter);
    }

    /** Children adopted in the year: an episode ceased E11 or E12 in it. */
    private static List<Long> adoptedIn(Cohort cohort, List<EpisodeFact> episodes) {
        Set<Long> adopted = new TreeSet<>();
        for (EpisodeFact e : episodes) {
            boolean adoption = e.reasonCeased() == ReasonCeased.E11 || e.reasonCeased() == ReasonCeased.E12;
            if (adoption && e.ceased() != null && cohort.within(e.ceased()) && cohort.has(e.childId())) {
                adopted.add(e.childId());
            }
        }
        return new ArrayList<>(adopted);
    }
}
