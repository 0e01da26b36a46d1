package org.kindred.frontdoor.internal;

import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.frontdoor.Assessment;
import org.kindred.frontdoor.AssessmentSteps;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the later steps of a single assessment once checked, with their audit entries and chronology. */
@Component
@RequiredArgsConstructor
class AssessmentStepWriter {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final FrontDoorChronology chronology;

    void childSeen(Assessment a, long contactId, AssessmentSteps.ChildSeen in, java.time.LocalDate today) {
        AssessmentStepCheck.Seen s = AssessmentStepCheck.seen(a, in, today);
        jdbc.sql("""
                update single_assessment set seen_on = coalesce(seen_on, ?), seen_alone_on = coalesce(seen_alone_on, ?)
                where id = ?""").params(s.seenOn(), s.seenAloneOn(), a.id()).update();
        events.publishEvent(new AuditableAction("UPDATE", "assessment", Long.toString(a.id()),
                "child seen " + s.seenOn() + ", seen alone " + s.seenAloneOn()));
        if (s.seenOn() != null) {
            chronology.tell(a.childId(), chronology.on(s.seenOn()), "Assessment", "Child seen for the single assessment on "
                    + UkTime.written(s.seenOn()), "assessment", a.id(), contactId);
        }
        if (s.seenAloneOn() != null) {
            chronology.tell(a.childId(), chronology.on(s.seenAloneOn()), "Assessment", "Child seen alone on "
                    + UkTime.written(s.seenAloneOn()), "assessment", a.id(), contactId);
        }
    }

    void conclude(Assessment a, long contactId, AssessmentSteps.Conclusion in, java.time.LocalDate today) {
        AssessmentStepCheck.Concluded c = AssessmentStepCheck.conclusion(a, in, today);
        int changed = jdbc.sql("""
                update single_assessment set factors = ?::text[], outcome = ?, completed_on = ?, completed_by = ?
                where id = ? and outcome is null""")
                .params("{" + String.join(",", c.factors()) + "}", c.outcome().name(), c.completedOn(),
                        CurrentUser.get().username(), a.id()).update();
        if (changed == 0) throw org.kindred.shared.InvalidInput.of("outcome", "The outcome is already recorded");
        events.publishEvent(new AuditableAction("COMPLETE", "assessment", Long.toString(a.id()),
                c.outcome().name() + ", factors " + String.join(",", c.factors())));
        CurrentUser.find().filter(u -> !u.has(Role.TEAM_MANAGER) && !u.administrator())
                .ifPresent(u -> events.publishEvent(new org.kindred.shared.work.AwaitingAuthorisation(
                a.childId(), u.id(), "Single assessment to authorise: " + c.outcome().label(),
                "/front-door/contacts/" + contactId)));
        chronology.tell(a.childId(), chronology.on(c.completedOn()), "Assessment", "Single assessment completed: "
                + c.outcome().label() + "; factors " + String.join(", ", c.factors()), "assessment", a.id(), contactId);
    }

    void authorise(Assessment a, long contactId, AssessmentSteps.Authorisation in, java.time.LocalDate today) {
        CurrentUser user = CurrentUser.get();
        boolean manager = user.has(Role.TEAM_MANAGER) || user.administrator();
        java.time.LocalDate on = AssessmentStepCheck.authorisation(a, in, manager, today);
        int changed = jdbc.sql("""
                update single_assessment set authorised_on = ?, authorised_by = ?
                where id = ? and outcome is not null and authorised_on is null""")
                .params(on, user.username(), a.id()).update();
        if (changed == 0) throw org.kindred.shared.InvalidInput.of("authorisedOn", "This assessment has already been authorised");
        events.publishEvent(new AuditableAction("AUTHORISE", "assessment", Long.toString(a.id()), "on " + on));
        chronology.tell(a.childId(), chronology.on(on), "Assessment", "Single assessment authorised by " + user.displayName()
                + " (" + a.outcomeLabel() + ")", "assessment", a.id(), contactId);
    }
}
