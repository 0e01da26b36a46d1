package org.kindred.fostering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.Match;
import org.kindred.fostering.Matches;
import org.kindred.fostering.PlacementNeeds;
import org.kindred.fostering.Reason;

/**
 * Matching cases written from the rules of issue 14: hard constraints (terms of approval, capacity, siblings, risks)
 * never broken; a household meeting every need ranks above one that does not; every candidate carries its reasons.
 */
class PlacementMatcherTest {
    static final LocalDate NEEDED = LocalDate.of(2026, 12, 1);
    static final String SCHOOL = "ZY1 1AA";
    static final GridReference SCHOOL_AT = DemoGrid.locate(SCHOOL).orElseThrow();

    /** A plain mainstream household for ages 0 to 17 with 2 places, next to the school, no children, no pets. */
    static H house(long id) { return new H(id); }

    static final class H {
        long id; String postcode = SCHOOL; ApprovalType type = ApprovalType.MAINSTREAM; int ageMin = 0, ageMax = 17;
        int places = 2; List<Integer> placed = new ArrayList<>(); Long connected; LocalDate ends; boolean emergency;
        boolean disability; boolean pets; Integer ownChild; String religion, languages, culture;

        H(long id) { this.id = id; }
        H at(String p) { postcode = p; return this; }
        H type(ApprovalType t) { type = t; return this; }
        H ages(int a, int b) { ageMin = a; ageMax = b; return this; }
        H places(int p) { places = p; return this; }
        H placed(Integer... ages) { placed = List.of(ages); return this; }
        H connectedTo(long child) { connected = child; return this; }
        H ends(LocalDate d) { ends = d; return this; }
        H emergency() { emergency = true; return this; }
        H disability() { disability = true; return this; }
        H pets() { pets = true; return this; }
        H ownChild(int age) { ownChild = age; return this; }
        H religion(String r) { religion = r; return this; }
        H speaks(String l) { languages = l; return this; }
        H culture(String c) { culture = c; return this; }
        Candidate build() {
            GridReference g = DemoGrid.locate(Distances.normalise(postcode)).orElse(null);
            return new Candidate(id, "Household " + id, postcode, g, type, ageMin, ageMax, places, placed, connected,
                    ends, emergency, disability, pets, ownChild, religion, languages, culture);
        }
    }

    static N child(int age) { return new N(age); }

    static final class N {
        long childId = 500; int age; int siblings; String school = SCHOOL, family; int maxKm = 20; boolean disability;
        String religion, language, culture; boolean onlyChild, noYounger, noPets, emergency;

        N(int age) { this.age = age; }
        N id(long c) { childId = c; return this; }
        N siblings(int s) { siblings = s; return this; }
        N school(String s) { school = s; return this; }
        N family(String f) { family = f; return this; }
        N maxKm(int k) { maxKm = k; return this; }
        N disability() { disability = true; return this; }
        N religion(String r) { religion = r; return this; }
        N language(String l) { language = l; return this; }
        N culture(String c) { culture = c; return this; }
        N onlyChild() { onlyChild = true; return this; }
        N noYounger() { noYounger = true; return this; }
        N noPets() { noPets = true; return this; }
        N emergency() { emergency = true; return this; }
        PlacementNeeds build() {
            return new PlacementNeeds(childId, age, siblings, school, family, maxKm, disability, religion, language,
                    culture, onlyChild, noYounger, noPets, emergency, NEEDED);
        }
    }

    static Matches rank(N n, H... households) {
        PlacementNeeds needs = n.build();
        GridReference school = needs.schoolPostcode() == null ? null
                : DemoGrid.locate(Distances.normalise(needs.schoolPostcode())).orElse(null);
        GridReference family = needs.familyPostcode() == null ? null
                : DemoGrid.locate(Distances.normalise(needs.familyPostcode())).orElse(null);
        return PlacementMatcher.rank(1, needs, java.util.Arrays.stream(households).map(H::build).toList(), school, family);
    }

    static List<Long> ids(Matches m) { return m.ranked().stream().map(Match::householdId).toList(); }

    static Reason reason(Match m, String need) {
        return m.reasons().stream().filter(r -> r.need().equals(need)).findFirst().orElseThrow();
    }

    // Hard constraints: terms of approval

    @Test
    void aChildOutsideTheApprovedAgeRangeIsExcluded() {
        Matches m = rank(child(12), house(1).ages(0, 10), house(2).ages(5, 17));
        assertThat(ids(m)).containsExactly(2L);
        assertThat(m.excluded().get(0).constraint()).contains("ages 0 to 10");
    }

