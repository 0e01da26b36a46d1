package org.kindred.protection.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The demo stories have county-scale counts, about a fifth of ICPCs late, repeat plans, and rows that fit their tables. */
class DemoCasesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final DemoRows rows = new DemoCases(TODAY, 2026,
            LongStream.rangeClosed(1, DemoCases.CHILDREN).boxed().toList()).build();

    @Test
    void aboutThreeHundredAndFiftyOpenPlansAndAThousandOpenCinPlans() {
        long open = rows.tables.get("cp_plan").stream().filter(r -> r[6] == null).count();
        assertThat(open).isBetween(320L, 420L);
        assertThat(rows.tables.get("cin_plan").stream().filter(r -> r[3] == null).count()).isEqualTo(1000);
    }

    @Test
    void aboutAFifthOfInitialConferencesAreLate() {
        List<Object[]> held = rows.tables.get("section47_enquiry").stream().filter(r -> r[10] != null).toList();
        long late = held.stream().filter(r -> ((LocalDate) r[10]).isAfter((LocalDate) r[5])).count();
        assertThat((double) late / held.size()).isBetween(0.15, 0.25);
    }

    @Test
    void someChildrenHaveARepeatPlanAndNoneHasTwoOpen() {
        Map<Object, List<Object[]>> byChild = rows.tables.get("cp_plan").stream()
                .collect(Collectors.groupingBy(r -> r[1]));
        assertThat(byChild.values().stream().filter(p -> p.size() > 1).count()).isGreaterThan(20);
        assertThat(byChild.values()).allMatch(p -> p.stream().filter(r -> r[6] == null).count() <= 1);
    }

    @Test
    void everyRowHasOneValuePerColumnAndNoDateAfterToday() {
        rows.tables.forEach((table, list) -> {
            int columns = DemoRows.COLUMNS.get(table).split(",").length;
            assertThat(list).as(table).allMatch(r -> r.length == columns);
            assertThat(list).as(table).allMatch(r -> java.util.Arrays.stream(r)
                    .noneMatch(v -> v instanceof LocalDate d && d.isAfter(TODAY.plusWeeks(7))));
        });
    }

    @Test
    void someReviewsAndCoreGroupsAreOverdueNow() {
        long overdueCoreGroups = rows.tables.get("cp_core_group").stream()
                .filter(r -> ((LocalDate) r[5]).isBefore(TODAY)).count();
        assertThat(overdueCoreGroups).isPositive();
    }
}
