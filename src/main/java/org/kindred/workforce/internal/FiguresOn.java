package org.kindred.workforce.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.workforce.Figures;
import org.kindred.workforce.StaffMember;

/** One day's figures from the staff who ever worked in the scope, its posts, cases and sickness: no SQL here. */
public final class FiguresOn {
    private FiguresOn() {
    }

    /**
     * @param staff every spell in the scope; @param establishment FTE posts by team in the scope;
     * @param casesByWorker children held on the day by user id; @param sickDaysLost working days lost to sickness
     * in the twelve months to the day
     */
    public static Figures of(LocalDate day, String team, List<StaffMember> staff, Map<String, Double> establishment,
                      Map<Long, Integer> casesByWorker, double sickDaysLost) {
        double fte = InPost.fte(staff, day);
        double agencyFte = InPost.agencyFte(staff, day);
        Map<String, Double> ownByTeam = new HashMap<>();
        staff.stream().filter(s -> !s.agency() && s.inPostOn(day))
                .forEach(s -> ownByTeam.merge(s.team(), s.fteValue(), Double::sum));
        double vacancies = VacancyRate.vacancyFte(establishment, ownByTeam);
        double leavers = TurnoverRate.leaversFte(staff, day);
        int leaversHead = (int) staff.stream().filter(s -> !s.agency() && s.leftInYearTo(day)).count();
        double starters = staff.stream().filter(s -> !s.agency() && s.startDate().isAfter(day.minusYears(1))
                && !s.startDate().isAfter(day)).mapToDouble(StaffMember::fteValue).sum();
        List<StaffMember> holders = staff.stream().filter(s -> s.inPostOn(day) && s.role().caseHolder()).toList();
        long cases = holders.stream().mapToLong(s -> casesByWorker.getOrDefault(s.userId(), 0)).sum();
        double holderFte = holders.stream().mapToDouble(StaffMember::fteValue).sum();
        List<StaffMember> managers = staff.stream().filter(s -> s.inPostOn(day) && s.role().manager()).toList();
        double permanentManagers = managers.isEmpty() ? 0 : Percent.of(
                managers.stream().filter(s -> s.type() == org.kindred.workforce.EmploymentType.PERMANENT).count(),
                managers.size());
        double establishmentFte = establishment.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Figures(day, team, InPost.headcount(staff, day), Percent.round1(fte),
                InPost.agencyHeadcount(staff, day), Percent.round1(agencyFte), Percent.round1(leavers), leaversHead,
                Percent.round1(starters), Percent.round1(establishmentFte), Percent.round1(vacancies),
                Percent.of(leavers, fte), AgencyRate.of(agencyFte, fte), VacancyRate.of(vacancies, fte),
                AbsenceRate.of(sickDaysLost, fte), CaseloadPerFte.of(cases, holderFte), permanentManagers);
    }
}
