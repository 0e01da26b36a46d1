package org.kindred.earlyhelp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.earlyhelp.internal.EarlyHelpAssessmentDue;
import org.kindred.frontdoor.FrontDoorFacts.ContactAbout;
import org.kindred.frontdoor.ReferralSource;

class DemoYearsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static List<ContactAbout> contacts(int n, LocalDate from, LocalDate to, long firstChild) {
        List<ContactAbout> list = new ArrayList<>();
        long days = to.toEpochDay() - from.toEpochDay();
        for (int i = 0; i < n; i++) {
            list.add(new ContactAbout(i + firstChild, i + firstChild, from.plusDays(1 + i * (days - 1) / n),
                    ReferralSource.values()[0], "worry"));
        }
        return list;
    }

    private static DemoEpisodes episodes() {
        return new DemoEpisodes(TODAY, new Random(1), new EarlyHelpAssessmentDue(45), Map.of(), 1);
    }

    @Test
    void oneYearTakesAboutTwoThousandEpisodesWithTheStepUps() {
        DemoEpisodes e = episodes();
        new DemoYears(TODAY, 1, 2000).fill(contacts(3000, TODAY.minusYears(1), TODAY, 1),
                contacts(100, TODAY.minusYears(1), TODAY, 10_000), e);
        assertThat(e.size()).isEqualTo(2000);
    }

    @Test
    void yearsBeforeTheFrontDoorsHistoryBorrowItsChildrenAsEpisodesBegunDirectly() {
        DemoEpisodes e = episodes();
        new DemoYears(TODAY, 3, 2000).fill(contacts(3000, TODAY.minusYears(1), TODAY, 1), List.of(), e);
        assertThat(e.size()).isEqualTo(6000);
        // Every year has its candidates for referrals, the earliest about three years back.
        LocalDate earliest = e.candidates().stream().map(DemoReferrals.Candidate::from).min(LocalDate::compareTo).orElseThrow();
        assertThat(earliest).isBefore(TODAY.minusYears(2).minusMonths(6)).isAfter(TODAY.minusYears(3).minusDays(1));
        assertThat(e.candidates().stream().filter(c -> c.from().isBefore(TODAY.minusYears(1))).count()).isGreaterThan(3500);
    }

    @Test
    void threeYearsOfFrontDoorHistoryAreEachTakenFromTheirOwnYear() {
        DemoEpisodes e = episodes();
        List<ContactAbout> down = new ArrayList<>();
        for (int k = 0; k < 3; k++) down.addAll(contacts(2500, TODAY.minusYears(k + 1L), TODAY.minusYears(k), 1 + k * 10_000L));
        new DemoYears(TODAY, 3, 2000).fill(down, List.of(), e);
        assertThat(e.size()).isEqualTo(6000);
        assertThat(e.candidates().stream().filter(c -> c.childId() > 20_000).count()).isBetween(1900L, 2000L);
    }
}
