package org.kindred.workforce;

import java.time.LocalDate;

/**
 * The census's year: 1 October to 30 September. Figures "at 30 September" are for the last day; starters and
 * leavers are those in the twelve months ending on it. Source: DfE, Children's social work workforce census guide.
 */
public record CensusYear(int year) {
    public LocalDate referenceDate() { return LocalDate.of(year, 9, 30); }

    public LocalDate firstDay() { return LocalDate.of(year - 1, 10, 1); }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(referenceDate());
    }

    /** The latest census year whose reference date is on or before {@code today}. */
    public static CensusYear latestBy(LocalDate today) {
        LocalDate ref = LocalDate.of(today.getYear(), 9, 30);
        return new CensusYear(today.isBefore(ref) ? today.getYear() - 1 : today.getYear());
    }
}
