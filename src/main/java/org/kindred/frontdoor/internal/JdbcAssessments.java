package org.kindred.frontdoor.internal;

import org.kindred.shared.time.UkTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.access.Users;
import org.kindred.frontdoor.Assessment;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.frontdoor.AssessmentSteps;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.NewAssessment;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.Referrals;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAssessments implements Assessments {
    private static final String SELECT = """
            select a.*, r.referral_date, r.contact_id from single_assessment a join referral r on r.id = a.referral_id
            where a.deleted_at is null""";
    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AssessmentStepWriter steps;
    private final FrontDoorChronology chronology;

    JdbcAssessments(JdbcClient jdbc, Referrals referrals, Users users, ApplicationEventPublisher events,
                    Optional<Clock> clock, AssessmentStepWriter steps, FrontDoorChronology chronology) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.chronology = chronology;
        this.referrals = referrals;
        this.users = users;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public Assessment start(long referralId, NewAssessment in) {
        Referral referral = referrals.find(referralId).orElseThrow(() -> new NotFound("Referral"));
        Problems p = new Problems();
        if (load(" and a.referral_id = :id", referralId).isPresent()) {
            throw InvalidInput.of("startDate", "An assessment has already been started from this referral");
        }
        LocalDate start = in.startDate();
        if (start == null) {
            p.add("startDate", "Enter the date the assessment started");
        } else if (start.isAfter(today())) {
            p.add("startDate", "Start date must be today or in the past");
        } else if (start.isBefore(referral.referralDate())) {
            p.add("startDate", "Start date must be on or after the referral date");
        }
        String worker = Dates.trimmed(in.worker());
        if (worker == null) {
            p.add("worker", "Enter the username of the allocated worker");
        } else if (users.find(worker).filter(u -> u.enabled()
                && (u.roles().contains(Role.SOCIAL_WORKER) || u.roles().contains(Role.TEAM_MANAGER))).isEmpty()) {
            p.add("worker", "Enter the username of a social worker or team manager");
        }
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into single_assessment (referral_id, child_id, started_on, worker, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(referralId, referral.childId(), start, worker, CurrentUser.get().username())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "assessment", Long.toString(id),
                "from referral " + referralId + ", allocated to " + worker));
        chronology.tell(referral.childId(), chronology.on(start), "Assessment", "Single assessment started, allocated to "
                + worker + "; due " + AssessmentDue.from(referral.referralDate()), "assessment", id,
                referral.contactId());
        return load(" and a.id = :id", id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public Assessment recordChildSeen(long referralId, AssessmentSteps.ChildSeen seen) {
        Referral r = referrals.find(referralId).orElseThrow(() -> new NotFound("Referral"));
        steps.childSeen(startedFor(referralId), r.contactId(), seen, today());
        return startedFor(referralId);
    }

    @Override
    @Transactional
    @CanRecordCases
    public Assessment conclude(long referralId, AssessmentSteps.Conclusion conclusion) {
        Referral r = referrals.find(referralId).orElseThrow(() -> new NotFound("Referral"));
        steps.conclude(startedFor(referralId), r.contactId(), conclusion, today());
        return startedFor(referralId);
    }

    @Override
    @Transactional
    @CanRecordCases
    public Assessment authorise(long referralId, AssessmentSteps.Authorisation authorisation) {
        Referral r = referrals.find(referralId).orElseThrow(() -> new NotFound("Referral"));
        steps.authorise(startedFor(referralId), r.contactId(), authorisation, today());
        return startedFor(referralId);
    }

    private Assessment startedFor(long referralId) {
        return load(" and a.referral_id = :id", referralId).orElseThrow(() -> new NotFound("Assessment"));
    }

    @Override
    @Transactional
    public Optional<Assessment> find(long id) {
        Optional<Assessment> a = load(" and a.id = :id", id)
                .filter(x -> referrals.find(x.referralId()).isPresent());
        events.publishEvent(AuditableAction.view("assessment", id, a.isPresent()));
        return a;
    }

    @Override
    @Transactional
    public Optional<Assessment> forReferral(long referralId) {
        if (referrals.find(referralId).isEmpty()) return Optional.empty();
        Optional<Assessment> a = load(" and a.referral_id = :id", referralId);
        a.ifPresent(x -> events.publishEvent(new AuditableAction("VIEW", "assessment", Long.toString(x.id()), null)));
        return a;
    }

    private Optional<Assessment> load(String where, long id) {
        return jdbc.sql(SELECT + where).param("id", id).query(this::map).optional();
    }

    private LocalDate today() { return UkTime.today(clock); }

    private Assessment map(ResultSet rs, int n) throws SQLException {
        LocalDate referralDate = rs.getObject("referral_date", LocalDate.class);
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        String outcome = rs.getString("outcome");
        return new Assessment(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("child_id"), referralDate,
                rs.getObject("started_on", LocalDate.class), rs.getString("worker"), AssessmentDue.from(referralDate),
                completed, AssessmentDue.overdue(referralDate, completed, today()),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getObject("seen_on", LocalDate.class), rs.getObject("seen_alone_on", LocalDate.class),
                factors(rs.getArray("factors")), outcome == null ? null : AssessmentOutcome.valueOf(outcome),
                rs.getString("completed_by"), rs.getObject("authorised_on", LocalDate.class),
                rs.getString("authorised_by"));
    }

    private static java.util.List<String> factors(java.sql.Array array) throws SQLException {
        return array == null ? java.util.List.of() : java.util.List.of((String[]) array.getArray());
    }
}