    @Test
    void theAgeRangeIsInclusiveAtBothEnds() {
        assertThat(ids(rank(child(5), house(1).ages(5, 10)))).containsExactly(1L);
        assertThat(ids(rank(child(10), house(1).ages(5, 10)))).containsExactly(1L);
        assertThat(ids(rank(child(11), house(1).ages(5, 10)))).isEmpty();
    }

    @Test
    void aHouseholdWithNoVacancyIsExcluded() {
        Matches m = rank(child(8), house(1).places(2).placed(4, 9), house(2).places(2).placed(4));
        assertThat(ids(m)).containsExactly(2L);
        assertThat(m.excluded().get(0).constraint()).isEqualTo("No vacancy");
    }

    @Test
    void aSiblingGroupNeedsRoomForEveryChild() {
        Matches m = rank(child(8).siblings(2), house(1).places(2), house(2).places(3), house(3).places(4).placed(3));
        assertThat(ids(m)).containsExactly(2L, 3L);
        assertThat(m.excluded().get(0).constraint()).contains("sibling group is 3");
    }

    @Test
    void aSiblingPairFitsExactlyTwoVacancies() {
        assertThat(ids(rank(child(6).siblings(1), house(1).places(3).placed(10)))).containsExactly(1L);
    }

    @Test
    void aConnectedPersonIsOfferedOnlyForTheirNamedChild() {
        Matches m = rank(child(7).id(42), house(1).type(ApprovalType.CONNECTED_PERSON).connectedTo(41),
                house(2).type(ApprovalType.CONNECTED_PERSON).connectedTo(42));
        assertThat(ids(m)).containsExactly(2L);
        assertThat(m.excluded().get(0).constraint()).contains("another child");
    }

    @Test
    void aTemporaryApprovalEndingBeforeTheChildIsNeededIsExcluded() {
        Matches m = rank(child(7).id(42),
                house(1).type(ApprovalType.CONNECTED_PERSON).connectedTo(42).ends(NEEDED.minusDays(1)),
                house(2).type(ApprovalType.CONNECTED_PERSON).connectedTo(42).ends(NEEDED));
        assertThat(ids(m)).containsExactly(2L);
    }

    @Test
    void shortBreakCarersAreNotOfferedForAFullTimePlacement() {
        assertThat(ids(rank(child(9), house(1).type(ApprovalType.SHORT_BREAKS)))).isEmpty();
    }

    @Test
    void parentAndChildCarersAreNotOfferedForOneChild() {
        assertThat(ids(rank(child(9), house(1).type(ApprovalType.PARENT_AND_CHILD)))).isEmpty();
    }

    @Test
    void emergencyOnlyCarersAreOfferedOnlyInAnEmergency() {
        assertThat(ids(rank(child(9), house(1).type(ApprovalType.EMERGENCY)))).isEmpty();
        assertThat(ids(rank(child(9).emergency(), house(1).type(ApprovalType.EMERGENCY)))).containsExactly(1L);
    }

    // Hard constraints: risks

    @Test
    void anOnlyChildIsNotPlacedWhereChildrenAreAlreadyPlaced() {
        assertThat(ids(rank(child(9).onlyChild(), house(1).places(3).placed(12), house(2)))).containsExactly(2L);
    }

    @Test
    void anOnlyChildIsNotPlacedWhereTheCarersOwnChildrenLive() {
        assertThat(ids(rank(child(9).onlyChild(), house(1).ownChild(15), house(2)))).containsExactly(2L);
    }

    @Test
    void noYoungerChildrenExcludesAYoungerPlacedChild() {
        assertThat(ids(rank(child(10).noYounger(), house(1).places(3).placed(6), house(2).places(3).placed(14))))
                .containsExactly(2L);
    }

    @Test
    void noYoungerChildrenExcludesTheCarersYoungerChild() {
        assertThat(ids(rank(child(10).noYounger(), house(1).ownChild(3), house(2).ownChild(16)))).containsExactly(2L);
    }

    @Test
    void aChildOfTheSameAgeIsNotYounger() {
        assertThat(ids(rank(child(10).noYounger(), house(1).ownChild(10)))).containsExactly(1L);
    }

    @Test
    void noPetsExcludesHouseholdsWithPets() {
        Matches m = rank(child(4).noPets(), house(1).pets(), house(2));
        assertThat(ids(m)).containsExactly(2L);
        assertThat(m.excluded().get(0).constraint()).contains("pets");
    }

    @Test
    void petsAreFineWhenTheChildHasNoSuchRisk() {
        assertThat(ids(rank(child(4), house(1).pets()))).containsExactly(1L);
    }

