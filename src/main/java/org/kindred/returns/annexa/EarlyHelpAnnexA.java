package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.earlyhelp.EarlyHelpFacts.AssessmentFact;
import org.kindred.earlyhelp.EarlyHelpFacts;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Annex A list 2: early help assessments open at some time in the period, one row per child in the household, from
 * early help's facts, with the child's columns from the register (restricted children the user may not see left
 * out). The organisation is the lead professional's agency; an assessment with no lead professional yet is the
 * authority's own early help service's.
 */
@Component
@RequiredArgsConstructor
class EarlyHelpAnnexA implements AnnexAContributor {
    static final String LOCAL_AUTHORITY = "Local authority early help team";
    private final EarlyHelpFacts earlyHelp;
    private final People people;
    private final ApplicationEventPublisher events;

    @Override
    public void contribute(LocalDate from, LocalDate to, Lists lists) {
        List<AssessmentFact> assessments = earlyHelp.assessments(from, to);
        events.publishEvent(new AuditableAction("LIST", "early_help_episode", null,
                "Annex A list 2, " + from + " to " + to + ": " + assessments.size() + " assessments"));
        Map<Long, Person> children = people.findAll(assessments.stream().map(AssessmentFact::childId).distinct().toList());
        for (AssessmentFact a : assessments) {
            Person child = children.get(a.childId());
            if (child == null) continue;
            Map<String, Object> row = AnnexAChild.columns(child, to);
            row.put("Assessment start date", a.started());
            row.put("Assessment completion date", a.completed() != null && !a.completed().isAfter(to) ? a.completed() : null);
            row.put("Organisation completing assessment", a.agency() == null ? LOCAL_AUTHORITY : a.agency().label());
            lists.add(AnnexAList.LIST_2, row);
        }
    }
}
