package org.kindred.care.web;

import java.util.Locale;
import org.kindred.geography.PostcodePlace;
import org.kindred.geography.Postcodes;

/**
 * How far each placement is from the child's home postcode, as the SSDA903 return's PL_DISTANCE counts it (straight
 * line between the postcodes' grid references, miles to one decimal place). Read by the care page's template.
 */
public final class PlacementDistances {
    private final PostcodePlace home;

    PlacementDistances(String homePostcode) {
        this.home = homePostcode == null ? null : Postcodes.find(homePostcode).orElse(null);
    }

    /** "12.3 miles from home", or null when either postcode is unknown or has no grid reference. */
    public String from(String placementPostcode) {
        if (home == null || placementPostcode == null) {
            return null;
        }
        Double miles = Postcodes.find(placementPostcode).map(home::distanceMiles).orElse(null);
        return miles == null ? null : String.format(Locale.UK, "%.1f miles from home", miles);
    }
}
