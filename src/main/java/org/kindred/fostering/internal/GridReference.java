package org.kindred.fostering.internal;

/** A point on the British National Grid, in metres (as the ONS Postcode Directory gives postcodes). */
public record GridReference(int easting, int northing) {
    public double kmTo(GridReference other) {
        double de = easting - other.easting;
        double dn = northing - other.northing;
        return Math.sqrt(de * de + dn * dn) / 1000.0;
    }
}
