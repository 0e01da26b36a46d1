package org.kindred.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** The fostering pages render for the roles they serve, with charts beside tables and CSV, and refuse the others. */
class FosteringPagesIT extends DatabaseIT {
    String page(MockHttpSession s, String path) throws Exception {
        return mvc.perform(get(path).session(s)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFosteringOfficerSeesWorkMeasuresAndHouseholds() throws Exception {
        String officer = user(Role.FOSTERING_OFFICER);
        mvc.perform(post("/api/v1/fostering/enquiries").header("Authorization", Api.bearer(Api.token(mvc, officer)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Page Test\",\"email\":\"p@example.com\",\"source\":\"PHONE\",\"consentToContact\":true}"))
                .andExpect(status().isCreated());
        MockHttpSession s = login(officer);
        assertThat(page(s, "/")).contains("id=\"fostering-work\"", "Open enquiries");
        assertThat(page(s, "/fostering")).contains("Page Test", "First response by");
        String measures = page(s, "/fostering/measures");
        assertThat(measures).contains("<svg", "role=\"img\"", "id=\"months\"", "id=\"yoy\"", "id=\"funnel\"", "id=\"sufficiency\"",
                "All enquiries");
        assertThat(page(s, "/fostering/measures?from=yesterday")).contains("There is a problem", "Enter a date like");
        String csv = page(s, "/fostering/measures/funnel.csv");
        assertThat(csv).startsWith("stage,count,conversion_percent,median_days_from_previous\nEnquiry,");
        assertThat(page(s, "/fostering/measures/enquiries.csv")).startsWith("month,campaign,enquiries\n");
        assertThat(page(s, "/fostering/measures/households.csv")).startsWith("approval_type,households,places,placed,vacancies\n");
        assertThat(page(s, "/fostering/households?vacancies=true")).contains("with a vacancy");
        assertThat(page(s, "/fostering/enquiries/new")).contains("Record an enquiry");
        String error = mvc.perform(post("/fostering/enquiries").session(s).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("name", "Kept").param("source", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("There is a problem", "Select how the enquiry came in", "value=\"Kept\"");
    }

    @Test
    void aSocialWorkerFindsPlacementsButNotRecruitment() throws Exception {
        MockHttpSession s = login(user(Role.SOCIAL_WORKER));
        assertThat(page(s, "/placement-requests")).contains("Raise a placement request");
        assertThat(page(s, "/fostering/households")).contains("approved households");
        mvc.perform(get("/fostering").session(s)).andExpect(status().isForbidden());
        mvc.perform(get("/fostering/measures").session(s)).andExpect(status().isForbidden());
    }
}
