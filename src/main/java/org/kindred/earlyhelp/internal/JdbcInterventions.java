package org.kindred.earlyhelp.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.earlyhelp.EndReason;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionPlaces;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.Interventions;
import org.kindred.earlyhelp.NewReferral;
import org.kindred.earlyhelp.ReferralSource;
import org.kindred.earlyhelp.ReferralStatus;
import org.kindred.earlyhelp.ReferralStep;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcInterventions implements Interventions {
    private final JdbcClient jdbc;
    private final Household household;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EarlyHelpChronology chronology;
    private final InterventionPlaces places;

    JdbcInterventions(JdbcClient jdbc, Household household, ApplicationEventPublisher events, Optional<Clock> clock,
                      EarlyHelpChronology chronology, InterventionPlaces places) {
        this.places = places;
        this.jdbc = jdbc;
        this.household = household;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.chronology = chronology;
    }

    @Override
    @Transactional
    @CanRecordCases
    public InterventionReferral refer(Intervention service, NewReferral in) {
        Problems p = new Problems();
        LocalDate today = UkTime.today(clock);
        Person child = in.childId() == null ? null : household.child(in.childId()).orElse(null);
        if (in.childId() == null) p.add("childId", "Select the child");
        else if (child == null) p.add("childId", "There is no child with this Kindred id");
        ReferralSource source = ReferralSource.fromName(in.source()).orElse(null);
        if (source == null) p.add("source", "Select where the referral comes from");
        if (source == ReferralSource.EARLY_HELP && in.episodeId() == null) p.add("episodeId", "Enter the early help episode");
        if (in.episodeId() != null && jdbc.sql("select count(*) from early_help_episode where id = ? and child_id is not null")
                .params(in.episodeId()).query(Integer.class).single() == 0) {
            p.add("episodeId", "There is no early help episode with this id");
        }
        LocalDate on = EpisodeCheck.date(p, "referredOn", in.referredOn(), "Referral date", today, LocalDate.of(2015, 1, 1), true);
        String reason = EpisodeCheck.text(p, "reason", in.reason(), "Enter why the child is referred", 4000);
        if (child != null) ReferralCheck.eligible(p, service, child.dateOfBirth(), on);
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into intervention_referral (service, child_id, episode_id, source, referred_on, reason, status, created_by)
                values (?, ?, ?, ?, ?, ?, 'REFERRED', ?) returning id""")
                .params(service.name(), child.id(), in.episodeId(), source.name(), on, reason, CurrentUser.get().username())
                .query(Long.class).single();
        stepRow(id, "REFER", on, null);
        events.publishEvent(new AuditableAction("CREATE", "intervention_referral", Long.toString(id),
                service.key() + ", child " + child.id() + ", from " + source.name()));
        chronology.tell(child.id(), on, "Intervention", "Referred to " + service.title(), "intervention_referral", id, link(id));
        return load(id).orElseThrow();
    }

    static String link(long id) { return "/interventions/referrals/" + id; }

    @Override
    @Transactional
    @CanRecordCases
    public InterventionReferral step(long referralId, ReferralStep in) {
        InterventionReferral r = load(referralId).orElseThrow(() -> new NotFound("Referral"));
        if (r.protectionFgcId() != null) {
            throw InvalidInput.of("step", "This family group conference was referred in child protection: record its"
                    + " outcome on the child's protection page");
        }
        Problems p = new Problems();
        StepRules.Valid v = StepRules.check(p, r, in, UkTime.today(clock));
        if (v != null && v.step() == StepRules.Step.START && started(r.service(), java.util.Set.of()) >= places.of(r.service())) {
            p.add("step", r.service().title() + " has no open place: all " + places.of(r.service()) + " are in use");
        }
        p.throwIfAny();
        String sql = switch (v.step()) {
            case ACCEPT -> "update intervention_referral set status = 'WAITING', accepted_on = :on where id = :id and status = 'REFERRED'";
            case DECLINE -> "update intervention_referral set status = 'DECLINED', declined_on = :on, status_reason = :reason where id = :id and status = 'REFERRED'";
            case START -> "update intervention_referral set status = 'STARTED', started_on = :on where id = :id and status = 'WAITING'";
            case WITHDRAW -> "update intervention_referral set status = 'WITHDRAWN', ended_on = :on, status_reason = :reason where id = :id and status = 'WAITING'";
            case END -> """
                    update intervention_referral set status = 'ENDED', ended_on = :on, status_reason = :reason,
                        living_at_home = :home, in_education = :education, no_new_offences = :offences,
                        goal_score_start = :scoreStart, goal_score_end = :scoreEnd
                    where id = :id and status = 'STARTED'""";
        };
        Intervention.Measure m = r.service().measure();
        int n = jdbc.sql(sql).param("on", v.on()).param("id", referralId)
                .param("reason", v.step() == StepRules.Step.END ? EndReason.fromName(v.reason()).orElseThrow().name() : v.reason())
                .param("home", m.livingAtHome() ? in.livingAtHome() : null)
                .param("education", m.educationAndOffences() ? in.inEducation() : null)
                .param("offences", m.educationAndOffences() ? in.noNewOffences() : null)
                .param("scoreStart", m.goals() ? in.goalScoreStart() : null).param("scoreEnd", m.goals() ? in.goalScoreEnd() : null)
                .update();
        if (n == 0) throw InvalidInput.of("step", "The referral changed meanwhile: look again");
        stepRow(referralId, v.step().name(), v.on(), v.reason());
        events.publishEvent(new AuditableAction(v.step().name(), "intervention_referral", Long.toString(referralId),
                r.service().key()));
        chronology.tell(r.childId(), v.on(), "Intervention", r.service().title() + ": " + v.step().name().toLowerCase()
                + (v.reason() == null ? "" : " (" + v.reason() + ")"), "intervention_referral", referralId, link(referralId));
        return load(referralId).orElseThrow();
    }

    private void stepRow(long id, String step, LocalDate on, String reason) {
        jdbc.sql("insert into intervention_step (referral_id, step, step_on, reason, created_by) values (?, ?, ?, ?, ?)")
                .params(id, step, on, reason, CurrentUser.get().username()).update();
    }

    @Override
    @Transactional
    public Optional<InterventionReferral> find(long referralId) {
        Optional<InterventionReferral> r = load(referralId);
        events.publishEvent(AuditableAction.view("intervention_referral", referralId, r.isPresent()));
        return r;
    }

    @Override
    @Transactional
    public List<InterventionReferral> waitingList(Intervention service) {
        return listed(service, "status = 'WAITING' order by accepted_on, id", "waiting list");
    }

    @Override
    @Transactional
    public List<InterventionReferral> active(Intervention service) {
        return listed(service, "status in ('REFERRED', 'STARTED') order by status, referred_on, id", "referred and started");
    }

    @Override
    public int placesInUse(Intervention service) {
        return started(service, household.hiddenFromUser());
    }

    /** Started and not ended; the places check counts every child, a page leaves out those the user may not see. */
    private int started(Intervention service, java.util.Set<Long> hidden) {
        return jdbc.sql("select count(*) from intervention_referral where service = :s and status = 'STARTED'"
                        + " and child_id <> all(:hidden)")
                .param("s", service.name()).param("hidden", hidden.toArray(new Long[0]))
                .query(Integer.class).single();
    }

    @Override
    @Transactional
    public List<InterventionReferral> forEpisode(long episodeId) {
        List<InterventionReferral> rows = named(jdbc.sql(ReferralRows.SELECT + " where r.episode_id = ? order by r.referred_on, r.id")
                .params(episodeId).query(ReferralRows::map).list());
        events.publishEvent(new AuditableAction("LIST", "intervention_referral", null,
                "early help episode " + episodeId + ", " + rows.size() + " shown"));
        return rows;
    }

    private List<InterventionReferral> listed(Intervention service, String where, String what) {
        List<InterventionReferral> rows = named(jdbc.sql(ReferralRows.SELECT + " where r.service = ? and " + where)
                .params(service.name()).query(ReferralRows::map).list());
        events.publishEvent(new AuditableAction("LIST", "intervention_referral", null,
                service.key() + " " + what + ", " + rows.size() + " shown"));
        return rows;
    }

    /** The referrals about children the user may see, with names, in one read of the register. */
    private List<InterventionReferral> named(List<InterventionReferral> rows) {
        Map<Long, Person> children = household.people(rows.stream().map(InterventionReferral::childId).distinct().toList());
        return rows.stream().filter(r -> children.containsKey(r.childId()))
                .map(r -> ReferralRows.named(r, children.get(r.childId()))).toList();
    }

    private Optional<InterventionReferral> load(long id) {
        return jdbc.sql(ReferralRows.SELECT + " where r.id = ?").params(id).query(ReferralRows::map).optional()
                .flatMap(r -> household.child(r.childId()).map(p -> ReferralRows.named(r, p)));
    }
}
