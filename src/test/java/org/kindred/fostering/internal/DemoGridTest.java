package org.kindred.fostering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoGridTest {
    @Test
    void districtsLieOnAFourKilometreGrid() {
        GridReference a = DemoGrid.locate("ZY1 0AA").orElseThrow();
        GridReference b = DemoGrid.locate("ZY2 0AA").orElseThrow();
        GridReference c = DemoGrid.locate("ZY11 0AA").orElseThrow();
        assertThat(a.kmTo(b)).isEqualTo(4.0);
        assertThat(a.kmTo(c)).isEqualTo(4.0);
    }

    @Test
    void onlyDemoPostcodesAreLocated() {
        assertThat(DemoGrid.locate("SW1A 1AA")).isEmpty();
        assertThat(DemoGrid.locate("ZY0 1AA")).isEmpty();
        assertThat(DemoGrid.locate(Distances.normalise("zy12 3ab"))).isPresent();
    }

    @Test
    void postcodesAreNormalised() {
        assertThat(Distances.normalise(" zy12  3ab")).isEqualTo("ZY12 3AB");
        assertThat(Distances.normalise("SW1A1AA")).isEqualTo("SW1A 1AA");
    }
}
