package org.kindred.frontdoor;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.returns.annexa.AnnexAList;
import org.kindred.returns.annexa.AnnexAReport;
import org.kindred.returns.annexa.AnnexARows;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;

/** Annex A list 1 holds every contact received in the period, whatever was decided, with the child's columns. */
class ContactsAnnexAIT extends DatabaseIT {
    @Autowired
    List<org.kindred.returns.annexa.AnnexAContributor> contributors;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aContactFromASchoolIsInListOneOnTheDayItArrived() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER);
        String token = Api.token(mvc, worker);
        ZonedDateTime received = ZonedDateTime.now(TestClock.CLOCK).minusDays(5).withHour(23).withMinute(30);
        String body = mvc.perform(post("/api/v1/contacts").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"child":{"givenNames":"Wren","familyName":"Annexone","dateOfBirth":"2016-03-04","sex":"FEMALE"},
                                 "source":"2A","receivedAt":"%s","worry":"Worried teacher","consent":"GIVEN"}"""
                                .formatted(received.toOffsetDateTime())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String childId = Api.JSON.readTree(body).get("childId").asText();

        actAs(user(Role.PERFORMANCE_ANALYST));
        LocalDate day = received.toLocalDate();
        AnnexARows inPeriod = new AnnexAReport(contributors).build(day.minusMonths(6), day);
        List<Map<String, Object>> mine = inPeriod.of(AnnexAList.LIST_1).stream()
                .filter(r -> childId.equals(r.get("Child Unique ID"))).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("Date of Contact", day).containsEntry("Contact Source", "b) Schools")
                .containsEntry("Gender", "b) Female").containsEntry("Date of Birth", LocalDate.of(2016, 3, 4));

        AnnexARows before = new AnnexAReport(contributors).build(day.minusMonths(6), day.minusDays(1));
        assertThat(before.of(AnnexAList.LIST_1)).noneMatch(r -> childId.equals(r.get("Child Unique ID")));
    }
}
