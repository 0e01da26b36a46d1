package org.kindred.workforce.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.returns.csww.CswwCensus;
import org.kindred.returns.csww.CswwReturn;
import org.kindred.workforce.CensusYear;
import org.kindred.workforce.Figures;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.internal.FiguresOn;
import org.kindred.workforce.internal.JdbcCensusFacts;

/** The demo workforce tells the seed's story, and its census year passes the schema and the guide. */
class DemoWorkforceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static List<StaffMember> demo() {
        List<DemoWorkforce.Current> current = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        for (int t = 0; t < 25; t++) {
            String team = "Team " + t;
            teams.add(team);
            current.add(new DemoWorkforce.Current(1000 + t, "tm" + t, "Manager " + t, team, true));
            for (int w = 0; w < 9; w++) {
                int id = 2000 + t * 10 + w;
                current.add(new DemoWorkforce.Current(id, "sw" + id, "Worker " + id, team, false));
            }
        }
        DemoWorkforce.Plan plan = new DemoWorkforce(42, TODAY).plan(current, teams);
        List<StaffMember> staff = new ArrayList<>();
        long id = 0;
        List<DemoSpell> all = new ArrayList<>(plan.current());
        all.addAll(plan.former());
        for (DemoSpell s : all) {
            id++;
            staff.add(new StaffMember(id, id, s.username(), s.name(), s.team(), s.type(), s.role(), null,
                    BigDecimal.valueOf(s.fte()), s.start(), s.leaving(), s.reason(), s.swe(), null, s.qualification(),
                    s.agency(), s.dayRatePence(), s.contractEnd()));
        }
        return staff;
    }

    static Figures on(List<StaffMember> staff, LocalDate day) {
        Map<String, Double> posts = new HashMap<>();
        staff.stream().filter(s -> s.inPostOn(TODAY)).forEach(s -> posts.merge(s.team(), s.fteValue(), Double::sum));
        return FiguresOn.of(day, null, staff, posts, Map.of(), 0);
    }

    @Test
    void eachCensusDayTellsTheSeedsStory() {
        List<StaffMember> staff = demo();
        LocalDate latest = CensusYear.latestBy(TODAY).referenceDate();
        double previousTurnover = 100;
        for (int j = 0; j < DemoWorkforce.TURNOVER.length; j++) {
            Figures f = on(staff, latest.minusYears(DemoWorkforce.TURNOVER.length - 1 - j));
            assertThat(f.turnoverRate()).as("turnover at %s", f.day())
                    .isCloseTo(DemoWorkforce.TURNOVER[j] * 100, within(1.0));
            assertThat(f.agencyRate()).as("agency rate at %s", f.day())
                    .isCloseTo(DemoWorkforce.AGENCY[j] * 100, within(1.0));
            assertThat(f.managersPermanentPercent()).as("managers permanent at %s", f.day()).isBetween(84.0, 88.0);
            assertThat(f.fte()).as("own FTE at %s", f.day()).isBetween(200.0, 225.0);
            assertThat(f.turnoverRate()).isLessThan(previousTurnover);
            previousTurnover = f.turnoverRate();
        }
        assertThat(on(staff, latest.minusYears(3)).turnoverRate()).isBetween(17.5, 19.5);
        assertThat(on(staff, latest).turnoverRate()).isBetween(12.8, 14.0);
        assertThat(staff.stream().filter(s -> s.inPostOn(TODAY)).count()).isBetween(230L, 260L);
    }

    @Test
    void theMonthsBetweenCensusDaysMoveSmoothly() {
        List<StaffMember> staff = demo();
        LocalDate latest = CensusYear.latestBy(TODAY).referenceDate();
        Figures previous = on(staff, latest.minusYears(3));
        for (LocalDate day = previous.day().plusMonths(1); !day.isAfter(latest); day = day.plusMonths(1)) {
            Figures f = on(staff, day);
            assertThat(Math.abs(f.agencyRate() - previous.agencyRate())).as("agency rate %s to %s", previous.day(), day)
                    .isLessThan(2.5);
            assertThat(Math.abs(f.turnoverRate() - previous.turnoverRate())).as("turnover %s to %s", previous.day(), day)
                    .isLessThan(2.5);
            previous = f;
        }
    }

    @Test
    void theDemoYearsCensusPassesTheSchemaAndTheGuide() {
        List<StaffMember> staff = demo();
        CensusYear year = CensusYear.latestBy(TODAY);
        CswwReturn r = CswwCensus.check(JdbcCensusFacts.of(year, staff, Map.of(), Map.of(),
                on(staff, year.referenceDate())), "925", Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.xml()).contains("<ReasonLeave>1</ReasonLeave>");
    }
}
