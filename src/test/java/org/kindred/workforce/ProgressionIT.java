package org.kindred.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.DateBoxes;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

/**
 * Item 5 through the API and allocation: supervision and ASYE reviews recorded (bad input as problem+json naming the
 * field), only for managers; allocating a child over an ASYE's protected caseload warns the manager.
 */
class ProgressionIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();


    @Autowired
    Asyes asyes;

    private JsonNode api(String token, String path, String json, int status) throws Exception {
        return Api.JSON.readTree(mvc.perform(post(path).header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void supervisionAndAsyeReviewsThroughTheApiAndTheProtectedCaseloadWarning() throws Exception {
        String team = "Progression team " + UUID.randomUUID().toString().substring(0, 6);
        users.createTeam(team);
        String manager = member(team, Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        String nqsw = user(Role.SOCIAL_WORKER);
        long staffId = api(token, "/api/v1/staff", """
                {"username":"%s","displayName":"Ned Newly","team":"%s","type":"PERMANENT","role":"ASYE","fte":1,
                 "startDate":"%s","sweNumber":"SW%010d","qualificationInstitution":"Open University"}"""
                .formatted(nqsw, team, TODAY.minusMonths(2), Math.abs(nqsw.hashCode())), 201).get("id").asLong();
        long managerId = userId(manager);

        // Supervision: a date that is not a date is refused, naming the field; then recorded.
        assertThat(api(token, "/api/v1/staff/" + staffId + "/supervision",
                "{\"supervisorId\":" + managerId + ",\"heldOn\":\"2026-02-30\"}", 400).toString()).contains("heldOn");
        JsonNode s = api(token, "/api/v1/staff/" + staffId + "/supervision",
                "{\"supervisorId\":" + managerId + ",\"heldOn\":\"" + TODAY + "\",\"notes\":\"<script>x</script>\"}", 201);
        assertThat(s.get("supervisorName").asText()).isEqualTo("Test " + manager);
        assertThat(s.get("notes").asText()).isEqualTo("<script>x</script>");

        // A social worker may not read or record anyone's supervision.
        String workerToken = Api.token(mvc, nqsw);
        mvc.perform(get("/api/v1/staff/" + staffId + "/supervision").header("Authorization", Api.bearer(workerToken)))
                .andExpect(status().isForbidden());

        // ASYE: no review without an ASYE; then the 3-month review, a wrong outcome named.
        mvc.perform(get("/api/v1/staff/" + staffId + "/asye").header("Authorization", Api.bearer(token)))
                .andExpect(status().isNotFound());
        asyes.start(staffId, TODAY.minusMonths(2));
        assertThat(api(token, "/api/v1/staff/" + staffId + "/asye/reviews",
                "{\"review\":\"FINAL\",\"heldOn\":\"" + TODAY + "\",\"outcome\":\"ON_TRACK\"}", 400).toString())
                .contains("outcome");
        JsonNode a = api(token, "/api/v1/staff/" + staffId + "/asye/reviews",
                "{\"review\":\"THREE_MONTH\",\"heldOn\":\"" + TODAY + "\",\"outcome\":\"CONCERNS\",\"notes\":\"Plan\"}", 201);
        assertThat(a.get("reviews").get(0).get("outcome").asText()).isEqualTo("CONCERNS");
        assertThat(api(token, "/api/v1/staff/" + staffId + "/asye/reviews",
                "{\"review\":\"THREE_MONTH\",\"heldOn\":\"" + TODAY + "\",\"outcome\":\"ON_TRACK\"}", 400).toString())
                .contains("review");

        // The protected caseload: 12 children; the 13th warns the manager (and is still allocated).
        MockHttpSession session = login(manager);
        long nqswId = userId(nqsw);
        for (int i = 1; i <= 13; i++) {
            long child = api(token, "/api/v1/people", """
                    {"kind":"CHILD","givenNames":"Cap","familyName":"Caseload%d","dateOfBirth":"2015-05-05","sex":"MALE"}"""
                    .formatted(i), 201).get("id").asLong();
            var result = mvc.perform(post("/children/" + child + "/allocation").session(session).with(csrf())
                    .param("workerId", Long.toString(nqswId)).params(DateBoxes.of("start", TODAY)))
                    .andExpect(status().is3xxRedirection()).andReturn();
            Object warning = result.getFlashMap().get("capWarning");
            if (i <= 12) {
                assertThat(warning).as("child %d", i).isNull();
            } else {
                assertThat((String) warning).contains("Ned Newly is in their ASYE until " + TODAY.minusMonths(2).plusYears(1),
                        "protected at 12 children", "They now hold 13 children");
            }
        }
    }
}
