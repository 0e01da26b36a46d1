package org.kindred.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class InterventionPlacesTest {

    @Test
    void eachServiceTakesItsSettingElseTheCataloguesDefault() {
        InterventionPlaces places = new InterventionPlaces(new MockEnvironment()
                .withProperty("kindred.interventions.mst.places", "30")
                .withProperty("kindred.interventions.edge-of-care.places", "12"));
        assertThat(places.of(Intervention.MST)).isEqualTo(30);
        assertThat(places.of(Intervention.EDGE_OF_CARE)).isEqualTo(12);
        assertThat(places.of(Intervention.FGC)).isEqualTo(Intervention.FGC.defaultPlaces());
        assertThat(InterventionPlaces.setting(Intervention.MST_FIT)).isEqualTo("kindred.interventions.mst-fit.places");
    }

    @Test
    void aNumberOfPlacesBelowOneIsRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> new InterventionPlaces(new MockEnvironment()
                .withProperty("kindred.interventions.mst-fit.places", "0")))
                .hasMessageContaining("kindred.interventions.mst-fit.places");
    }
}
