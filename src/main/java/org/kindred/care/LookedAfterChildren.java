package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The children looked after on a day, for placement work in other modules (fostering's placement requests): read
 * from the open SSDA903 episodes, named through the register (restricted children the user may not see are left
 * out, of the count too).
 */
public interface LookedAfterChildren {
    Page list(LocalDate today, int page, int size);

    /** True when the child has an open episode of care on the day (and the user may see the child). */
    boolean lookedAfterOn(long childId, LocalDate day);

    record Child(long childId, String name, LocalDate dateOfBirth, LocalDate inCareSince, String placementType,
                 String placementPostcode) {
    }

    record Page(int page, int size, long total, List<Child> children) {
    }
}
