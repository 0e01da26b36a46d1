package org.kindred.fostering;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The measures a fostering service is judged by: enquiries by campaign by month and against the same period a year
 * before; the funnel's conversion and median days per stage; households, places, vacancies; approvals and
 * deregistrations; placements made in-house against outside; well matched; stability at 6 and 12 months.
 */
public interface FosteringMeasures {
    Funnel funnel(LocalDate from, LocalDate to, String campaignCode);

    List<MonthCount> enquiriesByMonth(LocalDate from, LocalDate to);

    List<YearOnYear> yearOnYear(LocalDate from, LocalDate to);

    Sufficiency sufficiency(LocalDate today);

    /** Enquiries received in the period reaching each stage; conversion and median days from the stage before. */
    record Funnel(LocalDate from, LocalDate to, String campaign, List<StageCount> stages) {
    }

    record StageCount(String stage, long count, Double conversionPercent, Double medianDays) {
    }

    record MonthCount(YearMonth month, String campaign, long enquiries) {
    }

    /** Enquiries in the period and in the same period a year before, with the percentage change (null from zero). */
    record YearOnYear(String campaign, long thisPeriod, long lastPeriod, Double changePercent) {
    }

    record TypeCount(ApprovalType type, long households, long places, long placed, long vacancies) {
    }

    record Sufficiency(LocalDate today, long households, long places, long placed, long vacancies, List<TypeCount> byType,
                       long approvedLast12Months, long deregisteredLast12Months, long placedInHouseLast12Months,
                       long externalLast12Months, Double wellMatchedPercent, Double stableAt6MonthsPercent,
                       Double stableAt12MonthsPercent, long temporaryApprovals) {
    }
}
