package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The national measures of placement stability for looked-after children (DfE, Children looked after in England
 * including adoptions, "placement stability"; formerly national indicators NI 62 and NI 63).
 * <ul>
 * <li>Short-term instability: three or more placements during the 12 months up to the date. A placement is a
 * period with one placement (an episode starting S, P, T, B or U); temporary placements (T0 to T4) and changes of
 * legal status only (L) are not placements, so the caller leaves them out.</li>
 * <li>Long-term stability: looked after for 2.5 years or more, and in the same placement for 2 years or more
 * (DfE applies it to children under 16; the caller chooses whom to ask about).</li>
 * </ul>
 */
public final class PlacementStability {
    public static final int UNSTABLE_PLACEMENTS = 3;

    private PlacementStability() {
    }

    /** Three or more placements with any day in the 12 months up to and including {@code asOf}. */
    public static boolean unstable(List<DateSpan> placements, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(12);
        return placements.stream().filter(p -> p.overlaps(from, asOf)).count() >= UNSTABLE_PLACEMENTS;
    }

    /** Looked after continuously since {@code cameIntoCare}, in the current placement since {@code placed}. */
    public static boolean longTermStable(LocalDate cameIntoCare, LocalDate placed, LocalDate asOf) {
        return !cameIntoCare.plusMonths(30).isAfter(asOf) && !placed.plusYears(2).isAfter(asOf);
    }
}
