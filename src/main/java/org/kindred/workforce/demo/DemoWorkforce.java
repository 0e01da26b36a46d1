package org.kindred.workforce.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.kindred.workforce.CensusYear;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffRole;

/**
 * Five census years of a county's social work workforce that tell the seed's story on the measures page: turnover
 * falling from nearly 19% to just under 14%, agency workers falling from about a sixth of the workforce to under a
 * tenth, and about 86% of managers permanent. Current staff are the accounts the demo already has; leavers and ended
 * agency engagements are former staff made for the history. The figures are aimed at each 30 September as the census
 * counts them (own leavers in the year over own FTE in post; agency FTE over all FTE in post), so starters are drawn to
 * replace exactly the leavers who were in post on each census day and the workforce stays level.
 */
public final class DemoWorkforce {
    /** Own-staff turnover in the five census years to the latest 30 September, oldest first. */
    static final double[] TURNOVER = {0.19, 0.185, 0.17, 0.155, 0.138};
    /** Agency workers' share of all social workers in post (FTE) on the same five census days. */
    static final double[] AGENCY = {0.17, 0.16, 0.14, 0.115, 0.09};
    static final double MANAGERS_NOT_PERMANENT = 0.14;
    static final String DEMO_MANAGERS_TEAM = "Assessment team North";
    /** The mean of {@link #drawFte}. */
    private static final double MEAN_FTE = 0.946;
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
    /** The five census days (30 September) up to today, oldest first. */
    private final LocalDate[] censusDays = new LocalDate[TURNOVER.length];
    private int formerCount;

    public DemoWorkforce(long seed, LocalDate today) {
        this.random = new Random(seed + 150);
        this.today = today;
        LocalDate latest = CensusYear.latestBy(today).referenceDate();
        for (int j = 0; j < censusDays.length; j++) censusDays[j] = latest.minusYears(censusDays.length - 1 - j);
    }

    public Plan plan(List<Current> staff, List<String> teams) {
        List<Current> workers = staff.stream().filter(c -> !c.manager()).toList();
        List<Current> managers = staff.stream().filter(Current::manager).toList();
        int managersNotPermanent = (int) Math.round(managers.size() * MANAGERS_NOT_PERMANENT);
        int agencyManagers = (managersNotPermanent + 1) / 2;
        double ratio = AGENCY[AGENCY.length - 1] / (1 - AGENCY[AGENCY.length - 1]);
        int agencyNow = (int) Math.round(ratio * MEAN_FTE * staff.size() / (1 + ratio * MEAN_FTE));
        int ownWorkers = workers.size() - Math.max(0, agencyNow - agencyManagers);
        // Contracted hours first: each year's leavers are aimed at its turnover of today's own FTE.
        double[] fte = new double[staff.size()];
        double ownFte = 0;
        for (int i = 0; i < fte.length; i++) {
            fte[i] = drawFte();
            boolean own = i < workers.size() ? i < ownWorkers
                    : managerType(i - workers.size(), managersNotPermanent) != EmploymentType.AGENCY;
            if (own) ownFte += fte[i];
        }
        List<DemoSpell> former = ownLeavers(ownFte, teams);
        int[] starters = startersReplacing(former);

        List<DemoSpell> current = new ArrayList<>();
        for (int w = 0; w < ownWorkers; w++) {
            Current c = workers.get(w);
            LocalDate start = startFor(w, starters);
            current.add(spell(c.username(), c.name(), c.team(), EmploymentType.PERMANENT, roleFor(start), fte[w], start,
                    null, null));
        }
        for (int m = 0; m < managers.size(); m++) {
            Current c = managers.get(m);
            EmploymentType type = managerType(m, managersNotPermanent);
            // Managers in post over the whole history, so the permanent share is the story's on every census day.
            current.add(spell(c.username(), c.name(), c.team(), type, StaffRole.TEAM_MANAGER, fte[workers.size() + m],
                    censusDays[0].minusDays(1 + random.nextInt(3000)), null, null));
        }
        List<Current> agencyWorkers = workers.subList(ownWorkers, workers.size());
        former.addAll(agencyHistory(current, former, agencyWorkers, teams));
        leavingSoon(current);
        demoManagersLeaver(current);
        return new Plan(current, former);
    }

    /** The first managers are the ones not permanent, agency and fixed term in turn. */
    private static EmploymentType managerType(int m, int notPermanent) {
        return m >= notPermanent ? EmploymentType.PERMANENT : m % 2 == 0 ? EmploymentType.AGENCY : EmploymentType.FIXED_TERM;
    }

