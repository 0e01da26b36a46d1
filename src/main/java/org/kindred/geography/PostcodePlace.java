package org.kindred.geography;

/**
 * Where a postcode is: its grid reference (British National Grid, OSGB36, metres; null when the directory gives
 * none) and the ONS code of its local authority district (lower tier, e.g. E07000138; null when none).
 */
public record PostcodePlace(String postcode, Integer easting, Integer northing, String laCode) {
    /** Metres in a statute mile as the DfE's guidance for SSDA903 PL_DISTANCE counts them (1.6093 km). */
    private static final double METRES_PER_MILE_DFE = 1609.3;

    public boolean hasGridReference() { return easting != null && northing != null; }

    /** Straight-line distance in kilometres, or null when either place has no grid reference. */
    public Double distanceKm(PostcodePlace other) {
        if (!hasGridReference() || other == null || !other.hasGridReference()) {
            return null;
        }
        double de = easting - other.easting;
        double dn = northing - other.northing;
        return Math.sqrt(de * de + dn * dn) / 1000;
    }

    /** Straight-line distance in miles as the DfE works out SSDA903 PL_DISTANCE (km / 1.6093), or null. */
    public Double distanceMiles(PostcodePlace other) {
        Double km = distanceKm(other);
        return km == null ? null : km * 1000 / METRES_PER_MILE_DFE;
    }
}