    // Soft needs: scoring and reasons

    @Test
    void aNearerHouseholdRanksAboveAFartherOneWhenBothAreInRange() {
        Matches m = rank(child(8), house(1).at("ZY3 1AA"), house(2).at("ZY2 1AA"));
        assertThat(ids(m)).containsExactly(2L, 1L);
        assertThat(m.ranked().get(0).score()).isGreaterThan(m.ranked().get(1).score());
    }

    @Test
    void aHouseholdBeyondTheMaximumDistanceIsRankedBelowButStillOffered() {
        Matches m = rank(child(8).maxKm(10), house(1).at("ZY99 1AA"), house(2).at("ZY2 1AA"));
        assertThat(ids(m)).containsExactly(2L, 1L);
        Reason far = reason(m.ranked().get(1), "Near school");
        assertThat(far.met()).isFalse();
        assertThat(far.detail()).contains("km from ZY1 1AA").contains("at most 10");
    }

    @Test
    void distanceIsWorkedOutFromTheGridNotGuessed() {
        // ZY1 and ZY3 are two 4 km squares apart on the demo grid, in the same row
        Matches m = rank(child(8), house(1).at("ZY3 1AA"));
        assertThat(reason(m.ranked().get(0), "Near school").detail()).startsWith("8.0 km");
    }

    @Test
    void anUnknownPostcodeIsReportedAsUnknownAndNotMet() {
        Matches m = rank(child(8), house(1).at("AB1 2CD"));
        Reason r = reason(m.ranked().get(0), "Near school");
        assertThat(r.met()).isFalse();
        assertThat(r.detail()).contains("Distance unknown");
    }

    @Test
    void familyDistanceIsWeighedWhenAFamilyPostcodeIsGiven() {
        Matches m = rank(child(8).family("ZY50 1AA"), house(1).at("ZY1 1AB"), house(2).at("ZY50 1AB"));
        assertThat(reason(m.ranked().get(0), "Near family")).isNotNull();
        // each is near one of the two places: both have one unmet need, the school (weight 30) counts more
        assertThat(ids(m)).containsExactly(1L, 2L);
    }

    @Test
    void disabilityExperienceIsANeedMetOrNot() {
        Matches m = rank(child(6).disability(), house(1), house(2).disability());
        assertThat(ids(m)).containsExactly(2L, 1L);
        assertThat(reason(m.ranked().get(1), "Disability and health").met()).isFalse();
    }

    @Test
    void religionIsMatchedWithoutRegardToCase() {
        Matches m = rank(child(6).religion("Muslim"), house(1).religion("Christian"), house(2).religion("muslim"));
        assertThat(ids(m)).containsExactly(2L, 1L);
        assertThat(reason(m.ranked().get(0), "Religion").detail()).contains("Shares");
    }

    @Test
    void languageIsMatchedAmongTheLanguagesSpoken() {
        Matches m = rank(child(6).language("Polish"), house(1).speaks("English"), house(2).speaks("English, Polish"));
        assertThat(ids(m)).containsExactly(2L, 1L);
        assertThat(reason(m.ranked().get(1), "Language").detail()).contains("Does not speak Polish");
    }

    @Test
    void cultureIsWeighed() {
        Matches m = rank(child(6).culture("Black Caribbean"), house(1), house(2).culture("Black Caribbean"));
        assertThat(ids(m)).containsExactly(2L, 1L);
    }

    @Test
    void anEmergencyPrefersHouseholdsThatTakeEmergencies() {
        Matches m = rank(child(6).emergency(), house(1), house(2).emergency());
        assertThat(ids(m)).containsExactly(2L, 1L);
    }

    @Test
    void needsNotStatedAreNotWeighed() {
        Matches m = rank(child(6).school(null), house(1).religion("Hindu"));
        assertThat(m.ranked().get(0).reasons()).isEmpty();
        assertThat(m.ranked().get(0).score()).isZero();
    }

    @Test
    void aHouseholdMeetingEveryNeedRanksAboveANearerOneThatMissesOne() {
        N n = child(9).maxKm(15).religion("Sikh").language("Punjabi");
        Matches m = rank(n, house(1).at("ZY1 1AB").religion("Sikh"),            // next door, no Punjabi
                house(2).at("ZY4 1AA").religion("Sikh").speaks("Punjabi"));      // 12 km, meets all
        assertThat(ids(m)).containsExactly(2L, 1L);
        assertThat(m.ranked().get(0).needsUnmet()).isZero();
        // the nearer household scores more, yet the one meeting every need comes first
        assertThat(m.ranked().get(1).score()).isGreaterThan(m.ranked().get(0).score());
    }

