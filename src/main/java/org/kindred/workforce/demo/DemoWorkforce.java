package org.kindred.workforce.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffRole;

/**
 * Three years of a county's social work workforce that tells the seed's story: turnover falling from about 19% to
 * about 14% a year, agency workers falling from about a sixth of the workforce to about a tenth, and 86% of managers
 * permanent. Current staff are the accounts the demo already has; leavers are former staff made for the history.
 */
public final class DemoWorkforce {
    /** Own-staff leavers as a share of own FTE in the three years, oldest first (the seed: 19% to just under 14%). */
    static final double[] TURNOVER = {0.19, 0.165, 0.138};
    /** Agency workers as a share of all in post, three years ago and now. */
    static final double AGENCY_THEN = 0.17;
    static final double AGENCY_NOW = 0.09;
    static final double MANAGERS_NOT_PERMANENT = 0.14;
    static final String DEMO_MANAGERS_TEAM = "Assessment team North";
    private static final String[] AGENCIES = {"Hays Social Care", "Sanctuary Personnel", "Liquid Personnel",
        "Reed Social Care", "Service Care Solutions"};
    private static final String[] UNIVERSITIES = {"University of Kent", "University of Birmingham",
        "Open University", "University of Sussex", "Manchester Metropolitan University", "University of York",
        "Anglia Ruskin University", "University of Bedfordshire"};
    private static final String[] GIVEN = {"Anna", "Brian", "Carys", "Dmitri", "Esther", "Femi", "Gemma", "Harry",
        "Ines", "Jamal", "Kerry", "Leon", "Maya", "Nadia", "Owen", "Pippa", "Rosa", "Sanjay", "Tara", "Umar"};
    private static final String[] FAMILY = {"Adams", "Bell", "Cole", "Dixon", "Ellis", "Foster", "Grant", "Hunt",
        "Irwin", "Jarvis", "Kaur", "Lloyd", "Marsh", "Noble", "Owen", "Price", "Reid", "Shah", "Turner", "Vaughan"};

    public record Current(long userId, String username, String name, String team, boolean manager) {
    }

    public record Plan(List<DemoSpell> current, List<DemoSpell> former) {
    }

    private final Random random;
    private final LocalDate today;
    private int formerCount;

    public DemoWorkforce(long seed, LocalDate today) {
        this.random = new Random(seed + 150);
        this.today = today;
    }

    public Plan plan(List<Current> staff, List<String> teams) {
        List<DemoSpell> current = new ArrayList<>();
        List<Current> workers = staff.stream().filter(c -> !c.manager()).toList();
        int own = (int) Math.round(workers.size() * (1 - AGENCY_NOW));
        // Starters in each of the last three years replace that year's leavers, so the workforce stays about level.
        int[] startersByYear = new int[3];
        for (int y = 0; y < 3; y++) startersByYear[y] = (int) Math.round(TURNOVER[y] * own);
        int w = 0;
        for (Current c : workers) {
            boolean agency = w >= own;
            LocalDate start = agency ? today.minusDays(30 + random.nextInt(500))
                    : startFor(w, startersByYear);
            current.add(spell(c.username(), c.name(), c.team(), agency ? EmploymentType.AGENCY : EmploymentType.PERMANENT,
                    roleFor(start), start, null, null, agency));
            w++;
        }
        int m = 0;
        long notPermanent = Math.round(staff.stream().filter(Current::manager).count() * MANAGERS_NOT_PERMANENT);
        for (Current c : staff.stream().filter(Current::manager).toList()) {
            EmploymentType type = m < notPermanent ? (m % 2 == 0 ? EmploymentType.AGENCY : EmploymentType.FIXED_TERM)
                    : EmploymentType.PERMANENT;
            current.add(spell(c.username(), c.name(), c.team(), type, StaffRole.TEAM_MANAGER,
                    today.minusDays(200 + random.nextInt(3000)), null, null, type == EmploymentType.AGENCY));
            m++;
        }
        leavingSoon(current);
        demoManagersLeaver(current);
        return new Plan(current, former(own, workers.size() - own, teams));
    }

    /** About one in thirty of today's own staff has handed in notice: leaving in the next three months. */
    private void leavingSoon(List<DemoSpell> current) {
        for (int i = 0; i < current.size(); i++) {
            DemoSpell s = current.get(i);
            if (s.type() == EmploymentType.PERMANENT && s.role() != StaffRole.TEAM_MANAGER && random.nextInt(30) == 0) {
                current.set(i, new DemoSpell(s.username(), s.name(), s.team(), s.type(), s.role(), s.fte(), s.start(),
                        today.plusDays(7 + random.nextInt(80)), LeavingReason.RESIGNATION, s.swe(), s.qualification(),
                        s.agency(), s.dayRatePence(), s.contractEnd()));
            }
        }
    }

