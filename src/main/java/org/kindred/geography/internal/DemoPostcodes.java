package org.kindred.geography.internal;

import java.util.Optional;
import org.kindred.geography.PostcodePlace;

/**
 * The demo county's postcodes (ZY1 to ZY99, any inward code: an area no real postcode has) placed in Lincolnshire,
 * whose DfE LA number (925) the demo authority uses (ADR 0007), so that demo placement distances and local
 * authorities are plausible. Each ZY district is put near one of the county's seven district towns, turned about it
 * by the golden angle; the sector and unit move a postcode by up to about 2 km. Deterministic: the same postcode is
 * always in the same place.
 */
public final class DemoPostcodes {
    /** District towns of Lincolnshire: easting, northing, and the ONS code of the district (2021). */
    private static final Object[][] TOWNS = {
            {497_500, 371_500, "E07000138"}, // Lincoln
            {532_800, 344_000, "E07000136"}, // Boston
            {532_600, 387_500, "E07000137"}, // Louth, East Lindsey
            {506_800, 345_900, "E07000139"}, // Sleaford, North Kesteven
            {524_600, 322_600, "E07000140"}, // Spalding, South Holland
            {491_500, 335_900, "E07000141"}, // Grantham, South Kesteven
            {481_500, 389_900, "E07000142"}, // Gainsborough, West Lindsey
    };

    private DemoPostcodes() {
    }

    /** Whether a compact postcode (upper case, no spaces) is in the fictional ZY area. */
    public static boolean isDemo(String compact) {
        return compact.startsWith("ZY");
    }

    public static Optional<PostcodePlace> find(String compact) {
        String outward = compact.substring(0, compact.length() - 3);
        int inward = PostcodeArea.inward(compact.substring(compact.length() - 3));
        int district;
        try {
            district = Integer.parseInt(outward.substring(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (inward < 0 || district < 1 || district > 99 || outward.length() > 4) {
            return Optional.empty();
        }
        Object[] town = TOWNS[district % TOWNS.length];
        double angle = Math.toRadians(district * 137.508);
        double radius = 1_500 + (district % 9) * 1_100;
        int sector = inward / 676;
        int unit = inward % 676;
        int easting = (int) Math.round((Integer) town[0] + radius * Math.cos(angle) + (sector - 4.5) * 220 + (unit % 26 - 12.5) * 30);
        int northing = (int) Math.round((Integer) town[1] + radius * Math.sin(angle) + (sector % 3 - 1) * 400 + (unit / 26 - 12.5) * 30);
        return Optional.of(new PostcodePlace(outward + " " + compact.substring(compact.length() - 3), easting, northing,
                (String) town[2]));
    }
}
