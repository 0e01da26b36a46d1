package org.kindred.earlyhelp.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionPlaces;
import org.kindred.person.Person;
import org.kindred.shared.demo.Columns;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo referrals to each service, run through its places in date order: a referral is declined or accepted, waits
 * until a place frees (or withdraws after a long wait), starts, and ends with its measures, or is still open today.
 */
final class DemoReferrals {
    /** A child who could be referred, from where, and from when. */
    record Candidate(long childId, String source, Long episodeId, LocalDate from) {
    }

    /** How many referrals a year each service gets (times the demo's years of history), how long it lasts (days), and whether it takes plan referrals. */
    private record Demand(int perYear, int minDays, int maxDays, boolean fromEarlyHelp, boolean fromPlans) {
    }

    private static final Map<Intervention, Demand> DEMAND = new EnumMap<>(Map.of(
            Intervention.MST, new Demand(85, 90, 150, true, true),
            Intervention.MST_FIT, new Demand(14, 120, 160, false, true),
            Intervention.FGC, new Demand(150, 28, 56, true, true),
            Intervention.EDGE_OF_CARE, new Demand(80, 60, 120, false, true),
            Intervention.PARENTING, new Demand(120, 70, 84, true, false),
            Intervention.RESTORATIVE, new Demand(40, 40, 80, true, false)));
    private static final String[] END = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
        "COMPLETED", "COMPLETED", "DISENGAGED", "DISENGAGED", "MOVED", "ENTERED_CARE"};
    private final LocalDate today;
    private final Random rnd;
    private final Map<Long, Person> register;
    private long nextId;
    private final Map<String, Integer> counts = new java.util.TreeMap<>();
    private final Columns referrals = new Columns("intervention_referral", "id bigint", "service text",
            "child_id bigint", "episode_id bigint", "source text", "referred_on date", "reason text", "status text",
            "accepted_on date", "declined_on date", "started_on date", "ended_on date", "status_reason text",
            "living_at_home boolean", "in_education boolean", "no_new_offences boolean", "goal_score_start int",
            "goal_score_end int", "created_by text");

    private final int years;
    private final InterventionPlaces places;

    DemoReferrals(LocalDate today, Random rnd, Map<Long, Person> register, int years, InterventionPlaces places,
                  long firstId) {
        this.places = places;
        this.years = years;
        this.today = today;
        this.rnd = rnd;
        this.register = register;
        this.nextId = firstId;
    }

    void generate(List<Candidate> earlyHelp, List<Candidate> plans) {
        for (Map.Entry<Intervention, Demand> e : DEMAND.entrySet()) {
            List<Candidate> pool = new ArrayList<>();
            if (e.getValue().fromEarlyHelp()) pool.addAll(earlyHelp);
            if (e.getValue().fromPlans()) pool.addAll(plans);
            service(e.getKey(), e.getValue(), eligible(e.getKey(), pool));
        }
    }

    private List<Candidate> eligible(Intervention s, List<Candidate> pool) {
        List<Candidate> ok = new ArrayList<>();
        for (Candidate c : pool) {
            Person p = register.get(c.childId());
            if (p == null || p.dateOfBirth() == null) continue;
            int age = Period.between(p.dateOfBirth(), c.from()).getYears();
            if (age >= s.minAge() && age <= s.maxAge()) ok.add(c);
        }
        java.util.Collections.shuffle(ok, rnd);
        return ok;
    }

    private void service(Intervention s, Demand d, List<Candidate> pool) {
        Set<Long> taken = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : pool) {
            if (chosen.size() >= d.perYear() * years) break;
            if (taken.add(c.childId())) chosen.add(c);
        }
        chosen.sort(Comparator.comparing(Candidate::from));
        PriorityQueue<LocalDate> inUse = new PriorityQueue<>();
        for (Candidate c : chosen) {
            LocalDate referred = c.from().plusDays(rnd.nextInt(21));
            if (referred.isAfter(today)) referred = today;
            LocalDate decided = referred.plusDays(2 + rnd.nextInt(8));
            if (decided.isAfter(today)) {
                add(s, c, referred, "REFERRED", null, null, null, null, null, false);
                continue;
            }
            if (rnd.nextInt(100) < 12) {
                add(s, c, referred, "DECLINED", null, decided, null, null, "Does not meet the service's criteria", false);
                continue;
            }
            while (!inUse.isEmpty() && !inUse.peek().isAfter(decided)) inUse.poll();
            LocalDate start = inUse.size() < places.of(s) ? decided.plusDays(3 + rnd.nextInt(10)) : inUse.poll().plusDays(1);
            if (start.isAfter(decided.plusDays(90)) && rnd.nextInt(100) < 30 && !decided.plusDays(90).isAfter(today)) {
                add(s, c, referred, "WITHDRAWN", decided, null, null, decided.plusDays(90), "Family no longer wanted the service", false);
                inUse.add(start);
                continue;
            }
            if (start.isAfter(today)) {
                add(s, c, referred, "WAITING", decided, null, null, null, null, false);
                inUse.add(start);
                continue;
            }
            LocalDate end = start.plusDays(d.minDays() + rnd.nextInt(d.maxDays() - d.minDays() + 1));
            inUse.add(end);
            if (end.isAfter(today)) add(s, c, referred, "STARTED", decided, null, start, null, null, false);
            else add(s, c, referred, "ENDED", decided, null, start, end, END[rnd.nextInt(END.length)], true);
        }
    }

    private void add(Intervention s, Candidate c, LocalDate referred, String status, LocalDate accepted,
                     LocalDate declined, LocalDate started, LocalDate ended, String reason, boolean measured) {
        Intervention.Measure m = s.measure();
        boolean intoCare = "ENTERED_CARE".equals(reason);
        Boolean home = measured && m.livingAtHome() ? !intoCare && rnd.nextInt(100) < 88 : null;
        Boolean education = measured && m.educationAndOffences() ? rnd.nextInt(100) < 70 : null;
        Boolean offences = measured && m.educationAndOffences() ? rnd.nextInt(100) < 76 : null;
        Integer scoreStart = measured && m.goals() ? 2 + rnd.nextInt(4) : null;
        Integer scoreEnd = measured && m.goals() ? Math.min(10, scoreStart + rnd.nextInt(6)) : null;
        referrals.add(nextId++, s.name(), c.childId(), c.episodeId(), c.source(), referred,
                "Referred for " + s.title().toLowerCase(), status, accepted, declined, started, ended, reason, home,
                education, offences, scoreStart, scoreEnd, "demo");
        counts.merge(s.key(), 1, Integer::sum);
    }

    String summary() { return referrals.size() + " intervention referrals " + counts; }

    void insertInto(JdbcTemplate jdbc) { referrals.insertInto(jdbc); }
}
