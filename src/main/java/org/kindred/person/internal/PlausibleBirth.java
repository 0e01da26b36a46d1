package org.kindred.person.internal;

import java.time.LocalDate;

/**
 * A date of birth Kindred accepts: not before 1900 (no one alive and known to children's services was born
 * earlier; year 0 or 1800 is a typing slip), and an unborn child's expected date within a pregnancy of today
 * (9 months ahead at most, and not more than a month past: a late birth not yet recorded).
 */
final class PlausibleBirth {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PlausibleBirth() {
    }

    static boolean expectedInRange(LocalDate expected, LocalDate today) {
        return !expected.isAfter(today.plusMonths(9)) && !expected.isBefore(today.minusMonths(1));
    }
}
