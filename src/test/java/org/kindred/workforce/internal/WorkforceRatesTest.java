package org.kindred.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.Figures;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;

/**
 * The census's rates against hand-worked examples: England's published 2023 figures (DfE, Children's social work
 * workforce, national row) and a small team worked on paper.
 */
class WorkforceRatesTest {
    static final LocalDate CENSUS = LocalDate.of(2025, 9, 30);
    private static long ids;

    static StaffMember member(EmploymentType type, String fte, LocalDate start, LocalDate leaving) {
        long id = ++ids;
        return new StaffMember(id, id, "u" + id, "Worker " + id, "Team A", type, StaffRole.SOCIAL_WORKER, null,
                new BigDecimal(fte), start, leaving, leaving == null ? null : LeavingReason.RESIGNATION,
                "SW0000000" + String.format("%03d", id), null, "Open University",
                type == EmploymentType.AGENCY ? "Agency" : null, null, null);
    }

    @Test
    void englandsPublishedRatesFollowFromTheirParts() {
        // 2023: leavers 5,254.6 FTE, in post 33,119.1 FTE, agency 7,173.5 FTE, vacancies 7,722.7 FTE,
        // cases 337,055 over 21,111.4 case-holder FTE, 270,751 working days lost: 15.9%, 17.8%, 18.9%, 16.0, 3.2%.
        assertThat(Percent.of(5254.6, 33119.1)).isEqualTo(15.9);
        assertThat(AgencyRate.of(7173.5, 33119.1)).isEqualTo(17.8);
        assertThat(VacancyRate.of(7722.7, 33119.1)).isEqualTo(18.9);
        assertThat(CaseloadPerFte.of(337055, 21111.4)).isEqualTo(16.0);
        assertThat(AbsenceRate.of(270751, 33119.1)).isEqualTo(3.2);
    }

    /**
     * On paper: four own staff in post on 30 September 2025 (1 + 1 + 0.5 + 0.5 = 3 FTE), one agency worker (1 FTE),
     * one own leaver in the year (0.6 FTE, left 31 March 2025), one who left the year before (not counted), one who
     * leaves on the census day (a leaver, not in post). Turnover = (0.6 + 1) / 3 = 53.3%; agency = 1 / (1 + 3) = 25%.
     * Posts 5 FTE for the team: vacancies 5 - 3 = 2 (the agency worker covers one), vacancy rate 2 / (2 + 3) = 40%.
     */
    @Test
    void aSmallTeamWorkedByHand() {
        ids = 0;
        LocalDate long_ago = LocalDate.of(2015, 1, 5);
        List<StaffMember> staff = List.of(
                member(EmploymentType.PERMANENT, "1", long_ago, null),
                member(EmploymentType.FIXED_TERM, "1", LocalDate.of(2025, 9, 1), null),
                member(EmploymentType.PERMANENT, "0.5", long_ago, null),
                member(EmploymentType.SECONDEE, "0.5", long_ago, LocalDate.of(2026, 1, 31)),
                member(EmploymentType.AGENCY, "1", LocalDate.of(2025, 2, 1), null),
                member(EmploymentType.PERMANENT, "0.6", long_ago, LocalDate.of(2025, 3, 31)),
                member(EmploymentType.PERMANENT, "1", long_ago, LocalDate.of(2024, 9, 30)),
                member(EmploymentType.PERMANENT, "1", long_ago, CENSUS));
        assertThat(InPost.fte(staff, CENSUS)).isEqualTo(3.0);
        assertThat(InPost.headcount(staff, CENSUS)).isEqualTo(4);
        assertThat(TurnoverRate.leaversFte(staff, CENSUS)).isEqualTo(1.6);
        assertThat(TurnoverRate.on(staff, CENSUS)).isEqualTo(53.3);
        assertThat(AgencyRate.of(InPost.agencyFte(staff, CENSUS), InPost.fte(staff, CENSUS))).isEqualTo(25.0);
        double vacancies = VacancyRate.vacancyFte(Map.of("Team A", 5.0), Map.of("Team A", 3.0));
        assertThat(vacancies).isEqualTo(2.0);
        assertThat(VacancyRate.of(vacancies, 3.0)).isEqualTo(40.0);

        Figures f = FiguresOn.of(CENSUS, "Team A", staff, Map.of("Team A", 5.0), Map.of(1L, 10, 2L, 8), 15.18);
        assertThat(f.turnoverRate()).isEqualTo(53.3);
        assertThat(f.agencyRate()).isEqualTo(25.0);
        assertThat(f.vacancyRate()).isEqualTo(40.0);
        // 18 cases over the case holders' 4 FTE (agency workers hold cases too); 15.18 days over 3 x 253 = 2.0%.
        assertThat(f.casesPerFte()).isEqualTo(4.5);
        assertThat(f.absenceRate()).isEqualTo(2.0);
    }

    @Test
    void aTeamOverItsEstablishmentFillsNoOtherTeamsVacancy() {
        assertThat(VacancyRate.vacancyFte(Map.of("A", 5.0, "B", 4.0), Map.of("A", 7.0, "B", 3.0))).isEqualTo(1.0);
        assertThat(VacancyRate.of(0, 0)).isNull();
    }
}
