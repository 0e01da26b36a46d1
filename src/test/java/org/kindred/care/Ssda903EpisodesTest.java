package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kindred.care.CareEvent.cameIntoCare;
import static org.kindred.care.CareEvent.leftCare;
import static org.kindred.care.CareEvent.legalStatusChange;
import static org.kindred.care.CareEvent.placementChange;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.shared.InvalidInput;

/** SSDA903 guidance, "Episodes", and validation rules 357, 380, 431-436, 225, 226: one test per derivation case. */
class Ssda903EpisodesTest {
    private static final Placement FOSTER = new Placement(PlacementType.U6, PlacementProvider.PR1, "AB1 2CD");
    private static final Placement HOME = new Placement(PlacementType.K2, PlacementProvider.PR4, "EF3 4GH");
    private static final Placement HOSPITAL = new Placement(PlacementType.T1, PlacementProvider.PR3, null);
    private static final CareEvent EMERGENCY_S20 =
            cameIntoCare(of(2026, 1, 5), LegalStatus.V2, CategoryOfNeed.N1, FOSTER, false);

    private static List<Episode> episodes(CareEvent... events) {
        return Ssda903Episodes.derive(List.of(events)).stream().flatMap(p -> p.episodes().stream()).toList();
    }

    @Test
    void comingIntoCareStartsAPeriodWithAnEpisodeStartedS() {
        List<PeriodOfCare> periods = Ssda903Episodes.derive(List.of(EMERGENCY_S20));
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.open()).isTrue();
            assertThat(p.planned()).isFalse();
            assertThat(p.episodes()).containsExactly(new Episode(of(2026, 1, 5), NewEpisodeReason.S, LegalStatus.V2,
                    CategoryOfNeed.N1, FOSTER, null, null, null));
        });
    }

    @Test
    void aPlacementChangeIsNewEpisodePAndTheOldOneCeasesX1WithTheReason() {
        List<Episode> e = episodes(EMERGENCY_S20, placementChange(of(2026, 2, 2), HOME, PlacementChangeReason.CREQB, false));
        assertThat(e.get(0)).extracting(Episode::ceased, Episode::reasonCeased, Episode::placementChangeReason)
                .containsExactly(of(2026, 2, 2), ReasonCeased.X1, PlacementChangeReason.CREQB);
        assertThat(e.get(1)).extracting(Episode::reasonNew, Episode::legalStatus, Episode::placement, Episode::open)
                .containsExactly(NewEpisodeReason.P, LegalStatus.V2, HOME, true);
    }

    @Test
    void aLegalStatusChangeIsNewEpisodeLKeepingThePlacementWithoutAReason() {
        List<Episode> e = episodes(EMERGENCY_S20, legalStatusChange(of(2026, 3, 1), LegalStatus.C1));
        assertThat(e.get(0).placementChangeReason()).isNull();
        assertThat(e.get(1)).extracting(Episode::reasonNew, Episode::legalStatus, Episode::placement)
                .containsExactly(NewEpisodeReason.L, LegalStatus.C1, FOSTER);
    }

    @Test
    void bothOnOneDayIsOneEpisodeT() {
        List<Episode> e = episodes(EMERGENCY_S20, legalStatusChange(of(2026, 3, 1), LegalStatus.C1),
                placementChange(of(2026, 3, 1), HOME, PlacementChangeReason.CARPL, false));
        assertThat(e).hasSize(2);
        assertThat(e.get(1)).extracting(Episode::reasonNew, Episode::legalStatus, Episode::placement)
                .containsExactly(NewEpisodeReason.T, LegalStatus.C1, HOME);
        assertThat(e.get(0).placementChangeReason()).isEqualTo(PlacementChangeReason.CARPL);
    }

    @Test
    void sameCarerMakesBAndU() {
        Placement moved = new Placement(PlacementType.U6, PlacementProvider.PR1, "ZZ9 9ZZ");
        assertThat(episodes(EMERGENCY_S20, placementChange(of(2026, 2, 2), moved, PlacementChangeReason.PLACE, true))
                .get(1).reasonNew()).isEqualTo(NewEpisodeReason.B);
        assertThat(episodes(EMERGENCY_S20, placementChange(of(2026, 2, 2), moved, PlacementChangeReason.PLACE, true),
                legalStatusChange(of(2026, 2, 2), LegalStatus.C2)).get(1).reasonNew()).isEqualTo(NewEpisodeReason.U);
    }

    @Test
    void aTemporaryPlacementAndTheReturnFromItCarryNoReason() {
        List<Episode> e = episodes(EMERGENCY_S20, placementChange(of(2026, 2, 2), HOSPITAL, null, false),
                placementChange(of(2026, 2, 6), FOSTER, null, false));
        assertThat(e).extracting(Episode::reasonNew).containsExactly(NewEpisodeReason.S, NewEpisodeReason.P, NewEpisodeReason.P);
        assertThat(e).extracting(Episode::placementChangeReason).containsOnlyNulls();
    }

    @Test
    void leavingCareCeasesTheLastEpisodeAndEndsThePeriod() {
        List<PeriodOfCare> periods = Ssda903Episodes.derive(List.of(EMERGENCY_S20, leftCare(of(2026, 4, 1), ReasonCeased.E4A)));
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.ended()).isEqualTo(of(2026, 4, 1));
            assertThat(p.current()).extracting(Episode::ceased, Episode::reasonCeased)
                    .containsExactly(of(2026, 4, 1), ReasonCeased.E4A);
        });
    }

    @Test
    void comingBackIntoCareStartsASecondPeriodWithS() {
        List<PeriodOfCare> periods = Ssda903Episodes.derive(List.of(EMERGENCY_S20, leftCare(of(2026, 4, 1), ReasonCeased.E4A),
                cameIntoCare(of(2026, 6, 1), LegalStatus.C1, CategoryOfNeed.N1, HOME, true)));
        assertThat(periods).hasSize(2);
        assertThat(periods.get(1).episodes()).singleElement().extracting(Episode::reasonNew).isEqualTo(NewEpisodeReason.S);
        assertThat(periods.get(1).planned()).isTrue();
    }

    @Test
    void eventsAreOrderedByDateWhateverTheOrderRecorded() {
        List<Episode> e = episodes(legalStatusChange(of(2026, 3, 1), LegalStatus.C1), EMERGENCY_S20);
        assertThat(e).extracting(Episode::reasonNew).containsExactly(NewEpisodeReason.S, NewEpisodeReason.L);
    }

    @Test
    void inconsistentHistoriesAreRefused() {
        assertRefused("date", legalStatusChange(of(2026, 3, 1), LegalStatus.C1));
        assertRefused("kind", EMERGENCY_S20, cameIntoCare(of(2026, 2, 1), LegalStatus.C1, CategoryOfNeed.N1, HOME, true));
        assertRefused("legalStatus", EMERGENCY_S20, legalStatusChange(of(2026, 3, 1), LegalStatus.V2));
        assertRefused("placementType", EMERGENCY_S20, placementChange(of(2026, 3, 1), FOSTER, PlacementChangeReason.OTHER, false));
        assertRefused("placementChangeReason", EMERGENCY_S20, placementChange(of(2026, 3, 1), HOME, null, false));
        assertRefused("placementType", cameIntoCare(of(2026, 1, 5), LegalStatus.V2, CategoryOfNeed.N1, HOSPITAL, false));
        assertRefused("date", EMERGENCY_S20, leftCare(of(2026, 4, 1), ReasonCeased.E8),
                cameIntoCare(of(2026, 4, 1), LegalStatus.C1, CategoryOfNeed.N1, HOME, true));
        assertRefused("reasonCeased", EMERGENCY_S20, leftCare(of(2026, 4, 1), ReasonCeased.X1));
    }

    private static void assertRefused(String field, CareEvent... events) {
        assertThatThrownBy(() -> Ssda903Episodes.derive(List.of(events))).isInstanceOf(InvalidInput.class)
                .satisfies(x -> assertThat(((InvalidInput) x).errors()).containsKey(field));
    }
}
