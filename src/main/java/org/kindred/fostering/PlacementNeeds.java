package org.kindred.fostering;

import java.time.LocalDate;

/**
 * What a looked-after child needs from a foster home, as the social worker states it on a placement request.
 *
 * @param childAge the child's age in whole years on the day the placement is needed
 * @param siblings brothers and sisters to be placed together with the child (0 when none)
 * @param maxKm the furthest the home may be from school and from family, in kilometres
 * @param religion, language, culture blank when the child has no stated need
 * @param onlyChild the child must be the only child in the household (a risk need)
 * @param noYoungerChildren no child younger than this one in the household
 * @param noPets no pets in the household
 */
public record PlacementNeeds(long childId, int childAge, int siblings, String schoolPostcode, String familyPostcode,
                             int maxKm, boolean disability, String religion, String language, String culture,
                             boolean onlyChild, boolean noYoungerChildren, boolean noPets, boolean emergency,
                             LocalDate neededBy) {
    /** Children to be placed together: the child and the siblings. */
    public int groupSize() { return 1 + siblings; }
}
