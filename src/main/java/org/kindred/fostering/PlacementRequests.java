package org.kindred.fostering;

import java.time.LocalDate;
import java.util.List;

/**
 * Finding a foster home for a looked-after child. Choosing a household records the placement in the child's care
 * record through the care module (one entry, care's), and the household's side of it here.
 */
public interface PlacementRequests {
    PlacementRequest raise(NewPlacementRequest request);

    PlacementRequest find(long id);

    List<PlacementRequest> open(int limit);

    /** The approved households with vacancies, ranked, each with its reasons. */
    Matches matches(long id);

    PlacementRequest choose(long id, long householdId, LocalDate from);

    /** Nothing in-house fits: the search outside (IFA or RESIDENTIAL) and its outcome. */
    PlacementRequest recordExternalSearch(long id, String kind, String outcome);
}
