package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a young person is entitled to leaving care support (Children (Leaving Care) Act 2000, inserting
 * Children Act 1989 Schedule 2 paragraph 19B and section 23A; Care Planning, Placement and Case Review (England)
 * Regulations 2010, reg. 40): an <b>eligible</b> child is 16 or 17, looked after, and has been looked after for 13
 * weeks in total beginning after the age of 14 and ending after 16; a <b>relevant</b> child met that test but is no
 * longer looked after; a <b>former relevant</b> child was eligible or relevant on reaching 18 (support to 25).
 * Pre-planned short breaks (legal status V3, V4) do not count: the caller passes only other periods of care.
 */
public final class CareLeaverEligibility {
    public static final int QUALIFYING_DAYS = 13 * 7;

    private CareLeaverEligibility() {
    }

    public enum Status { NOT_ELIGIBLE, ELIGIBLE, RELEVANT, FORMER_RELEVANT }

    public static Status on(LocalDate asOf, LocalDate dateOfBirth, List<DateSpan> periodsOfCare) {
        LocalDate sixteen = dateOfBirth.plusYears(16);
        LocalDate eighteen = dateOfBirth.plusYears(18);
        if (asOf.isBefore(sixteen) || !asOf.isBefore(dateOfBirth.plusYears(25))) return Status.NOT_ELIGIBLE;
        if (!asOf.isBefore(eighteen)) {
            return qualifies(dateOfBirth, periodsOfCare, eighteen) ? Status.FORMER_RELEVANT : Status.NOT_ELIGIBLE;
        }
        if (!qualifies(dateOfBirth, periodsOfCare, asOf.plusDays(1))) return Status.NOT_ELIGIBLE;
        boolean lookedAfter = periodsOfCare.stream().anyMatch(p -> p.covers(asOf));
        return lookedAfter ? Status.ELIGIBLE : Status.RELEVANT;
    }

    /** 13 weeks looked after since 14, some of it after 16, counting days before {@code upTo}. */
    static boolean qualifies(LocalDate dateOfBirth, List<DateSpan> periods, LocalDate upTo) {
        LocalDate fourteen = dateOfBirth.plusYears(14);
        LocalDate sixteen = dateOfBirth.plusYears(16);
        long days = periods.stream().mapToLong(p -> p.daysWithin(fourteen, upTo)).sum();
        boolean afterSixteen = periods.stream().anyMatch(p -> p.daysWithin(sixteen, upTo) > 0);
        return days >= QUALIFYING_DAYS && afterSixteen;
    }
}
