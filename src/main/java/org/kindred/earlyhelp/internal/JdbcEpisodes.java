package org.kindred.earlyhelp.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.access.CurrentUser;
import org.kindred.earlyhelp.AgencyType;
import org.kindred.earlyhelp.ClosureReason;
import org.kindred.earlyhelp.EarlyHelpEpisode;
import org.kindred.earlyhelp.EarlyHelpEpisode.Goal;
import org.kindred.earlyhelp.EarlyHelpEpisode.Member;
import org.kindred.earlyhelp.EarlyHelpEpisode.Review;
import org.kindred.earlyhelp.EarlyHelpEpisodes;
import org.kindred.earlyhelp.NewEpisode;
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
class JdbcEpisodes implements EarlyHelpEpisodes {
    private final JdbcClient jdbc;
    private final Household household;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EarlyHelpAssessmentDue due;
    private final EarlyHelpChronology chronology;
    private final StepUp stepUp;

    JdbcEpisodes(JdbcClient jdbc, Household household, ApplicationEventPublisher events, Optional<Clock> clock,
                 EarlyHelpAssessmentDue due, EarlyHelpChronology chronology, StepUp stepUp) {
        this.jdbc = jdbc;
        this.household = household;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.due = due;
        this.chronology = chronology;
        this.stepUp = stepUp;
    }

    private LocalDate today() { return UkTime.today(clock); }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode open(NewEpisode in) {
        Problems p = new Problems();
        Person child = in.childId() == null ? null : household.child(in.childId()).orElse(null);
        if (in.childId() == null) p.add("childId", "Enter the child's Kindred id");
        else if (child == null) p.add("childId", "There is no child with this Kindred id");
        String lead = in.leadProfessional() == null || in.leadProfessional().isBlank() ? null
                : EpisodeCheck.text(p, "leadProfessional", in.leadProfessional(), "", 200);
        AgencyType agency = lead == null && (in.leadAgency() == null || in.leadAgency().isBlank()) ? null
                : EpisodeCheck.agency(p, "leadAgency", in.leadAgency());
        LocalDate started = EpisodeCheck.date(p, "startedOn", in.startedOn(), "Start date", today(),
                LocalDate.of(2015, 1, 1), true);
        p.throwIfAny();
        return create(child, lead, agency, started, in.information(), null);
    }

    /** Opens an episode for a child the front door stepped down, carrying what the contact said. */
    @Transactional
    EarlyHelpEpisode openFromContact(long contactId, long childId, LocalDate decidedOn, String information) {
        Person child = household.child(childId).orElseThrow(() -> new NotFound("Child"));
        return create(child, null, null, decidedOn, information, contactId);
    }