    /** Own leavers in each census year at its turnover (by FTE), and in the part of this year so far at the latest rate. */
    private List<DemoSpell> ownLeavers(double ownFte, List<String> teams) {
        List<DemoSpell> former = new ArrayList<>();
        for (int j = 0; j <= censusDays.length; j++) {
            LocalDate to = j < censusDays.length ? censusDays[j] : today.minusDays(1);
            LocalDate from = j < censusDays.length ? to.minusYears(1) : censusDays[censusDays.length - 1];
            long days = ChronoUnit.DAYS.between(from, to);
            double target = TURNOVER[Math.min(j, TURNOVER.length - 1)] * days / 365.0 * ownFte;
            List<Double> leavers = new ArrayList<>();
            double sum = 0;
            for (double f = drawFte(); days > 0 && sum + f / 2 <= target; f = drawFte()) {
                leavers.add(f);
                sum += f;
            }
            for (int i = 0; i < leavers.size(); i++) {
                // Spread evenly through the year (each in its own slice), so a rolling year's count moves smoothly.
                LocalDate leaving = to.minusDays((long) ((i + random.nextDouble()) * days / leavers.size()));
                LocalDate start = leaving.minusDays(180 + random.nextInt(3000));
                LeavingReason reason = random.nextInt(10) < 7 ? LeavingReason.RESIGNATION
                        : random.nextBoolean() ? LeavingReason.RETIRED : LeavingReason.MOVED_WITHIN_AUTHORITY;
                former.add(formerSpell(teams, EmploymentType.PERMANENT, leavers.get(i), start, leaving, reason));
            }
        }
        return former;
    }

    /**
     * Today's own staff who started after each census day, by the interval they started in (element j: after census
     * day j and by the next, the last up to today): as many as the leavers who were in post on census day j and have
     * left since, so the own staff in post is the same on every census day.
     */
    private int[] startersReplacing(List<DemoSpell> former) {
        int[] inPost = new int[censusDays.length];
        for (int j = 0; j < censusDays.length; j++) {
            LocalDate day = censusDays[j];
            inPost[j] = (int) former.stream().filter(s -> inPost(s, day)).count();
        }
        int[] starters = new int[censusDays.length];
        for (int j = 0; j < censusDays.length; j++) {
            starters[j] = Math.max(0, inPost[j] - (j + 1 < censusDays.length ? inPost[j + 1] : 0));
        }
        return starters;
    }

    /** The first of today's own workers take the latest starts, spread evenly; the rest started before the first census day. */
    private LocalDate startFor(int index, int[] starters) {
        int acc = 0;
        for (int j = censusDays.length - 1; j >= 0; j--) {
            acc += starters[j];
            if (index < acc) {
                LocalDate after = censusDays[j];
                long span = ChronoUnit.DAYS.between(after, j + 1 < censusDays.length ? censusDays[j + 1] : today);
                int slice = index - (acc - starters[j]);
                return after.plusDays(1 + Math.min(span - 1, (long) ((slice + random.nextDouble()) * span / starters[j])));
            }
        }
        return censusDays[0].minusDays(1 + random.nextInt(3000));
    }

    /**
     * Agency workers over the history: each census day's agency rate gives how many agency workers were in post that day
     * (beside the agency managers), today's are the accounts left after the own staff, and in between the number moves
     * in a straight line. Each place an agency worker fills is a run of engagements of five to fifteen months, one after
     * another; today's agency workers hold the last engagement of the places still filled. Adds today's agency spells to
     * {@code current} and returns the ended engagements.
     */
    private List<DemoSpell> agencyHistory(List<DemoSpell> current, List<DemoSpell> former, List<Current> agencyWorkers,
                                          List<String> teams) {
        List<DemoSpell> all = new ArrayList<>(current);
        all.addAll(former);
        long agencyManagers = current.stream().filter(s -> s.type() == EmploymentType.AGENCY).count();
        double[] wanted = new double[censusDays.length];
        for (int j = 0; j < censusDays.length; j++) {
            LocalDate day = censusDays[j];
            double ownFte = all.stream().filter(s -> s.type() != EmploymentType.AGENCY && inPost(s, day))
                    .mapToDouble(DemoSpell::fte).sum();
            wanted[j] = Math.round(AGENCY[j] / (1 - AGENCY[j]) * ownFte) - agencyManagers;
        }
        LocalDate first = censusDays[0].minusYears(1);
        int days = (int) ChronoUnit.DAYS.between(first, today) + 1;
        double[] filled = new double[days];
        for (int d = 0; d < days; d++) filled[d] = wantedOn(first.plusDays(d), wanted, agencyWorkers.size());
        List<DemoSpell> ended = new ArrayList<>();
        int places = (int) Math.ceil(Arrays.stream(filled).max().orElse(0));
        for (int k = 0; k < places; k++) {
            int d = days - 1;
            while (d >= 0) {
                while (d >= 0 && filled[d] <= k + 0.5) d--;
                int end = d + 1;  // the place is filled on the days before end
                while (d >= 0 && filled[d] > k + 0.5) d--;
                if (end == 0) break;
                fillPlace(first, d + 1, end, end == days && k < agencyWorkers.size() ? agencyWorkers.get(k) : null,
                        current, ended, teams);
            }
        }
        return ended;
    }

