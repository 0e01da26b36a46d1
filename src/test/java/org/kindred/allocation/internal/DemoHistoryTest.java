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

class DemoHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<Teams.Member> WORKERS = IntStream.range(0, 20).mapToObj(i -> new Teams.Member(i,
            "sw" + i, "Worker " + i, Set.of(Role.SOCIAL_WORKER), 1, "Team")).toList();

    @Test
    void historiesAreContiguousEndWithTheCurrentWorkerAndNeverRepeatAWorkerBackToBack() {
        Random r = new Random(1);
        for (long child = 0; child < 2000; child++) {
            List<DemoHistory.Row> rows = DemoHistory.of(child, WORKERS.get(0), WORKERS, TODAY, r);
            DemoHistory.Row last = rows.get(rows.size() - 1);
            assertThat(last.worker()).isEqualTo(WORKERS.get(0));
            assertThat(last.end()).isNull();
            assertThat(rows.get(0).reason()).isNull();
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).start()).isEqualTo(rows.get(i - 1).end()).isAfter(rows.get(i - 1).start());
                assertThat(rows.get(i).worker()).isNotEqualTo(rows.get(i - 1).worker());
                assertThat(rows.get(i).reason()).isNotNull();
            }
            assertThat(rows.get(0).start()).isAfterOrEqualTo(TODAY.minusYears(1)).isBeforeOrEqualTo(TODAY);
        }
    }

    @Test
    void aboutOneChildInTenIsAtAThirdChangeOrMore() {
        Random r = new Random(2);
        List<Integer> changes = new ArrayList<>();
        for (long child = 0; child < 5000; child++) {
            changes.add(DemoHistory.of(child, WORKERS.get(1), WORKERS, TODAY, r).size() - 1);
        }
        long thirdOrMore = changes.stream().filter(c -> c >= 3).count();
        long none = changes.stream().filter(c -> c == 0).count();
        assertThat(thirdOrMore).isBetween(400L, 700L);
        assertThat(none).isBetween(2500L, 3000L);
    }
}
