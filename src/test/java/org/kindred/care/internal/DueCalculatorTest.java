package org.kindred.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.care.CareEvent;
import org.kindred.care.CareLeaverEligibility;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.LegalStatus;
import org.kindred.care.NextDue;
import org.kindred.care.Placement;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;
import org.kindred.care.Ssda903Episodes;

/** The schedule rules put together: what is due for a child in care and for a care leaver. */
class DueCalculatorTest {
    private static final Placement FOSTER = new Placement(PlacementType.U6, PlacementProvider.PR1, "ZY1 2AB");
    private static final NextDue.Held NONE = new NextDue.Held(List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void aChildNewInCareHasEverythingDueOnTheCalendar() {
        LocalDate came = LocalDate.of(2026, 3, 30);
        NextDue due = DueCalculator.compute(Ssda903Episodes.derive(List.of(
                CareEvent.cameIntoCare(came, LegalStatus.V2, CategoryOfNeed.N1, FOSTER, false))), NONE,
                LocalDate.of(2015, 6, 1), LocalDate.of(2026, 4, 2));
        assertThat(due.lookedAfter()).isTrue();
        // 20 working days across Easter 2026 (Good Friday 3 April, Easter Monday 6 April): reg. 33 and the health rule.
        assertThat(due.review()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(due.health()).isEqualTo(LocalDate.of(2026, 4, 29));
        // PEP within 10 working days (Promoting the education of looked-after children, 2018).
        assertThat(due.pep()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(due.visit()).isEqualTo(came.plusWeeks(1));
        assertThat(due.pathwayPlan()).isNull();
    }

    @Test
    void noPepBeforeReceptionAge() {
        NextDue due = DueCalculator.compute(Ssda903Episodes.derive(List.of(CareEvent.cameIntoCare(
                LocalDate.of(2026, 1, 5), LegalStatus.C1, CategoryOfNeed.N1, FOSTER, true))), NONE,
                LocalDate.of(2023, 1, 1), LocalDate.of(2026, 2, 1));
        assertThat(due.pep()).isNull();
        assertThat(due.health()).isNotNull();
    }

    @Test
    void aRelevantChildsFirstPathwayPlanIsDueThreeMonthsAfterSixteenThenSixMonthly() {
        LocalDate dob = LocalDate.of(2009, 6, 1);
        var periods = Ssda903Episodes.derive(List.of(
                CareEvent.cameIntoCare(LocalDate.of(2024, 1, 10), LegalStatus.V2, CategoryOfNeed.N4, FOSTER, true),
                CareEvent.leftCare(LocalDate.of(2025, 9, 1), ReasonCeased.E5)));
        NextDue none = DueCalculator.compute(periods, NONE, dob, LocalDate.of(2026, 1, 1));
        assertThat(none.leavingCare()).isEqualTo(CareLeaverEligibility.Status.RELEVANT);
        assertThat(none.lookedAfter()).isFalse();
        assertThat(none.pathwayPlan()).isEqualTo(LocalDate.of(2025, 9, 1));
        NextDue planned = DueCalculator.compute(periods, new NextDue.Held(List.of(), List.of(), List.of(), List.of(),
                List.of(LocalDate.of(2025, 8, 20))), dob, LocalDate.of(2026, 1, 1));
        assertThat(planned.pathwayPlan()).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void shortBreaksDoNotMakeACareLeaver() {
        LocalDate dob = LocalDate.of(2009, 6, 1);
        var periods = Ssda903Episodes.derive(List.of(
                CareEvent.cameIntoCare(LocalDate.of(2024, 1, 10), LegalStatus.V3, CategoryOfNeed.N2, FOSTER, true),
                CareEvent.leftCare(LocalDate.of(2025, 9, 1), ReasonCeased.E8)));
        assertThat(DueCalculator.compute(periods, NONE, dob, LocalDate.of(2026, 1, 1)).careLeaver()).isFalse();
    }
}
