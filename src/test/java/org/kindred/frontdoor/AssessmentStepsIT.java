package org.kindred.frontdoor;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.DateBoxes;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The single assessment to its end: child seen, factors and outcome, a manager's authorisation; and its story. */
class AssessmentStepsIT extends DatabaseIT {
    private static final String NEW_CHILD = """
            {"child":{"givenNames":"Ada","familyName":"Assessed","dateOfBirth":"2017-03-01","sex":"FEMALE"},
             "source":"6","receivedAt":"%s","worry":"Police attended a domestic incident","consent":"GIVEN"}""";

    /** A referral made 20 days ago with its assessment started the same day; returns {referralId, childId, contactId}. */
    private long[] startedAssessment(String token, String social) throws Exception {
        LocalDate day = TestClock.today().minusDays(20);
        String received = ZonedDateTime.now(TestClock.CLOCK).minusDays(20).withNano(0).toOffsetDateTime().toString();
        JsonNode contact = json(postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(received)));
        long contactId = contact.get("id").asLong();
        long referralId = json(postJson(token, "/api/v1/contacts/" + contactId + "/decision", """
                {"decision":"REFERRAL","referralDate":"%s","primaryNeed":"N1"}""".formatted(day))).get("referralId").asLong();
        postJson(token, "/api/v1/referrals/" + referralId + "/assessment",
                "{\"startDate\":\"" + day + "\",\"worker\":\"" + social + "\"}").andExpect(status().isCreated());
        return new long[] {referralId, contact.get("childId").asLong(), contactId};
    }

    @Test
    void theWorkerCompletesAndTheManagerAuthorisesRefusingBadInputAndTheChronologyTellsIt() throws Exception {
        String social = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, social);
        long[] ids = startedAssessment(Api.token(mvc, user(Role.FRONT_DOOR_WORKER)), social);
        String base = "/api/v1/referrals/" + ids[0] + "/assessment";
        LocalDate today = TestClock.today();

        postJson(token, base + "/child-seen", "{\"seenAloneOn\":\"" + today.minusDays(5) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("seenOn"));
        postJson(token, base + "/child-seen", "{\"seenOn\":\"" + today.plusDays(1) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("seenOn"));
        postJson(token, base + "/child-seen", "{\"seenOn\":\"" + today.minusDays(10) + "\",\"seenAloneOn\":\""
                + today.minusDays(8) + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.seenOn").value(today.minusDays(10).toString()))
                .andExpect(jsonPath("$.seenAloneOn").value(today.minusDays(8).toString()));

        postJson(token, base + "/outcome", "{\"factors\":[\"21\",\"3A\"],\"outcome\":\"MAYBE\",\"completedOn\":\""
                + today.plusDays(3) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("factors"))
                .andExpect(jsonPath("$.errors[1].field").value("outcome"))
                .andExpect(jsonPath("$.errors[2].field").value("completedOn"));
        postJson(token, base + "/authorisation", "{\"authorisedOn\":\"" + today + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("authorisedOn"));
        String outcome = "{\"factors\":[\"3A\",\"4B\"],\"outcome\":\"CHILD_IN_NEED_PLAN\",\"completedOn\":\"" + today + "\"}";
        postJson(token, base + "/outcome", outcome).andExpect(status().isOk())
                .andExpect(jsonPath("$.factors[1]").value("4B"))
                .andExpect(jsonPath("$.outcome").value("CHILD_IN_NEED_PLAN"));
        postJson(token, base + "/outcome", outcome).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));

        postJson(token, base + "/authorisation", "{\"authorisedOn\":\"" + today + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("authorisedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Only a team manager can authorise an assessment"));
        String manager = Api.token(mvc, user(Role.TEAM_MANAGER));
        postJson(manager, base + "/authorisation", "{\"authorisedOn\":\"" + today + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.authorisedOn").value(today.toString()));
        postJson(manager, base + "/authorisation", "{\"authorisedOn\":\"" + today + "\"}")
                .andExpect(status().isBadRequest());

        JsonNode story = json(mvc.perform(get("/api/v1/children/" + ids[1] + "/chronology")
                .header("Authorization", Api.bearer(token))).andExpect(status().isOk()));
        List<String> summaries = new ArrayList<>();
        story.forEach(e -> summaries.add(e.get("summary").asString()));
        assertThat(summaries).anyMatch(s -> s.startsWith("Contact from Police"))
                .anyMatch(s -> s.startsWith("Front-door decision: Referral"))
                .anyMatch(s -> s.startsWith("Referral to children's social care"))
                .anyMatch(s -> s.startsWith("Single assessment started"))
                .anyMatch(s -> s.startsWith("Child seen for the single assessment"))
                .anyMatch(s -> s.startsWith("Child seen alone"))
                .anyMatch(s -> s.startsWith("Single assessment completed: Child in need plan"))
                .anyMatch(s -> s.startsWith("Single assessment authorised"));
        assertThat(story.get(0).get("summary").asString()).startsWith("Single assessment authorised");
        assertThat(story.get(0).get("link").asString()).isEqualTo("/front-door/contacts/" + ids[2]);
    }

    @Test
    void thePageShowsTheStepsWithFieldErrorsAndTheOverdueTag() throws Exception {
        String social = user(Role.SOCIAL_WORKER);
        long[] ids = startedAssessment(Api.token(mvc, user(Role.FRONT_DOOR_WORKER)), social);
        MockHttpSession session = login(social);
        String page = mvc.perform(get("/front-door/contacts/" + ids[2]).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Record child seen").contains("Complete assessment").contains("3A Domestic violence")
                .doesNotContain("Authorise assessment");

        String error = mvc.perform(post("/front-door/referrals/" + ids[0] + "/assessment/outcome").session(session)
                        .with(csrf()).param("factors", "21").param("factors", "1A").param("outcome", "EARLY_HELP")
                        .param("completedOnDay", "1").param("completedOnMonth", "1").param("completedOnYear", "2099"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("There is a problem").contains("cannot be selected with other factors")
                .contains("The completion date must be today or in the past");
        mvc.perform(post("/front-door/referrals/" + ids[0] + "/assessment/child-seen").session(session).with(csrf())
                        .param("seenOnDay", "1").param("seenOnMonth", "1").param("seenOnYear", "2020"))
                .andExpect(status().isOk());
        mvc.perform(post("/front-door/referrals/" + ids[0] + "/assessment/child-seen").session(session).with(csrf())
                .params(DateBoxes.of("seenOn", TestClock.today())))
                .andExpect(status().is3xxRedirection());
        String referrals = mvc.perform(get("/front-door/children/" + ids[1] + "/referrals").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(referrals).contains("In progress");
    }
}
