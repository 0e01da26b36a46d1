package org.kindred.workforce.internal;

import java.util.Map;

/**
 * Vacancy rate: FTE vacancies on the day divided by vacancies plus the authority's own FTE in post. A vacancy is a
 * funded post not filled by the authority's own social worker, whether or not an agency worker covers it (the
 * census asks how many are covered). Source: DfE, Children's social work workforce methodology, vacancy_rate_fte =
 * vacancy_fte / (vacancy_fte + inpost_fte); England 2023: 7,722.7 / (7,722.7 + 33,119.1) = 18.9%.
 */
final class VacancyRate {
    private VacancyRate() {
    }

    /** Each team's establishment less its own FTE in post, never below nought (a team over establishment fills none of another's). */
    static double vacancyFte(Map<String, Double> establishment, Map<String, Double> ownFteByTeam) {
        return establishment.entrySet().stream()
                .mapToDouble(e -> Math.max(0, e.getValue() - ownFteByTeam.getOrDefault(e.getKey(), 0.0))).sum();
    }

    static Double of(double vacancyFte, double ownFte) {
        return Percent.of(vacancyFte, vacancyFte + ownFte);
    }
}
