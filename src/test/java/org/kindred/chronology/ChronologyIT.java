package org.kindred.chronology;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The child's chronology: hand-written entries, filters, strike-out with a reason, bulk entries, roles, audit. */
class ChronologyIT extends DatabaseIT {
    @Autowired
    Chronology chronology;

    @Autowired
    AuditTrail audit;

    private long newChild(String token) throws Exception {
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Wren","familyName":"Chronicle","dateOfBirth":"2016-02-01","sex":"FEMALE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    private JsonNode list(String token, long child, String query) throws Exception {
        return Api.JSON.readTree(mvc.perform(get("/api/v1/children/" + child + "/chronology" + query)
                        .header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void workersAddEntriesAndStrikeOutWrongOnesNewestFirst() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        long child = newChild(token);
        LocalDate today = TestClock.today();

        postJson(token, "/api/v1/children/" + child + "/chronology", """
                {"date":"%s","category":"Home visit","text":"Visited; the child was at school"}"""
                .formatted(today.minusDays(10)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.handWritten").value(true));
        JsonNode call = Api.JSON.readTree(postJson(token, "/api/v1/children/" + child + "/chronology", """
                {"date":"%s","category":"Telephone call","text":"Mother called about housing"}""".formatted(today))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        JsonNode all = list(token, child, "");
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("category").asString()).isEqualTo("Telephone call");
        assertThat(list(token, child, "?category=Home visit").size()).isEqualTo(1);

        postJson(token, "/api/v1/children/" + child + "/chronology/" + call.get("id").asLong() + "/strike-out",
                "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(token, "/api/v1/children/" + child + "/chronology/" + call.get("id").asLong() + "/strike-out",
                "{\"reason\":\"Recorded on the wrong child\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.struckOutReason").value("Recorded on the wrong child"));
        assertThat(list(token, child, "").size()).as("struck out, never deleted").isEqualTo(2);
        assertThat(audit.search(new AuditQuery(worker, "chronology", Long.toString(child), null, null, 50)).stream()
                .anyMatch(a -> a.action().equals("LIST") && a.recordType().equals("chronology"))).isTrue();
    }

    @Test
    void badEntriesAreRefusedWithFieldErrorsAndNothingChanges() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        long child = newChild(token);
        postJson(token, "/api/v1/children/" + child + "/chronology", """
                {"date":"%s","category":"Gossip","text":""}""".formatted(TestClock.today().plusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[1].field").value("category"))
                .andExpect(jsonPath("$.errors[2].field").value("text"));
        assertThat(list(token, child, "").size()).isZero();

        String analyst = Api.token(mvc, user(Role.PERFORMANCE_ANALYST));
        postJson(analyst, "/api/v1/children/" + child + "/chronology", """
                {"date":"2026-01-05","category":"Case note","text":"x"}""").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/999999999/chronology").header("Authorization", Api.bearer(token)))
                .andExpect(status().isNotFound());
    }

    @Test
    void bulkEntriesArriveAndThePageShowsThemWithTheFormAndItsErrors() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        long child = newChild(Api.token(mvc, worker));
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(chronology.recordAll(List.of(
                new ChronologyEntry(child, t, "Contact", "Contact from the school", "contact", "1", "/front-door/contacts/1"),
                new ChronologyEntry(child, t.plusSeconds(60), "Decision", "Decided: referral to social care", "contact", "1", null)))).isEqualTo(2);

        MockHttpSession session = login(worker);
        String page = mvc.perform(get("/children/" + child + "/chronology").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Contact from the school").contains("href=\"/front-door/contacts/1\"")
                .contains("2 entries, newest first");
        assertThat(page.indexOf("Decided: referral to social care")).isLessThan(page.indexOf("Contact from the school"));

        String error = mvc.perform(post("/children/" + child + "/chronology").session(session).with(csrf())
                        .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2026")
                        .param("category", "Case note").param("text", "Kept text"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("There is a problem").contains("The date must be a real date").contains("Kept text");
        mvc.perform(post("/children/" + child + "/chronology").session(session).with(csrf())
                        .param("dateDay", "2").param("dateMonth", "3").param("dateYear", "2026")
                        .param("category", "Case note").param("text", "Met the family"))
                .andExpect(status().is3xxRedirection());
        assertThat(list(Api.token(mvc, worker), child, "?category=Case note").size()).isEqualTo(1);
    }
}