    @Test
    void everyCandidateCarriesAReasonForEachStatedNeed() {
        N n = child(9).family("ZY5 1AA").disability().religion("Jewish").language("Hebrew").culture("White British")
                .emergency();
        Matches m = rank(n, house(1), house(2).disability().emergency());
        for (Match match : m.ranked()) {
            assertThat(match.reasons()).extracting(Reason::need).containsExactly("Near school", "Near family",
                    "Disability and health", "Religion", "Language", "Culture and heritage", "Emergency");
            assertThat(match.needsMet() + match.needsUnmet()).isEqualTo(7);
        }
    }

    @Test
    void ranksAreNumberedFromOneInOrder() {
        Matches m = rank(child(9), house(3), house(1), house(2));
        assertThat(m.ranked()).extracting(Match::rank).containsExactly(1, 2, 3);
        // equal on every need and score: the household id keeps the order stable
        assertThat(ids(m)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void vacanciesShownAreApprovedPlacesMinusChildrenPlaced() {
        Matches m = rank(child(9), house(1).places(4).placed(3, 12));
        assertThat(m.ranked().get(0).vacancies()).isEqualTo(2);
    }

    @Test
    void nothingFitsGivesAnEmptyRankingWithEveryExclusionCounted() {
        Matches m = rank(child(16), house(1).ages(0, 4), house(2).ages(0, 11), house(3).places(1).placed(2));
        assertThat(m.ranked()).isEmpty();
        assertThat(m.excludedCount()).isEqualTo(3);
    }

    @Test
    void theSameRequestAlwaysGivesTheSameRanking() {
        List<H> hs = new ArrayList<>();
        for (int i = 1; i <= 50; i++) hs.add(house(i).at("ZY" + (1 + i % 30) + " 2BC").religion(i % 3 == 0 ? "Christian" : null));
        N n = child(8).religion("Christian");
        assertThat(ids(rank(n, hs.toArray(H[]::new)))).isEqualTo(ids(rank(n, reversed(hs))));
    }

    static H[] reversed(List<H> hs) {
        List<H> copy = new ArrayList<>(hs);
        java.util.Collections.reverse(copy);
        return copy.toArray(H[]::new);
    }

    /** 2,000 random households and requests: no ranked household breaks a hard rule; full matches come first. */
    @Test
    void randomHouseholdsNeverBreakAHardConstraintAndFullMatchesComeFirst() {
        Random r = new Random(14);
        for (int trial = 0; trial < 40; trial++) {
            N n = child(r.nextInt(18)).siblings(r.nextInt(10) < 2 ? 1 : 0).maxKm(5 + r.nextInt(30));
            if (r.nextBoolean()) n.religion("Christian");
            if (r.nextBoolean()) n.noPets();
            if (r.nextInt(4) == 0) n.noYounger();
            if (r.nextInt(6) == 0) n.onlyChild();
            List<H> hs = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                int min = r.nextInt(12);
                H h = house(i).at("ZY" + (1 + r.nextInt(99)) + " " + r.nextInt(10) + "AB").ages(min, min + r.nextInt(18 - min))
                        .places(1 + r.nextInt(3)).religion(r.nextBoolean() ? "Christian" : "None")
                        .type(ApprovalType.values()[r.nextInt(ApprovalType.values().length)]);
                if (r.nextBoolean()) h.placed(r.nextInt(17));
                if (r.nextInt(3) == 0) h.pets();
                if (r.nextInt(4) == 0) h.ownChild(r.nextInt(17));
                hs.add(h);
            }
            PlacementNeeds needs = n.build();
            Matches m = rank(n, hs.toArray(H[]::new));
            for (Match match : m.ranked()) {
                Candidate c = hs.get((int) match.householdId() - 1).build();
                assertThat(HardConstraints.broken(needs, c)).isNull();
                assertThat(needs.childAge()).isBetween(c.ageMin(), c.ageMax());
                assertThat(c.vacancies()).isGreaterThanOrEqualTo(needs.groupSize());
                if (needs.noPets()) assertThat(c.pets()).isFalse();
                assertThat(c.type()).isIn(ApprovalType.MAINSTREAM);
            }
            boolean seenUnmet = false;
            for (Match match : m.ranked()) {
                if (match.needsUnmet() > 0) seenUnmet = true;
                else assertThat(seenUnmet).as("a full match after a partial one").isFalse();
            }
            assertThat(m.ranked().size() + m.excludedCount()).isEqualTo(50);
        }
    }
}