    private EarlyHelpEpisode create(Person child, String lead, AgencyType agency, LocalDate started, String information,
                                    Long contactId) {
        long id = jdbc.sql("""
                insert into early_help_episode (child_id, family_name, lead_professional, lead_agency, started_on,
                    assessment_due, information, from_contact_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(child.id(), child.familyName(), lead, agency == null ? null : agency.name(), started,
                        due.due(started), information, contactId, CurrentUser.get().username())
                .query(Long.class).single();
        for (Member m : household.members(child)) {
            jdbc.sql("insert into early_help_member (episode_id, person_id, is_child, relationship) values (?, ?, ?, ?)")
                    .params(id, m.personId(), m.child(), m.relationship()).update();
        }
        events.publishEvent(new AuditableAction("CREATE", "early_help_episode", Long.toString(id), "child " + child.id()
                + (contactId == null ? "" : ", stepped down from contact " + contactId)));
        story(child.id(), started, id, contactId == null ? "Early help episode opened"
                : "Stepped down to early help by the front door");
        return load(id).orElseThrow();
    }

    static String link(long id) { return "/early-help/episodes/" + id; }

    @Override
    @Transactional
    public Optional<EarlyHelpEpisode> find(long id) {
        Optional<EarlyHelpEpisode> e = load(id);
        events.publishEvent(AuditableAction.view("early_help_episode", id, e.isPresent()));
        return e;
    }

    @Override
    @Transactional
    public List<EarlyHelpEpisode> list(boolean includeClosed, int limit) {
        List<EarlyHelpEpisode> rows = jdbc.sql(EpisodeRows.SELECT + (includeClosed ? "" : " where e.closed_on is null")
                        + " order by e.started_on desc, e.id desc limit ?").params(limit).query(EpisodeRows::map).list();
        List<EarlyHelpEpisode> visible = household.visible(rows);
        events.publishEvent(new AuditableAction("LIST", "early_help_episode", null,
                (includeClosed ? "all" : "open") + " episodes, " + visible.size() + " shown"));
        return visible;
    }

    @Override
    @Transactional
    public List<EarlyHelpEpisode> forPerson(long personId) {
        List<EarlyHelpEpisode> rows = household.visible(jdbc.sql(EpisodeRows.SELECT + """
                 where e.id in (select episode_id from early_help_member where person_id = ?) or e.child_id = ?
                 order by e.started_on desc, e.id desc""").params(personId, personId).query(EpisodeRows::map).list());
        events.publishEvent(new AuditableAction("LIST", "early_help_episode", null,
                "person " + personId + ", " + rows.size() + " shown"));
        return rows;
    }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode leadProfessional(long id, String name, String agency) {
        EarlyHelpEpisode e = openOrRefused(id);
        Problems p = new Problems();
        String lead = EpisodeCheck.text(p, "leadProfessional", name, "Enter the lead professional's name", 200);
        AgencyType a = EpisodeCheck.agency(p, "leadAgency", agency);
        p.throwIfAny();
        jdbc.sql("update early_help_episode set lead_professional = ?, lead_agency = ? where id = ?")
                .params(lead, a.name(), id).update();
        audit("UPDATE", id, "lead professional, " + a.name());
        story(e.childId(), today(), id, "Lead professional: " + lead + " (" + a.label() + ")");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode completeAssessment(long id, LocalDate completedOn, String summary) {
        EarlyHelpEpisode e = openOrRefused(id);
        Problems p = new Problems();
        if (e.assessmentCompletedOn() != null) p.add("completedOn", "The early help assessment is already complete");
        if (e.leadProfessional() == null) p.add("completedOn", "Record the lead professional before completing the assessment");
        LocalDate on = EpisodeCheck.date(p, "completedOn", completedOn, "Date completed", today(), e.startedOn(), true);
        String s = EpisodeCheck.text(p, "summary", summary, "Enter what the assessment found", 4000);
        p.throwIfAny();
        jdbc.sql("update early_help_episode set assessment_completed_on = ?, assessment_summary = ? where id = ?")
                .params(on, s, id).update();
        audit("UPDATE", id, "assessment completed " + on);
        story(e.childId(), on, id, "Early help assessment completed"
                + (on.isAfter(e.assessmentDue()) ? " (after its due date)" : ""));
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode review(long id, LocalDate heldOn, String attendees, String summary) {
        EarlyHelpEpisode e = openOrRefused(id);
        Problems p = new Problems();
        LocalDate on = EpisodeCheck.date(p, "heldOn", heldOn, "Date of the meeting", today(), e.startedOn(), false);
        String who = EpisodeCheck.text(p, "attendees", attendees, "Enter who attended", 1000);
        String s = EpisodeCheck.text(p, "reviewSummary", summary, "Enter what was agreed", 4000);
        p.throwIfAny();
        long rid = jdbc.sql("insert into early_help_review (episode_id, held_on, attendees, summary, created_by) "
                        + "values (?, ?, ?, ?, ?) returning id").params(id, on, who, s, CurrentUser.get().username())
                .query(Long.class).single();
        audit("CREATE", id, "team around the family review " + rid);
        story(e.childId(), on, id, "Team around the family meeting");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode goal(long id, String goal) {
        openOrRefused(id);
        Problems p = new Problems();
        String g = EpisodeCheck.text(p, "goal", goal, "Enter the goal", 500);
        p.throwIfAny();
        jdbc.sql("insert into early_help_goal (episode_id, goal, created_by) values (?, ?, ?)")
                .params(id, g, CurrentUser.get().username()).update();
        audit("UPDATE", id, "goal added");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode close(long id, String reason, LocalDate closedOn, String note) {
        EarlyHelpEpisode e = openOrRefused(id);
        Problems p = new Problems();
        ClosureReason r = ClosureReason.fromName(reason).orElse(null);
        if (r == null || r == ClosureReason.STEPPED_UP) {
            p.add("closureReason", r == null ? "Select why the episode is closing" : "Use \"Step up\" to escalate to the front door");
        }
        LocalDate on = EpisodeCheck.date(p, "closedOn", closedOn, "Date closed", today(), e.startedOn(), true);
        p.throwIfAny();
        markClosed(e, r, on, note == null || note.isBlank() ? null : note.trim(), null);
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCases
    public EarlyHelpEpisode stepUp(long id, String reason) {
        EarlyHelpEpisode e = loadWithDetail(id).filter(EarlyHelpEpisode::open)
                .orElseThrow(() -> new NotFound("Open early help episode"));
        Problems p = new Problems();
        String why = EpisodeCheck.text(p, "stepUpReason", reason, "Enter why the family needs children's social care", 4000);
        p.throwIfAny();
        long contact = stepUp.toFrontDoor(e, why);
        markClosed(e, ClosureReason.STEPPED_UP, today(), why, contact);
        return load(id).orElseThrow();
    }

    private void markClosed(EarlyHelpEpisode e, ClosureReason r, LocalDate on, String note, Long contact) {
        int n = jdbc.sql("""
                update early_help_episode set closed_on = ?, closure_reason = ?, closure_note = ?, stepped_up_contact_id = ?
                where id = ? and closed_on is null""").params(on, r.name(), note, contact, e.id()).update();
        if (n == 0) throw InvalidInput.of("closureReason", "This episode is already closed");
        audit("CLOSE", e.id(), r.name() + (contact == null ? "" : ", front-door contact " + contact));
        story(e.childId(), on, e.id(), "Early help closed: " + r.label());
    }

    /** A line in the child's chronology about this episode, linking to it. */
    private void story(long childId, LocalDate on, long id, String summary) {
        chronology.tell(childId, on, "Early help", summary, "early_help_episode", id, link(id));
    }

    private void audit(String action, long id, String detail) {
        events.publishEvent(new AuditableAction(action, "early_help_episode", Long.toString(id), detail));
    }

    private EarlyHelpEpisode openOrRefused(long id) {
        EarlyHelpEpisode e = loadRow(id).orElseThrow(() -> new NotFound("Early help episode"));
        if (!e.open()) throw InvalidInput.of("closureReason", "This episode is closed");
        return e;
    }

    private Optional<EarlyHelpEpisode> loadRow(long id) {
        return jdbc.sql(EpisodeRows.SELECT + " where e.id = ?").params(id).query(EpisodeRows::map).optional()
                .filter(e -> household.child(e.childId()).isPresent());
    }

    private Optional<EarlyHelpEpisode> load(long id) { return loadWithDetail(id); }

    private Optional<EarlyHelpEpisode> loadWithDetail(long id) {
        return loadRow(id).map(e -> {
            List<Object[]> m = jdbc.sql("select person_id, is_child, relationship from early_help_member"
                    + " where episode_id = ? order by is_child desc, id").params(id)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getString(3)}).list();
            Map<Long, Person> people = household.people(m.stream().map(r -> (Long) r[0]).toList());
            List<Member> members = new ArrayList<>();
            for (Object[] r : m) {
                Person x = people.get((Long) r[0]);
                if (x != null) members.add(new Member(x.id(), x.fullName(), x.dateOfBirth(), (Boolean) r[1], (String) r[2]));
            }
            List<Review> reviews = jdbc.sql("select * from early_help_review where episode_id = ? order by held_on, id")
                    .params(id).query((rs, n) -> new Review(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                            rs.getString("attendees"), rs.getString("summary"), rs.getString("created_by"))).list();
            List<Goal> goals = jdbc.sql("select * from early_help_goal where episode_id = ? order by id").params(id)
                    .query((rs, n) -> new Goal(rs.getLong("id"), rs.getString("goal"), rs.getString("created_by"))).list();
            return EpisodeRows.with(e, members, reviews, goals);
        });
    }
}
