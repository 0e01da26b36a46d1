package org.kindred.protection.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.kindred.frontdoor.AssessedReferral;
import org.kindred.frontdoor.AssessmentOutcome;

/**
 * The demo stories follow the front door's assessed referrals, have county-scale counts, about a fifth of ICPCs
 * late, repeat plans, and rows that fit their tables.
 */
class DemoCasesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<AssessedReferral> TO_STRATEGY = referrals(1, 1_150, AssessmentOutcome.STRATEGY_DISCUSSION);
    private static final List<AssessedReferral> TO_CIN_PLAN = referrals(2_001, 1_300, AssessmentOutcome.CHILD_IN_NEED_PLAN);
    private final ProtectionDemoRows rows = new DemoCases(TODAY, 2026, TO_STRATEGY, TO_CIN_PLAN).build();

    /** {@code n} referrals assessed through the year, one a child, the assessment authorised 0 to 45 days after. */
    private static List<AssessedReferral> referrals(long firstChild, int n, AssessmentOutcome outcome) {
        return LongStream.range(firstChild, firstChild + n).mapToObj(c -> {
            LocalDate referred = TODAY.minusDays(2 + (c * 7919) % 362);
            LocalDate authorised = referred.plusDays(c % 46);
            return new AssessedReferral(c, c, referred, authorised.isAfter(TODAY) ? TODAY : authorised, outcome);
        }).toList();
    }

    @Test
    void hundredsOfOpenPlansAndAboutAThousandCinPlans() {
        long open = rows.tables.get("cp_plan").stream().filter(r -> r[6] == null).count();
        assertThat(open).isBetween(150L, 420L);
        assertThat(rows.tables.get("cin_plan")).hasSize(1_300);
        assertThat(rows.tables.get("cin_plan").stream().filter(r -> r[3] == null).count()).isBetween(700L, 1_100L);
    }

    @Test
    void everyStoryStartsWhenTheChildsAssessmentEnded() {
        Map<Long, LocalDate> assessed = new java.util.HashMap<>();
        TO_STRATEGY.forEach(r -> assessed.put(r.childId(), r.authorisedOn()));
        TO_CIN_PLAN.forEach(r -> assessed.put(r.childId(), r.authorisedOn()));
        assertThat(rows.tables.get("strategy_discussion")).allMatch(r -> !((LocalDate) r[2]).isBefore(assessed.get((Long) r[1])));
        assertThat(rows.tables.get("cin_plan")).allMatch(r -> !((LocalDate) r[2]).isBefore(assessed.get((Long) r[1])));
        assertThat(rows.tables.get("strategy_discussion").stream().map(r -> r[1]).distinct().count())
                .isEqualTo(TO_STRATEGY.size());
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
            int columns = ProtectionDemoRows.COLUMNS.get(table).split(",").length;
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

    @Test
    void everyTableIsInsertedAfterTheTablesItNames() {
        assertThat(ProtectionDemoRows.INSERT_ORDER).containsExactlyInAnyOrderElementsOf(ProtectionDemoRows.COLUMNS.keySet());
        assertThat(ProtectionDemoRows.INSERT_ORDER.indexOf("cp_plan")).isLessThan(ProtectionDemoRows.INSERT_ORDER.indexOf("cp_conference"));
    }

    @Test
    void conferencesSitOnWorkingDays() {
        org.kindred.shared.WorkingDays wd = org.kindred.shared.WorkingDays.england();
        assertThat(rows.tables.get("cp_conference")).allMatch(r -> !"INITIAL".equals(r[2])
                || wd.isWorkingDay((LocalDate) r[5]));
        assertThat(rows.tables.get("section47_enquiry")).allMatch(r -> r[10] == null || wd.isWorkingDay((LocalDate) r[10]));
    }
}
