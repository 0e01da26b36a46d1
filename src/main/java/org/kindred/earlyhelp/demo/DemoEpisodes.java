package org.kindred.earlyhelp.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kindred.earlyhelp.AgencyType;
import org.kindred.earlyhelp.internal.EarlyHelpAssessmentDue;
import org.kindred.frontdoor.FrontDoorFacts.ContactAbout;
import org.kindred.shared.demo.Columns;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo episodes with their one member, team around the family meetings and goals, gathered for array inserts. */
final class DemoEpisodes {
    private static final String[] LEADS = {"A. Patel", "J. Okafor", "S. Hughes", "M. Kowalski", "R. Begum", "L. Evans",
        "T. Nwosu", "C. Murphy", "H. Ali", "D. Price"};
    private static final AgencyType[] AGENCIES = {AgencyType.SCHOOL, AgencyType.SCHOOL, AgencyType.SCHOOL,
        AgencyType.HEALTH_VISITOR, AgencyType.HEALTH_VISITOR, AgencyType.EARLY_HELP_TEAM, AgencyType.EARLY_HELP_TEAM,
        AgencyType.SCHOOL_NURSE, AgencyType.VOLUNTARY, AgencyType.HOUSING};
    private static final String[] GOALS = {"Children attend school every day", "Calm bedtime routine most nights",
        "Parents agree how to handle arguments", "Family linked to the food bank and benefits advice",
        "Mum attends her own counselling", "Young person joins a club after school"};
    private final LocalDate today;
    private final Random rnd;
    private final EarlyHelpAssessmentDue due;
    private long nextId;
    private final java.util.Map<Long, org.kindred.person.Person> register;
    private int open;
    private final List<DemoReferrals.Candidate> candidates = new ArrayList<>();
    private final Columns episodes = new Columns("early_help_episode", "id bigint", "child_id bigint", "family_name text",
            "lead_professional text", "lead_agency text", "started_on date", "assessment_due date",
            "assessment_completed_on date", "assessment_summary text", "from_contact_id bigint", "information text",
            "stepped_up_contact_id bigint", "closed_on date", "closure_reason text", "created_by text");
    private final Columns members = new Columns("early_help_member", "episode_id bigint", "person_id bigint",
            "is_child boolean", "relationship text");
    private final Columns reviews = new Columns("early_help_review", "episode_id bigint", "held_on date",
            "attendees text", "summary text", "created_by text");
    private final Columns goals = new Columns("early_help_goal", "episode_id bigint", "goal text", "created_by text");

    DemoEpisodes(LocalDate today, Random rnd, EarlyHelpAssessmentDue due, java.util.Map<Long, org.kindred.person.Person> register,
                 long firstId) {
        this.register = register;
        this.today = today;
        this.rnd = rnd;
        this.due = due;
        this.nextId = firstId;
    }

    /** A family the front door stepped down: the episode starts on the decision. */
    void steppedDown(ContactAbout c) {
        LocalDate started = c.on();
        LocalDate completed = completedBy(started);
        LocalDate closed = null;
        String reason = null;
        if (completed != null && !started.plusDays(100).isAfter(today) && rnd.nextInt(100) < 75) {
            closed = min(started.plusDays(100 + rnd.nextInt(120)));
            int r = rnd.nextInt(100);
            reason = r < 70 ? "NEEDS_MET" : r < 82 ? "OTHER_SERVICE" : r < 94 ? "FAMILY_DECLINED" : "MOVED_AWAY";
        }
        long id = add(c.childId(), started, completed, c.contactId(), "Contact: " + c.worry(), null, closed, reason);
        candidates.add(new DemoReferrals.Candidate(c.childId(), "EARLY_HELP", id, completed != null ? completed : started));
    }

    /** A family whose lead professional began early help without the front door (a school, a health visitor). */
    void direct(long childId, LocalDate started) {
        LocalDate completed = completedBy(started);
        LocalDate closed = null;
        String reason = null;
        if (completed != null && !started.plusDays(100).isAfter(today) && rnd.nextInt(100) < 80) {
            closed = min(started.plusDays(100 + rnd.nextInt(120)));
            reason = rnd.nextInt(100) < 75 ? "NEEDS_MET" : "FAMILY_DECLINED";
        }
        long id = add(childId, started, completed, null, "Early help begun by the lead professional", null, closed, reason);
        candidates.add(new DemoReferrals.Candidate(childId, "EARLY_HELP", id, completed != null ? completed : started));
    }

    /** A contact from the early help service: an episode that began months before and stepped up that day. */
    void steppedUp(ContactAbout c) {
        LocalDate started = c.on().minusDays(60 + rnd.nextInt(150));
        LocalDate completed = started.plusDays(20 + rnd.nextInt(40));
        if (completed.isAfter(c.on())) completed = c.on();
        add(c.childId(), started, completed, null, null, c.contactId(), c.on(), "STEPPED_UP");
    }

    private long add(long child, LocalDate started, LocalDate completed, Long fromContact, String information,
                     Long upContact, LocalDate closed, String reason) {
        long id = nextId++;
        int who = rnd.nextInt(LEADS.length);
        org.kindred.person.Person p = register.get(child);
        episodes.add(id, child, p == null ? "Unknown" : p.familyName(), LEADS[who], AGENCIES[rnd.nextInt(AGENCIES.length)].name(), started,
                due.due(started), completed, completed == null ? null : "Strengths and worries agreed with the family",
                fromContact, information, upContact, closed, reason, "demo");
        members.add(id, child, true, "Child");
        if (completed != null) {
            for (LocalDate held = completed.plusDays(28); !held.isAfter(closed == null ? today : closed); held = held.plusDays(42)) {
                reviews.add(id, held, "Family, " + LEADS[who] + ", school", "Plan reviewed; progress on most goals", "demo");
            }
            goals.add(id, GOALS[rnd.nextInt(GOALS.length)], "demo");
            goals.add(id, GOALS[rnd.nextInt(GOALS.length)], "demo");
        }
        if (closed == null) open++;
        return id;
    }

    /** Completed within 15 to 70 days for most, unless that is still to come. */
    private LocalDate completedBy(LocalDate started) {
        LocalDate d = started.plusDays(15 + rnd.nextInt(56));
        return d.isAfter(today) || rnd.nextInt(100) < 8 ? null : d;
    }

    private LocalDate min(LocalDate d) { return d.isAfter(today) ? today : d; }

    List<DemoReferrals.Candidate> candidates() { return candidates; }

    int size() { return episodes.size(); }

    int open() { return open; }

    void insertInto(JdbcTemplate jdbc) {
        episodes.insertInto(jdbc);
        members.insertInto(jdbc);
        reviews.insertInto(jdbc);
        goals.insertInto(jdbc);
    }
}
