package org.kindred.protection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.person.People;
import org.kindred.protection.InitialConferenceDue;
import org.kindred.protection.NewSection47Enquiry;
import org.kindred.protection.Section47Enquiries;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.Section47Outcome;
import org.kindred.protection.Section47Result;
import org.kindred.protection.StrategyDecision;
import org.kindred.protection.StrategyDiscussion;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSection47Enquiries implements Section47Enquiries {
    private final JdbcClient jdbc;
    private final People people;
    private final JdbcStrategyDiscussions discussions;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcSection47Enquiries(JdbcClient jdbc, People people, JdbcStrategyDiscussions discussions, Audit audit, ProtectionChronology chronology,
                           Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.discussions = discussions;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public Section47Enquiry start(NewSection47Enquiry in) {
        Problems p = new Problems();
        LocalDate today = Checks.today(clock);
        StrategyDiscussion sd = in.strategyDiscussionId() == null ? null : discussions.load(in.strategyDiscussionId())
                .filter(d -> people.find(d.childId()).isPresent()).orElse(null);
        if (in.strategyDiscussionId() == null) {
            p.add("strategyDiscussionId", "Select the strategy discussion that started the enquiry");
        } else if (sd == null) {
            p.add("strategyDiscussionId", "There is no strategy discussion with this id");
        } else if (sd.decision() != StrategyDecision.SECTION_47) {
            p.add("strategyDiscussionId", "This strategy discussion decided not to start a section 47 enquiry");
        } else if (startedFrom(sd.id())) {
            // One discussion starts one enquiry; new concerns (even during a plan) need a new strategy discussion.
            p.add("strategyDiscussionId", "A section 47 enquiry was already started from this strategy discussion");
        }
        LocalDate start = Checks.required(p, "startDate", in.startDate(), "Start date", "Enter the start date", today);
        Checks.notBefore(p, "startDate", start, sd == null ? null : sd.heldOn(),
                "Start date must be on or after the strategy discussion");
        LocalDate seen = Checks.optional(p, "childSeenOn", in.childSeenOn(), "Date the child was seen", today);
        Checks.notBefore(p, "childSeenOn", seen, start, "Date the child was seen must be on or after the start date");
        Outcome outcome = Outcome.check(p, in.outcome(), in.outcomeOn(), start, today);
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into section47_enquiry (child_id, strategy_discussion_id, start_date, strategy_on, icpc_target,
                    child_seen_on, outcome, outcome_on, icpc_not_required, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(sd.childId(), sd.id(), start, sd.heldOn(), InitialConferenceDue.from(sd.heldOn()), seen,
                        outcome.name(), outcome.on(), outcome.notRequired(), CurrentUser.get().username())
                .query(Long.class).single();
        audit.record("CREATE", "section47_enquiry", id, "child " + sd.childId() + ", from strategy discussion "
                + sd.id());
        chronology.step(sd.childId(), start, "Section 47 enquiry", "Section 47 enquiry started; initial conference due "
                + InitialConferenceDue.from(sd.heldOn()), "section47_enquiry", id, "protection");
        return load(id).orElseThrow();
    }

    private boolean startedFrom(long strategyDiscussionId) {
        // Lock the discussion so two workers cannot both start an enquiry from it at the same moment.
        jdbc.sql("select id from strategy_discussion where id = ? for update").params(strategyDiscussionId)
                .query(Long.class).optional();
        return jdbc.sql("select count(*) from section47_enquiry where strategy_discussion_id = ?")
                .params(strategyDiscussionId).query(Long.class).single() > 0;
    }

    @Override
    @Transactional
    public Section47Enquiry conclude(long id, Section47Result in) {
        Section47Enquiry e = visible(id).orElseThrow(() -> new NotFound("Section 47 enquiry"));
        Problems p = new Problems();
        if (e.outcome() != null) {
            throw InvalidInput.of("outcome", "This enquiry already has an outcome: " + e.outcome().label());
        }
        LocalDate today = Checks.today(clock);
        if (Checks.blank(in.outcome())) p.add("outcome", "Select the outcome of the enquiry");
        Outcome outcome = Outcome.check(p, in.outcome(), in.outcomeOn(), e.startDate(), today);
        LocalDate seen = Checks.optional(p, "childSeenOn", in.childSeenOn(), "Date the child was seen", today);
        Checks.notBefore(p, "childSeenOn", seen, e.startDate(), "Date the child was seen must be on or after the start date");
        p.throwIfAny();
        jdbc.sql("""
                update section47_enquiry set outcome = ?, outcome_on = ?, icpc_not_required = ?,
                       child_seen_on = coalesce(?, child_seen_on) where id = ? and outcome is null""")
                .params(outcome.name(), outcome.on(), outcome.notRequired(), seen, id).update();
        audit.record("UPDATE", "section47_enquiry", id, "outcome " + outcome.name());
        chronology.step(e.childId(), outcome.on(), "Section 47 enquiry", "Section 47 enquiry outcome: "
                + outcome.outcome().label(), "section47_enquiry", id, "protection");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Section47Enquiry> find(long id) {
        Optional<Section47Enquiry> found = visible(id);
        audit.view("section47_enquiry", id, found.isPresent());
        return found;
    }

    @Override
    @Transactional
    public List<Section47Enquiry> forChild(long childId) {
        LocalDate today = Checks.today(clock);
        List<Section47Enquiry> list = people.find(childId).isEmpty() ? List.of()
                : jdbc.sql(Section47Rows.SELECT + " and child_id = ? order by start_date desc, id desc").params(childId)
                .query((rs, n) -> Section47Rows.map(rs, today)).list();
        audit.list("section47_enquiry", childId, list.size());
        return list;
    }

    Optional<Section47Enquiry> visible(long id) {
        return load(id).filter(e -> people.find(e.childId()).isPresent());
    }

    private Optional<Section47Enquiry> load(long id) {
        LocalDate today = Checks.today(clock);
        return jdbc.sql(Section47Rows.SELECT + " and id = ?").params(id)
                .query((rs, n) -> Section47Rows.map(rs, today)).optional();
    }

    /** An outcome as checked: all null when none was given. */
    private record Outcome(Section47Outcome outcome, LocalDate on) {
        static Outcome check(Problems p, String text, LocalDate given, LocalDate start, LocalDate today) {
            Section47Outcome o = Section47Outcome.fromName(text).orElse(null);
            if (!Checks.blank(text) && o == null) p.add("outcome", "Select the outcome of the enquiry from the list");
            LocalDate on = Checks.optional(p, "outcomeOn", given, "Date of the outcome", today);
            if (o != null && given == null) p.add("outcomeOn", "Enter the date of the outcome");
            if (o == null && on != null && !p.has("outcome")) p.add("outcome", "Select the outcome of the enquiry");
            Checks.notBefore(p, "outcomeOn", on, start, "Date of the outcome must be on or after the start date");
            return new Outcome(o, on);
        }

        String name() { return outcome == null ? null : outcome.name(); }

        Boolean notRequired() { return outcome == null ? null : outcome != Section47Outcome.CONFERENCE_NEEDED; }
    }
}
