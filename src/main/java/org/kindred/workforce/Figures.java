package org.kindred.workforce;

import java.time.LocalDate;

/**
 * The workforce's figures on one day, as the census counts them for the twelve months ending on it. Rates are per
 * cent to one decimal place, null when their base is empty. FTE figures exclude agency workers unless named agency.
 */
public record Figures(LocalDate day, String team, int headcount, double fte, int agencyHeadcount, double agencyFte,
                      double leaversFte, int leaversHeadcount, double startersFte, double establishmentFte,
                      double vacancyFte, Double turnoverRate, Double agencyRate, Double vacancyRate,
                      Double absenceRate, Double casesPerFte, double managersPermanentPercent) {
}
