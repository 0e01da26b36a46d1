package org.kindred.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;

class ChangeRiskTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static StaffMember worker(EmploymentType type, StaffRole role, LocalDate start, LocalDate leaving, LocalDate contractEnd) {
        return new StaffMember(1, 1, "w", "Wendy Walker", "Team", type, role, null, BigDecimal.ONE, start, leaving,
                leaving == null ? null : LeavingReason.RESIGNATION, null, null, null,
                type == EmploymentType.AGENCY ? "Agency" : null, null, contractEnd);
    }

    @Test
    void aLeavingWorkerMakesAChangeLikelyAndSaysWhy() {
        var r = ChangeRisk.of(TODAY, worker(EmploymentType.PERMANENT, StaffRole.SOCIAL_WORKER,
                LocalDate.of(2020, 1, 1), LocalDate.of(2027, 1, 15), null), 10, 18, 0);
        assertThat(r.probability()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.reasons()).containsExactly("Wendy Walker leaves on 2027-01-15");
        assertThat(ChangeRisk.naive(TODAY, worker(EmploymentType.PERMANENT, StaffRole.SOCIAL_WORKER,
                LocalDate.of(2020, 1, 1), LocalDate.of(2027, 6, 1), null))).isFalse();
    }

    @Test
    void aSettledWorkerWithAFewChildrenLeavesOnlyTheBaseRate() {
        var r = ChangeRisk.of(TODAY, worker(EmploymentType.PERMANENT, StaffRole.SOCIAL_WORKER,
                LocalDate.of(2020, 1, 1), null, null), 12, 18, 0);
        assertThat(r.probability()).isEqualTo(ChangeRisk.BASE);
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void reasonsCombineAsIndependentChances() {
        var r = ChangeRisk.of(TODAY, worker(EmploymentType.AGENCY, StaffRole.ASYE, LocalDate.of(2026, 1, 20), null,
                LocalDate.of(2027, 2, 1)), 25, 18, 2);
        assertThat(r.reasons()).hasSize(4).anyMatch(s -> s.startsWith("agency contract ends"))
                .anyMatch(s -> s.startsWith("caseload 25")).anyMatch(s -> s.startsWith("ASYE ends"))
                .anyMatch(s -> s.startsWith("2 changes"));
        double expected = 1 - (1 - ChangeRisk.BASE) * (1 - ChangeRisk.CONTRACT_ENDS) * (1 - ChangeRisk.OVER_LIMIT)
                * (1 - ChangeRisk.ASYE_ENDS) * (1 - ChangeRisk.TWO_OR_MORE_CHANGES);
        assertThat(r.probability()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
    }
}
