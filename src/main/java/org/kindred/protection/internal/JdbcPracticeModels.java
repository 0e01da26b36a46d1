package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.frontdoor.Assessments;
import org.kindred.person.People;
import org.kindred.protection.Conferences;
import org.kindred.protection.FamilyGroupConferenceRecorded;
import org.kindred.protection.FgcOutcome;
import org.kindred.protection.FgcReferral;
import org.kindred.protection.NewSosMapping;
import org.kindred.protection.PracticeModels;
import org.kindred.protection.SosMapping;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPracticeModels implements PracticeModels {
    private final JdbcClient jdbc;
    private final People people;
    private final Assessments assessments;
    private final Conferences conferences;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcPracticeModels(JdbcClient jdbc, People people, Assessments assessments, Conferences conferences, Audit audit,
                       ProtectionChronology chronology, Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.people = people;
        this.assessments = assessments;
        this.conferences = conferences;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public SosMapping map(NewSosMapping in) {
        Problems p = new Problems();
        Long child = SosCheck.child(p, in, assessments, conferences);
        LocalDate on = Checks.required(p, "mappedOn", in.mappedOn(), "Date of the mapping", "Enter the date of the mapping",
                Checks.today(clock));
        Integer scaling = SosCheck.text(p, in);
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into sos_mapping (child_id, assessment_id, conference_id, mapped_on, worries, working_well,
                    needs_to_happen, danger_statements, safety_goals, scaling, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(child, in.assessmentId(), in.conferenceId(), on, in.worries().trim(), in.workingWell().trim(),
                        in.needsToHappen().trim(), in.dangerStatements().trim(), in.safetyGoals().trim(), scaling,
                        CurrentUser.get().username()).query(Long.class).single();
        audit.record("CREATE", "sos_mapping", id, "child " + child);
        chronology.step(child, on, "Signs of Safety", "Signs of Safety mapping, safety scaled " + scaling + " of 10",
                "sos_mapping", id, "protection");
        return mapping(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<SosMapping> findMapping(long id) {
        Optional<SosMapping> found = mapping(id).filter(m -> people.find(m.childId()).isPresent());
        audit.view("sos_mapping", id, found.isPresent());
        return found;
    }

    @Override
    @Transactional
    public List<SosMapping> mappingsFor(long childId) {
        List<SosMapping> list = people.find(childId).isEmpty() ? List.of()
                : jdbc.sql("select * from sos_mapping where deleted_at is null and child_id = ?"
                        + " order by mapped_on desc, id desc").params(childId).query(JdbcPracticeModels::sos).list();
        audit.list("sos_mapping", childId, list.size());
        return list;
    }

    @Override
    @Transactional
    public FgcReferral refer(Long childId, LocalDate referredOn, String reason) {
        Problems p = new Problems();
        if (childId == null || people.find(childId).isEmpty()) p.add("childId", "There is no child with this Kindred id");
        LocalDate on = Checks.required(p, "referredOn", referredOn, "Date of the referral",
                "Enter the date of the referral", Checks.today(clock));
        p.require("reason", reason, "Enter why the family is referred");
        p.throwIfAny();
        long id = jdbc.sql("insert into fgc_referral (child_id, referred_on, reason, created_by) values (?, ?, ?, ?)"
                + " returning id").params(childId, on, reason.trim(), CurrentUser.get().username())
                .query(Long.class).single();
        audit.record("CREATE", "fgc_referral", id, "child " + childId);
        chronology.step(childId, on, "Family group conference", "Referred to a family group conference",
                "fgc_referral", id, "protection");
        return published(fgc(id).orElseThrow());
    }

    @Override
    @Transactional
    public FgcReferral recordOutcome(long id, String outcome, LocalDate outcomeOn) {
        FgcReferral r = fgc(id).filter(f -> people.find(f.childId()).isPresent())
                .orElseThrow(() -> new NotFound("Family group conference referral"));
        if (r.outcome() != null) throw InvalidInput.of("outcome", "This referral already has an outcome");
        Problems p = new Problems();
        FgcOutcome o = FgcOutcome.fromName(outcome).orElse(null);
        if (o == null) p.add("outcome", "Select the outcome");
        LocalDate on = Checks.required(p, "outcomeOn", outcomeOn, "Date of the outcome", "Enter the date of the outcome",
                Checks.today(clock));
        Checks.notBefore(p, "outcomeOn", on, r.referredOn(), "Date of the outcome must be on or after the referral");
        p.throwIfAny();
        jdbc.sql("update fgc_referral set outcome = ?, outcome_on = ? where id = ? and outcome is null")
                .params(o.name(), on, id).update();
        audit.record("UPDATE", "fgc_referral", id, "outcome " + o.name());
        chronology.step(r.childId(), on, "Family group conference", "Family group conference: " + o.label(),
                "fgc_referral", id, "protection");
        return published(fgc(id).orElseThrow());
    }

    @Override
    @Transactional
    public List<FgcReferral> familyGroupConferencesFor(long childId) {
        List<FgcReferral> list = people.find(childId).isEmpty() ? List.of()
                : jdbc.sql("select * from fgc_referral where deleted_at is null and child_id = ?"
                        + " order by referred_on desc, id desc").params(childId).query(JdbcPracticeModels::fgc).list();
        audit.list("fgc_referral", childId, list.size());
        return list;
    }

    /** Tells the interventions catalogue (one FGC record: ADR 0030), in this transaction. */
    private FgcReferral published(FgcReferral r) {
        boolean onPlan = jdbc.sql("""
                select exists (select 1 from cp_plan where child_id = ? and deleted_at is null
                  and coalesce(start_date, icpc_date) <= ? and (end_date is null or end_date > ?))""")
                .params(r.childId(), r.referredOn(), r.referredOn()).query(Boolean.class).single();
        events.publishEvent(new FamilyGroupConferenceRecorded(r.id(), r.childId(), r.referredOn(), r.reason(), onPlan,
                r.outcome(), r.outcomeOn()));
        return r;
    }

    private Optional<SosMapping> mapping(long id) {
        return jdbc.sql("select * from sos_mapping where deleted_at is null and id = ?").params(id)
                .query(JdbcPracticeModels::sos).optional();
    }

    private Optional<FgcReferral> fgc(long id) {
        return jdbc.sql("select * from fgc_referral where deleted_at is null and id = ?").params(id)
                .query(JdbcPracticeModels::fgc).optional();
    }

    private static SosMapping sos(ResultSet rs, int n) throws SQLException {
        return new SosMapping(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("assessment_id", Long.class),
                rs.getObject("conference_id", Long.class), rs.getObject("mapped_on", LocalDate.class),
                rs.getString("worries"), rs.getString("working_well"), rs.getString("needs_to_happen"),
                rs.getString("danger_statements"), rs.getString("safety_goals"), rs.getInt("scaling"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static FgcReferral fgc(ResultSet rs, int n) throws SQLException {
        String o = rs.getString("outcome");
        return new FgcReferral(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("referred_on", LocalDate.class),
                rs.getString("reason"), o == null ? null : FgcOutcome.valueOf(o),
                rs.getObject("outcome_on", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
