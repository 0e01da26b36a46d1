package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.ChildStory;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * The child's page tells the story at a glance, each part from its own module, and the view is audited once.
 */
class ChildPageIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChildOnAPlanAndInCareShowsStatusWorkerDueAlertsFamilyAndChronology() throws Exception {
        LocalDate today = org.kindred.support.TestClock.today();
        String admin = user(Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR, Role.SOCIAL_WORKER);
        String last = user(Role.SOCIAL_WORKER);
        ChildStory story = ChildStory.make(mvc, Api.token(mvc, admin), "Storypage", today,
                userId(user(Role.SOCIAL_WORKER)), userId(user(Role.SOCIAL_WORKER)), userId(last));

        String viewerName = user(Role.SOCIAL_WORKER);
        MockHttpSession viewer = login(viewerName);
        long before = audits(viewerName);
        String page = mvc.perform(get("/children/" + story.childId).session(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(audits(viewerName) - before).as("one audit entry for the whole page").isEqualTo(1);

        assertThat(page).contains("Child protection plan", "Neglect, since", "Looked after", "Full care order",
                "Social worker", users.find(last).orElseThrow().displayName(),
                "Social workers in the last 12 months", "3: three or more",
                "Due and overdue", "Key professionals", "Pat Chair",
                "Family and household", "Dawn Storypage", "Mother", "Carl Storypage", "Father",
                "Recent chronology", "Section 47 enquiry");
        assertThat(page).containsPattern("Overdue</strong>\\s*<a class=\"govuk-link\" href=\"[^\"]+\">[^<]+</a>");

        // The genogram: the child (double outline), a square father, a circle mother, partners joined, the
        // mother's death crossed out once recorded; the same people in the table; a page of its own to print.
        assertThat(page).contains("Genogram of Lola Storypage", "kindred-genogram-index", "<rect", "<circle",
                "kindred-genogram-line--partnership", "kindred-genogram-line--descent", "The people in the genogram")
                .doesNotContain("kindred-genogram-deceased");
        jdbc.sql("update person set date_of_death = date '2025-01-02' where id = ?").param(story.motherId).update();
        String print = mvc.perform(get("/children/" + story.childId + "/genogram").session(viewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(print).contains("kindred-genogram-deceased", "1990\u20132025 (died)", "Carl Storypage", "Father");

        // The care page lists the reviews and visits the API took (it showed none before).
        String token = Api.token(mvc, admin);
        for (int weeks : new int[] {6, 2}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/api/v1/care/" + story.childId + "/visits").header("Authorization", Api.bearer(token))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"date\":\"" + today.minusWeeks(weeks) + "\"}")).andExpect(status().isCreated());
        }
        // The child's home (a demo postcode in another district): the placement (ZY1 1AA) shows its distance from it,
        // in miles as the SSDA903 return's PL_DISTANCE counts them.
        jdbc.sql("insert into person_address (person_id, postcode, created_by) values (?, 'ZY2 4BD', 'test')")
                .param(story.childId).update();
        String care = mvc.perform(get("/children/" + story.childId + "/care").session(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        double miles = org.kindred.geography.Postcodes.find("ZY2 4BD").orElseThrow()
                .distanceMiles(org.kindred.geography.Postcodes.find("ZY1 1AA").orElseThrow());
        assertThat(miles).isGreaterThan(1);
        assertThat(care).contains(String.format(java.util.Locale.UK, "(%.1f miles from home)", miles));
        String visits = care.substring(care.indexOf("id=\"visits-made\""));
        String newer = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy").format(today.minusWeeks(2));
        String older = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy").format(today.minusWeeks(6));
        assertThat(visits.indexOf(newer)).as("newest first").isPositive().isLessThan(visits.indexOf(older));

        // UASC details from the care page: an error keeps the input; once recorded, the child's page alerts.
        MockHttpSession sw = login(admin);
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/children/" + story.childId + "/care/uasc").session(sw)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("day", "1").param("month", "3").param("year", "2026")
                        .param("ducDay", "31").param("ducMonth", "2").param("ducYear", "2034"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary", "href=\"#uasc-duc\"", "must be a real date", "value=\"2034\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/children/" + story.childId + "/care/uasc").session(sw)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("day", "1").param("month", "3").param("year", "2026")
                        .param("ducDay", "4").param("ducMonth", "5").param("ducYear", "2034"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/children/" + story.childId).session(viewer)).andReturn().getResponse()
                .getContentAsString()).contains("Unaccompanied asylum-seeking child", "Since 1 March 2026");
    }

    @Test
    void aChildWithNothingOpenSaysSoAndARepeatPlanIsAnAlert() throws Exception {
        String admin = user(Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR, Role.SOCIAL_WORKER);
        String token = Api.token(mvc, admin);
        long child = Api.JSON.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"kind":"CHILD","givenNames":"Quiet","familyName":"Storypage","dateOfBirth":"2015-01-02","sex":"MALE"}"""))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        MockHttpSession viewer = login(user(Role.SOCIAL_WORKER));
        String page = mvc.perform(get("/children/" + child).session(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Not allocated", "Nothing is due in the next 10 working days", "No family recorded")
                .doesNotContain("Child protection plan", "Looked after");
    }

    private long audits(String username) {
        return jdbc.sql("select count(*) from audit_entry where username = ?").param(username).query(Long.class).single();
    }
}
