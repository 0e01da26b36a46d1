package org.kindred.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.ChangeReason;
import org.kindred.allocation.StaffEndings;

class DemoCausesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<Teams.Member> WORKERS = IntStream.range(0, 30).mapToObj(i -> new Teams.Member(i,
            "sw" + i, "Worker " + i, Set.of(Role.SOCIAL_WORKER), 1, "Team")).toList();

    private static List<List<DemoHistory.Row>> histories(int children, long seed) {
        Random r = new Random(seed);
        List<List<DemoHistory.Row>> out = new ArrayList<>();
        for (long c = 0; c < children; c++) {
            out.add(new ArrayList<>(DemoHistory.of(c, WORKERS.get((int) (c % WORKERS.size())), WORKERS, TODAY, r)));
        }
        return out;
    }

    @Test
    void aLeaversChildrenMoveAroundTheLeavingDateAndEachChildKeepsItsNumberOfChanges() {
        List<List<DemoHistory.Row>> histories = histories(2000, 1);
        List<Integer> changesBefore = histories.stream().map(h -> h.size()).toList();
        LocalDate leaving = LocalDate.of(2026, 7, 15);
        var leaver = new StaffEndings.Ending(1000, "former001", "Lee Leaver", "Team", LocalDate.of(2020, 1, 1),
                leaving, ChangeReason.LEFTRL, 12);
        int given = DemoCauses.apply(histories, List.of(leaver), new Random(2));

        assertThat(given).isEqualTo(12);
        assertThat(histories.stream().map(h -> h.size()).toList()).isEqualTo(changesBefore);
        List<DemoHistory.Row> held = histories.stream().flatMap(List::stream).filter(r -> r.worker().userId() == 1000).toList();
        assertThat(held).hasSize(12).allSatisfy(r -> assertThat(r.end())
                .isBetween(leaving.minusDays(21), leaving.plusDays(7)));
        for (List<DemoHistory.Row> rows : histories) {
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).worker()).isNotEqualTo(rows.get(i - 1).worker());
                assertThat(rows.get(i).start()).isEqualTo(rows.get(i - 1).end());
                // Only an ending's change says the worker left the role.
                assertThat(rows.get(i).reason() == ChangeReason.LEFTRL)
                        .isEqualTo(rows.get(i - 1).worker().userId() == 1000);
            }
        }
    }

    @Test
    void aWorkerHoldsNoChildBeforeTheyStarted() {
        List<List<DemoHistory.Row>> histories = histories(2000, 3);
        LocalDate start = LocalDate.of(2026, 6, 1);
        var agency = new StaffEndings.Ending(2000, "former002", "Ada Agency", "Team", start, LocalDate.of(2026, 8, 1),
                ChangeReason.FCONTA, 15);
        DemoCauses.apply(histories, List.of(agency), new Random(4));
        assertThat(histories.stream().flatMap(List::stream).filter(r -> r.worker().userId() == 2000))
                .isNotEmpty().allSatisfy(r -> assertThat(r.start()).isAfterOrEqualTo(start));
    }
}
