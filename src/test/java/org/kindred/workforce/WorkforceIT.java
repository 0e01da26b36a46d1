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
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

/**
 * A manager's workforce through the API and the pages: a member of staff and an agency worker recorded, a leaver,
 * the measures moving, the forecast naming the leaver's child with the reason, My work warning, and the census
 * naming a worker's missing field.
 */
class WorkforceIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();


    private String staffJson(String username, String name, String team, String type, String agency) {
        return """
                {"username":"%s","displayName":"%s","team":"%s","type":"%s","role":"SOCIAL_WORKER","fte":1,
                 "startDate":"2024-01-08","sweNumber":"SW%010d","qualificationInstitution":"Open University"%s}"""
                .formatted(username, name, team, type, Math.abs(username.hashCode()),
                        agency == null ? "" : ",\"agencyName\":\"" + agency + "\",\"contractEnd\":\"" + TODAY.plusMonths(6) + "\"");
    }

    private JsonNode postStaff(String token, String json, int status) throws Exception {
        String body = mvc.perform(post("/api/v1/staff").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body);
    }

    private long child(String token) throws Exception {
        return createdId(postJson(token, "/api/v1/people", """
                {"kind":"CHILD","givenNames":"Robin","familyName":"Workforcetest","dateOfBirth":"2016-02-02",
                 "sex":"FEMALE"}"""));
    }

    @Test
    void aManagerRecordsStaffAnAgencyWorkerAndALeaverAndSeesTheEffects() throws Exception {
        String team = "Workforce team " + UUID.randomUUID().toString().substring(0, 6);
        users.createTeam(team);
        String manager = member(team, Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        String worker = user(Role.SOCIAL_WORKER);

        JsonNode own = postStaff(token, staffJson(worker, "Owen Staff", team, "PERMANENT", null), 201);
        // An agency worker without the agency is refused, naming the field; nothing is recorded.
        String agencyUser = "ag" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode refused = postStaff(token, staffJson(agencyUser, "Ada Agency", team, "AGENCY", null), 400);
        assertThat(refused.toString()).contains("agencyName");
        assertThat(users.find(agencyUser)).isEmpty();
        JsonNode agency = postStaff(token, staffJson(agencyUser, "Ada Agency", team, "AGENCY", "Hays Social Care"), 201);
        assertThat(users.find(agencyUser)).isPresent();

        JsonNode before = Api.JSON.readTree(mvc.perform(get("/api/v1/workforce/measures").param("team", team)
                .header("Authorization", Api.bearer(token))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        JsonNode now = before.get(before.size() - 1);
        assertThat(now.get("agencyRate").asDouble()).isEqualTo(50.0);
        assertThat(now.get("turnoverRate").asDouble()).isEqualTo(0.0);

        // The child held by the worker who is leaving.
        long childId = child(token);
        mvc.perform(post("/api/v1/children/" + childId + "/allocations").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + userId(worker)
                        + ",\"startDate\":\"" + TODAY.minusDays(40) + "\"}")).andExpect(status().isCreated());

        MockHttpSession session = login(manager);
        LocalDate leaving = TODAY.plusDays(20);
        mvc.perform(post("/workforce/staff/" + own.get("id").asLong() + "/leaving").session(session).with(csrf())
                .param("leavingDateDay", "" + leaving.getDayOfMonth()).param("leavingDateMonth", "" + leaving.getMonthValue())
                .param("leavingDateYear", "" + leaving.getYear()).param("leavingReason", "RESIGNATION"))
                .andExpect(status().is3xxRedirection());
        // A leaving date without a reason is refused on the page with the field named.
        String page = mvc.perform(post("/workforce/staff/" + own.get("id").asLong() + "/leaving").session(session)
                .with(csrf()).param("leavingDateDay", "1").param("leavingDateMonth", "13").param("leavingDateYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "#leavingDate", "#leavingReason");

        String forecast = mvc.perform(get("/api/v1/continuity-forecast").param("team", team)
                .header("Authorization", Api.bearer(token))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        JsonNode child = null;
        for (JsonNode c : Api.JSON.readTree(forecast)) if (c.get("childId").asLong() == childId) child = c;
        assertThat(child).as("the leaver's child in the forecast").isNotNull();
        assertThat(child.get("probability").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(child.get("reasons").toString()).contains("Owen Staff leaves on " + leaving);

        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("Leavers: reallocate their children", "Owen Staff");

        String analyst = Api.token(mvc, user(Role.PERFORMANCE_ANALYST));
        String census = mvc.perform(get("/api/v1/workforce/census").param("year", "" + CensusYear.latestBy(TODAY).year())
                .header("Authorization", Api.bearer(analyst))).andReturn().getResponse().getContentAsString();
        assertThat(agency.get("id").asLong()).isPositive();
        assertThat(census).doesNotContain("Ada Agency (staff record " + agency.get("id").asLong() + "), SWENo");
    }

    @Test
    void theCensusNamesAWorkerWhoseRegistrationNumberIsMissing() throws Exception {
        String team = "Census team " + UUID.randomUUID().toString().substring(0, 6);
        users.createTeam(team);
        String token = Api.token(mvc, user(Role.ADMINISTRATOR));
        String worker = user(Role.SOCIAL_WORKER);
        JsonNode s = postStaff(token, staffJson(worker, "Nora Number", team, "PERMANENT", null)
                .replaceFirst("\"sweNumber\":\"SW\\d+\",", ""), 201);
        var r = mvc.perform(get("/api/v1/workforce/census").param("year", "" + CensusYear.latestBy(TODAY).year())
                .header("Authorization", Api.bearer(token))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString()).contains("Nora Number (staff record " + s.get("id").asLong() + "), SWENo");
        mvc.perform(get("/api/v1/workforce/census").param("year", "twenty").header("Authorization", Api.bearer(token)))
                .andExpect(status().isBadRequest());
    }
}