    /** Agency workers wanted on a day: each census day's number, today's accounts, a straight line between. */
    private double wantedOn(LocalDate day, double[] wanted, int now) {
        if (!day.isAfter(censusDays[0])) return wanted[0];
        for (int j = 1; j <= censusDays.length; j++) {
            LocalDate to = j < censusDays.length ? censusDays[j] : today;
            if (!day.isAfter(to)) {
                double at = j < censusDays.length ? wanted[j] : now;
                double share = (double) ChronoUnit.DAYS.between(censusDays[j - 1], day)
                        / Math.max(1, ChronoUnit.DAYS.between(censusDays[j - 1], to));
                return wanted[j - 1] + (at - wanted[j - 1]) * share;
            }
        }
        return now;
    }

    /** One place's engagements from its last day backwards; a place filled today ends with today's worker. */
    private void fillPlace(LocalDate first, int from, int end, Current holder, List<DemoSpell> current,
                           List<DemoSpell> ended, List<String> teams) {
        int to = end;
        do {
            int begin = to - (150 + random.nextInt(300));
            // A place filled since before the history began keeps its first engagement's earlier start.
            if (from > 0) begin = Math.max(begin, from);
            if (holder != null) {
                LocalDate start = first.plusDays(begin);
                current.add(spell(holder.username(), holder.name(), holder.team(), EmploymentType.AGENCY,
                        roleFor(start), 1.0, start, null, null));
                holder = null;
            } else {
                ended.add(formerSpell(teams, EmploymentType.AGENCY, 1.0, first.plusDays(begin), first.plusDays(to),
                        LeavingReason.END_OF_CONTRACT));
            }
            to = begin;
        } while (to > from);
    }

    private static boolean inPost(DemoSpell s, LocalDate day) {
        return !s.start().isAfter(day) && (s.leaving() == null || s.leaving().isAfter(day));
    }

    /** About one in thirty of today's own staff has handed in notice: leaving in the next three months. */
    private void leavingSoon(List<DemoSpell> current) {
        for (int i = 0; i < current.size(); i++) {
            DemoSpell s = current.get(i);
            if (s.type() == EmploymentType.PERMANENT && s.role() != StaffRole.TEAM_MANAGER && random.nextInt(30) == 0) {
                current.set(i, leaving(s, today.plusDays(7 + random.nextInt(80))));
            }
        }
    }

    /** The demo manager's team has one leaver within the month, so "My work" shows the warning on a first run. */
    private void demoManagersLeaver(List<DemoSpell> current) {
        for (int i = 0; i < current.size(); i++) {
            DemoSpell s = current.get(i);
            if (DEMO_MANAGERS_TEAM.equals(s.team()) && s.type() == EmploymentType.PERMANENT
                    && s.role() != StaffRole.TEAM_MANAGER && !s.username().equals("worker")) {
                if (s.leaving() == null) current.set(i, leaving(s, today.plusDays(20)));
                return;
            }
        }
    }

    private static DemoSpell leaving(DemoSpell s, LocalDate on) {
        return new DemoSpell(s.username(), s.name(), s.team(), s.type(), s.role(), s.fte(), s.start(), on,
                LeavingReason.RESIGNATION, s.swe(), s.qualification(), s.agency(), s.dayRatePence(), s.contractEnd());
    }

    private StaffRole roleFor(LocalDate start) {
        if (start.isAfter(today.minusYears(1)) && random.nextInt(3) == 0) return StaffRole.ASYE;
        int r = random.nextInt(100);
        return r < 60 ? StaffRole.SOCIAL_WORKER : r < 88 ? StaffRole.SENIOR_PRACTITIONER : StaffRole.ADVANCED_PRACTITIONER;
    }

    private DemoSpell formerSpell(List<String> teams, EmploymentType type, double fte, LocalDate start,
                                  LocalDate leaving, LeavingReason reason) {
        String username = String.format("former%03d", ++formerCount);
        String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        String team = teams.get(random.nextInt(teams.size()));
        return spell(username, name, team, type, random.nextInt(4) == 0 ? StaffRole.SENIOR_PRACTITIONER
                : StaffRole.SOCIAL_WORKER, fte, start, leaving, reason);
    }

    /** Contracted hours over standard hours: 82% full time, the rest 0.5 to 0.9 (an agency worker is counted as 1). */
    private double drawFte() {
        return random.nextInt(100) < 82 ? 1.0 : new double[] {0.6, 0.8, 0.5, 0.9}[random.nextInt(4)];
    }

    private DemoSpell spell(String username, String name, String team, EmploymentType type, StaffRole role, double fte,
                            LocalDate start, LocalDate leaving, LeavingReason reason) {
        boolean agency = type == EmploymentType.AGENCY;
        String swe = String.format("SW%010d", 1_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
        LocalDate contractEnd = agency && leaving == null ? today.plusDays(14 + random.nextInt(300)) : null;
        return new DemoSpell(username, name, team, type, role, agency ? 1.0 : fte, start, leaving, reason, swe,
                UNIVERSITIES[random.nextInt(UNIVERSITIES.length)], agency ? AGENCIES[random.nextInt(AGENCIES.length)]
                : null, agency ? 30_000L + 1_000L * random.nextInt(15) : null, contractEnd);
    }
}
