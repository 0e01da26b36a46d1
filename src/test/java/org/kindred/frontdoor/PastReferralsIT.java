package org.kindred.frontdoor;

import org.kindred.shared.time.UkTime;
import java.time.LocalTime;
import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.shared.InvalidInput;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Past referrals many at a time (ADR 0036): refused as a whole, changing nothing, when one would be, naming it; the
 * same refusals as a contact recorded then decided; people created many at a time, refused as a whole too; only for
 * those who may decide.
 */
class PastReferralsIT extends DatabaseIT {
    @Autowired
    PastReferrals referrals;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static PastReferral referral(long child, String on, String need) {
        LocalDate day = LocalDate.parse(on);
        return new PastReferral(new NewContact(child, null, "1A", UkTime.instant(day, LocalTime.of(9, 0)), "Imported",
                "GIVEN", null, false), new Decision("REFERRAL", "Imported", day, need));
    }

    private static NewPerson child(String family, String born) {
        return new NewPerson("CHILD", "Not known", family, LocalDate.parse(born), null, "MALE", null, null, null, null, null, null, null);
    }

    private long count(String table, List<Long> children) {
        return jdbc.sql("select count(*) from " + table + " where child_id = any(?)").param(children.toArray(Long[]::new))
                .query(Long.class).single();
    }

    @Test
    void oneRefusedReferralRefusesTheBatchNamingItAndWritesNothing() {
        actAs(user(Role.ADMINISTRATOR));
        List<Long> children = people.createAll(List.of(child("Pastone", "2015-01-01"), child("Pasttwo", "2016-01-01")));
        assertThat(children).hasSize(2).doesNotHaveDuplicates();

        PastReferral before2015 = referral(children.get(1), "2013-04-01", "N1");
        assertThat(referrals.refusal(before2015)).containsEntry("receivedAt", "Date and time received must be in 2015 or later");
        assertThat(referrals.refusal(referral(children.get(1), "2024-04-01", "N0"))).containsKey("primaryNeed");
        assertThatThrownBy(() -> referrals.recordAll(List.of(referral(children.get(0), "2024-04-01", "N1"), before2015)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("referrals[1].receivedAt"));
        assertThat(count("contact", children)).isZero();

        List<Long> ids = referrals.recordAll(List.of(referral(children.get(0), "2024-04-01", "N1"),
                referral(children.get(1), "2024-05-01", "N3"), referral(children.get(1), "2025-05-01", "N4")));
        assertThat(ids).hasSize(3);
        assertThat(count("referral", children)).isEqualTo(3);
        assertThat(jdbc.sql("select primary_need from referral where id = ?").param(ids.get(2)).query(String.class).single())
                .isEqualTo("N4");
        assertThat(jdbc.sql("select count(*) from contact where child_id = ? and decision = 'REFERRAL' and not needs_authorisation")
                .param(children.get(1)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aChildNotOnTheRegisterRefusesTheBatch() {
        actAs(user(Role.ADMINISTRATOR));
        long child = people.createAll(List.of(child("Pastthree", "2015-01-01"))).get(0);
        assertThatThrownBy(() -> referrals.recordAll(List.of(referral(child, "2024-04-01", "N1"),
                referral(Long.MAX_VALUE, "2024-04-01", "N1"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("referrals[1].childId"));
        assertThat(count("contact", List.of(child))).isZero();
    }

    @Test
    void peopleCreatedTogetherAreRefusedTogetherNamingTheOne() {
        actAs(user(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> people.createAll(List.of(child("Pastfour", "2015-01-01"), child("Pastfive", "1850-01-01"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("people[1].dateOfBirth"));
        assertThat(jdbc.sql("select count(*) from person where family_name in ('Pastfour', 'Pastfive')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyThoseWhoMayDecideRecordPastReferrals() {
        actAs(user(Role.ADMINISTRATOR));
        long child = people.createAll(List.of(child("Pastsix", "2015-01-01"))).get(0);
        actAs(user(Role.PERFORMANCE_ANALYST));
        assertThatThrownBy(() -> referrals.recordAll(List.of(referral(child, "2024-04-01", "N1"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
