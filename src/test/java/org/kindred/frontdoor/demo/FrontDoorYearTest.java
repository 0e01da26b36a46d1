package org.kindred.frontdoor.demo;

import org.kindred.shared.time.UkTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.ContactDecision;

/** The demo year looks like a county's: its volumes, re-referral rate, open and overdue work, and consistent dates. */
class FrontDoorYearTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private final FrontDoorYear year = new FrontDoorYear(TODAY, NOW, 2026,
            LongStream.rangeClosed(1, 11_000).boxed().toList()).generate(11_960, 40, 100);

    @Test
    void aYearOfContactsReferralsAndReReferrals() {
        List<FrontDoorYear.Contact> referrals = year.contacts.stream()
                .filter(c -> c.decision == ContactDecision.REFERRAL).toList();
        assertThat(year.contacts).hasSize(12_000);
        assertThat(year.contacts.stream().filter(c -> c.decision == null)).hasSize(40);
        assertThat(referrals.size()).isBetween(4_700, 5_300);
        double reReferrals = referrals.stream().filter(c -> c.reReferral).count() / (double) referrals.size();
        assertThat(reReferrals).isBetween(0.18, 0.26);
        double police = year.contacts.stream().filter(c -> c.source.equals("6")).count() / 12_000.0;
        assertThat(police).isBetween(0.25, 0.33);
    }

    @Test
    void aboutAHundredAssessmentsOpenSomeOverdueAndMostInTime() {
        List<DemoEpisode> episodes = year.contacts.stream().map(c -> c.episode).filter(e -> e != null).toList();
        long open = episodes.stream().filter(e -> e.authorised == null).count();
        assertThat(open).isBetween(70L, 130L);
        assertThat(episodes.stream().filter(e -> e.overdue(TODAY)).count()).isPositive();
        double inTime = episodes.stream().filter(e -> e.authorised != null
                && !e.authorised.isAfter(AssessmentDue.from(e.referred))).count() / (double) (episodes.size() - open);
        assertThat(inTime).isBetween(0.78, 0.92);
    }

    @Test
    void datesAreConsistentAndNeverInTheFuture() {
        for (FrontDoorYear.Contact c : year.contacts) {
            assertThat(c.received).isBeforeOrEqualTo(NOW);
            if (c.decided != null) assertThat(c.decided).isAfterOrEqualTo(c.received).isBeforeOrEqualTo(NOW);
            DemoEpisode e = c.episode;
            if (e == null) continue;
            assertThat(e.started).isAfterOrEqualTo(e.referred).isBeforeOrEqualTo(TODAY);
            if (e.seenAlone != null) assertThat(e.seen).isNotNull().isBeforeOrEqualTo(e.seenAlone);
            if (e.seen != null) assertThat(e.seen).isAfterOrEqualTo(e.started).isBeforeOrEqualTo(TODAY);
            if (e.completed != null) assertThat(e.completed).isAfterOrEqualTo(e.started).isBeforeOrEqualTo(TODAY);
            if (e.authorised != null) assertThat(e.authorised).isAfterOrEqualTo(e.completed).isBeforeOrEqualTo(TODAY);
            assertThat(e.outcome == null).isEqualTo(e.completed == null);
        }
    }

    @Test
    void noContactIsAboutAChildBeforeTheChildIsBorn() {
        java.util.Map<Long, LocalDate> bornBy = new java.util.HashMap<>();
        for (long c = 1; c <= 11_000; c += 20) bornBy.put(c, TODAY.minusDays(c % 365));
        FrontDoorYear babies = new FrontDoorYear(TODAY, NOW, 2026, LongStream.rangeClosed(1, 11_000).boxed().toList(),
                bornBy).generate(11_960, 40, 100);
        for (FrontDoorYear.Contact c : babies.contacts) {
            LocalDate born = bornBy.get(c.childId);
            if (born != null) {
                assertThat(UkTime.date(c.received)).isAfterOrEqualTo(born);
            }
        }
        assertThat(babies.contacts.stream().filter(c -> bornBy.containsKey(c.childId)).count()).isGreaterThan(300);
    }
}
