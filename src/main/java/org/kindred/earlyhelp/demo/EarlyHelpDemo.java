package org.kindred.earlyhelp.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kindred.earlyhelp.InterventionPlaces;
import org.kindred.earlyhelp.internal.EarlyHelpAssessmentDue;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.frontdoor.FrontDoorFacts.ContactAbout;
import java.util.Map;
import org.kindred.access.SystemIdentity;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.ProtectionFacts;
import org.kindred.shared.demo.Columns;
import org.kindred.shared.demo.DemoStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county's early help and interventions, continuing the front door's history: an episode for each family
 * the front door stepped down (about 2,000 a year), an episode that stepped up for each contact from the early help
 * service (5D), and referrals to MST (about 60 families a year through 24 places, so a waiting list forms), FGC,
 * edge of care, parenting and restorative practice from early help and from CIN and CP plans. Rows go in as one
 * array insert per table. Demo households are the child alone: the register's households are the person module's
 * to read, and reading one per episode would cost the first start seconds.
 *
 * <p>{@code kindred.demo.history-years} (default 1) years of it: each year up to today gets its 2,000 episodes from
 * that year's step-downs, and a year the front door generated no step-downs for (a shorter front-door history) gets
 * episodes a lead professional began directly, for children the front door stepped down in a later year.
 */
@Component
class EarlyHelpDemo implements DemoStep {
    private static final int EPISODES_A_YEAR = 2_000;
    private final JdbcTemplate jdbc;
    private final FrontDoorFacts frontDoor;
    private final ProtectionFacts protection;
    private final People people;
    private final EarlyHelpAssessmentDue due;
    private final int years;
    private final InterventionPlaces places;

    EarlyHelpDemo(JdbcTemplate jdbc, FrontDoorFacts frontDoor, ProtectionFacts protection, People people,
                  EarlyHelpAssessmentDue due, InterventionPlaces places,
                  @Value("${kindred.demo.history-years:1}") int years) {
        this.places = places;
        this.years = Math.max(1, years);
        this.jdbc = jdbc;
        this.frontDoor = frontDoor;
        this.protection = protection;
        this.people = people;
        this.due = due;
    }

    @Override
    public int order() { return 460; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        Long existing = jdbc.queryForObject("select count(*) from early_help_episode", Long.class);
        if (existing != null && existing > 0) return "early help: already there";
        LocalDate today = context.today();
        LocalDate yearAgo = today.minusYears(years);
        Random rnd = new Random(context.seed() + 460);
        List<ContactAbout> down = frontDoor.steppedDown(yearAgo, today);
        List<ContactAbout> up = frontDoor.fromEarlyHelp(yearAgo, today);
        if (down.isEmpty() && up.isEmpty()) return "early help: no front-door year to follow";
        List<ProtectionFacts.PlanFact> cp = protection.protectionPlans(yearAgo, today);
        List<ProtectionFacts.CinPlanFact> cin = protection.cinPlans(yearAgo, today);
        Set<Long> ids = new HashSet<>();
        down.forEach(c -> ids.add(c.childId()));
        up.forEach(c -> ids.add(c.childId()));
        cp.forEach(p -> ids.add(p.childId()));
        cin.forEach(p -> ids.add(p.childId()));
        // One read of the register for every child, for family names and ages (eligibility by age).
        Map<Long, Person> register = SystemIdentity.as("demo-data", () -> people.findAll(ids));
        DemoEpisodes episodes = new DemoEpisodes(today, rnd, due, register,
                Columns.reserveIds(jdbc, "early_help_episode_id_seq", EPISODES_A_YEAR * years + up.size()));
        new DemoYears(today, years, EPISODES_A_YEAR).fill(down, up, episodes);
        episodes.insertInto(jdbc);

        Set<Long> onPlans = new HashSet<>();
        List<DemoReferrals.Candidate> planned = new ArrayList<>();
        for (ProtectionFacts.PlanFact p : cp) {
            if (onPlans.add(p.childId())) planned.add(new DemoReferrals.Candidate(p.childId(), "CP_PLAN", null, later(p.started(), yearAgo)));
        }
        for (ProtectionFacts.CinPlanFact p : cin) {
            if (onPlans.add(p.childId())) planned.add(new DemoReferrals.Candidate(p.childId(), "CIN_PLAN", null, later(p.started(), yearAgo)));
        }
        DemoReferrals referrals = new DemoReferrals(today, rnd, register, years, places,
                Columns.reserveIds(jdbc, "intervention_referral_id_seq", 2000 * years));
        referrals.generate(episodes.candidates(), planned);
        referrals.insertInto(jdbc);
        return "early help: " + episodes.size() + " episodes (" + episodes.open() + " open, " + up.size()
                + " stepped up), " + referrals.summary();
    }

    private static LocalDate later(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }
}