    /** The demo manager's team has one leaver within the month, so "My work" shows the warning on a first run. */
    private void demoManagersLeaver(List<DemoSpell> current) {
        for (int i = 0; i < current.size(); i++) {
            DemoSpell s = current.get(i);
            if (DEMO_MANAGERS_TEAM.equals(s.team()) && s.type() == EmploymentType.PERMANENT
                    && s.role() != StaffRole.TEAM_MANAGER && !s.username().equals("worker")) {
                if (s.leaving() == null) {
                    current.set(i, new DemoSpell(s.username(), s.name(), s.team(), s.type(), s.role(), s.fte(),
                            s.start(), today.plusDays(20), LeavingReason.RESIGNATION, s.swe(), s.qualification(),
                            s.agency(), s.dayRatePence(), s.contractEnd()));
                }
                return;
            }
        }
    }

    private LocalDate startFor(int index, int[] startersByYear) {
        int acc = 0;
        for (int y = 2; y >= 0; y--) {
            acc += startersByYear[y];
            if (index < acc) {
                // Year y of the three (0 the oldest) ends (2 - y) years before today.
                LocalDate end = today.minusYears(2 - y);
                return end.minusDays(random.nextInt(365));
            }
        }
        return today.minusYears(3).minusDays(1 + random.nextInt(3000));
    }

    private StaffRole roleFor(LocalDate start) {
        if (start.isAfter(today.minusYears(1)) && random.nextInt(3) == 0) return StaffRole.ASYE;
        int r = random.nextInt(100);
        return r < 60 ? StaffRole.SOCIAL_WORKER : r < 88 ? StaffRole.SENIOR_PRACTITIONER : StaffRole.ADVANCED_PRACTITIONER;
    }

    /** Leavers of the last three years: own staff at each year's turnover, and agency engagements ended. */
    private List<DemoSpell> former(int own, int agencyNow, List<String> teams) {
        List<DemoSpell> former = new ArrayList<>();
        for (int y = 0; y < 3; y++) {
            LocalDate yearEnd = today.minusYears(2 - y);
            int leavers = (int) Math.round(TURNOVER[y] * own);
            for (int i = 0; i < leavers; i++) {
                LocalDate leaving = yearEnd.minusDays(random.nextInt(365));
                LocalDate start = leaving.minusDays(180 + random.nextInt(3000));
                LeavingReason reason = random.nextInt(10) < 7 ? LeavingReason.RESIGNATION
                        : random.nextBoolean() ? LeavingReason.RETIRED : LeavingReason.MOVED_WITHIN_AUTHORITY;
                former.add(formerSpell(teams, EmploymentType.PERMANENT, start, leaving, reason));
            }
        }
        // Agency workers in post three years ago above today's number, their engagements ending over the years.
        int all = own + agencyNow;
        int agencyThen = (int) Math.round(AGENCY_THEN / (1 - AGENCY_THEN) * own);
        int ended = Math.max(0, agencyThen - agencyNow) + agencyNow / 2;
        for (int i = 0; i < ended; i++) {
            LocalDate leaving = today.minusDays(30 + random.nextInt(3 * 365 - 30));
            LocalDate start = today.minusYears(3).minusDays(random.nextInt(400));
            former.add(formerSpell(teams, EmploymentType.AGENCY, start, leaving, LeavingReason.END_OF_CONTRACT));
        }
        return all < 0 ? List.of() : former;
    }

    private DemoSpell formerSpell(List<String> teams, EmploymentType type, LocalDate start, LocalDate leaving,
                                  LeavingReason reason) {
        String username = String.format("former%03d", ++formerCount);
        String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        String team = teams.get(random.nextInt(teams.size()));
        return spell(username, name, team, type, random.nextInt(4) == 0 ? StaffRole.SENIOR_PRACTITIONER
                : StaffRole.SOCIAL_WORKER, start, leaving, reason, type == EmploymentType.AGENCY);
    }

    private DemoSpell spell(String username, String name, String team, EmploymentType type, StaffRole role,
                            LocalDate start, LocalDate leaving, LeavingReason reason, boolean agency) {
        double fte = random.nextInt(100) < 82 ? 1.0 : new double[] {0.6, 0.8, 0.5, 0.9}[random.nextInt(4)];
        String swe = String.format("SW%010d", 1_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
        LocalDate contractEnd = agency && leaving == null ? today.plusDays(14 + random.nextInt(300)) : null;
        return new DemoSpell(username, name, team, type, role, agency ? 1.0 : fte, start, leaving, reason, swe,
                UNIVERSITIES[random.nextInt(UNIVERSITIES.length)], agency ? AGENCIES[random.nextInt(AGENCIES.length)]
                : null, agency ? 30_000L + 1_000L * random.nextInt(15) : null, contractEnd);
    }
}
