package org.kindred.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.workforce.Asye;
import org.kindred.workforce.StaffRole;
import org.springframework.mock.env.MockEnvironment;

class SupervisionDueTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Asye ASYE = new Asye(1, 1, 1, "Nia New", "Team", START, List.of());

    @Test
    void monthlyByDefaultFromTheLastSessionOrTheStart() {
        SupervisionDue due = new SupervisionDue(new MockEnvironment());
        assertThat(due.next(StaffRole.SOCIAL_WORKER, START, null, null)).isEqualTo(START.plusDays(30));
        assertThat(due.next(StaffRole.SENIOR_PRACTITIONER, START, LocalDate.of(2026, 6, 1), null))
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void anAsyeWeeklyForSixWeeksThenFortnightlyToSixMonthsThenAsTheRoleSays() {
        SupervisionDue due = new SupervisionDue(new MockEnvironment());
        assertThat(due.next(StaffRole.ASYE, START, START.plusWeeks(5), ASYE)).isEqualTo(START.plusWeeks(6));
        assertThat(due.next(StaffRole.ASYE, START, START.plusWeeks(6), ASYE)).isEqualTo(START.plusWeeks(8));
        assertThat(due.next(StaffRole.ASYE, START, START.plusMonths(7), ASYE)).isEqualTo(START.plusMonths(7).plusDays(30));
        // The year over, a social worker's policy.
        assertThat(due.next(StaffRole.SOCIAL_WORKER, START, START.plusMonths(13), ASYE))
                .isEqualTo(START.plusMonths(13).plusDays(30));
    }

    @Test
    void theFrequencyIsConfigurablePerRole() {
        SupervisionDue due = new SupervisionDue(new MockEnvironment()
                .withProperty("kindred.workforce.supervision.days", "28")
                .withProperty("kindred.workforce.supervision.days.ADVANCED_PRACTITIONER", "42")
                .withProperty("kindred.workforce.supervision.asye-first-weeks-days", "14"));
        assertThat(due.next(StaffRole.SOCIAL_WORKER, START, null, null)).isEqualTo(START.plusDays(28));
        assertThat(due.next(StaffRole.ADVANCED_PRACTITIONER, START, null, null)).isEqualTo(START.plusDays(42));
        assertThat(due.next(StaffRole.ASYE, START, START, ASYE)).isEqualTo(START.plusDays(14));
    }
}
