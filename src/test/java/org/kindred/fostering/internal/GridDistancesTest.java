package org.kindred.fostering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fostering's distances come from the ONS Postcode Directory in the jar for real postcodes, DemoGrid for ZY. */
class GridDistancesTest {
    private final GridDistances distances = new GridDistances(null); // no database needed for either source

    @Test
    void aRealPostcodeIsPlacedByTheShippedDirectory() {
        GridReference westminster = distances.locate("sw1a 1aa").orElseThrow();
        assertThat(westminster.easting()).isBetween(528_000, 530_500);
        assertThat(westminster.northing()).isBetween(179_000, 180_500);
    }

    @Test
    void aDemoPostcodeKeepsTheDemoGrid() {
        assertThat(distances.locate("ZY1 2AB")).isEqualTo(DemoGrid.locate("ZY1 2AB"));
    }
}
