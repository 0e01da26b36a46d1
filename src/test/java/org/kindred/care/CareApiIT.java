package org.kindred.care;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A child's care through the API: events become SSDA903 episodes; refusals change nothing; all audited. */
class CareApiIT extends DatabaseIT {
    @Autowired
    AuditTrail audit;

    private static final LocalDate TODAY = TestClock.today();

    private long child(String token) throws Exception {
        return createdId(postJson(token, "/api/v1/people", """
                {"givenNames":"Rosa","familyName":"Careapi","dateOfBirth":"2012-04-01","sex":"FEMALE"}"""));
    }

    @Test
    void eventsBecomeEpisodesAsTheReturnCountsThem() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        long id = child(token);
        String base = "/api/v1/care/" + id;
        postJson(token, base + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N1","placementType":"U6",
                 "placementProvider":"PR1","placementPostcode":"ab1 2cd","planned":false}""".formatted(TODAY.minusDays(60)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lookedAfter").value(true))
                .andExpect(jsonPath("$.periods[0].episodes[0].reasonNew").value("S"));
        postJson(token, base + "/events", """
                {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"K2","placementProvider":"PR4",
                 "placementChangeReason":"CREQB","placementUrn":"sc123456"}""".formatted(TODAY.minusDays(30)))
                .andExpect(status().isCreated());
        postJson(token, base + "/events", """
                {"kind":"LEGAL_STATUS_CHANGE","date":"%s","legalStatus":"C1"}""".formatted(TODAY.minusDays(10)))
                .andExpect(status().isCreated());
        postJson(token, base + "/visits", "{\"date\":\"%s\"}".formatted(TODAY.minusDays(28))).andExpect(status().isCreated());

        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        postJson(chair, base + "/reviews", "{\"date\":\"%s\"}".formatted(TODAY.minusDays(40))).andExpect(status().isCreated());
        postJson(chair, base + "/events", "{\"kind\":\"LEFT_CARE\",\"date\":\"%s\",\"reasonCeased\":\"E4A\"}".formatted(TODAY))
                .andExpect(status().isForbidden());

        Instant now = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
        postJson(token, base + "/missing", """
                {"kind":"M","startedAt":"%s","endedAt":"%s","rhiOfferedAt":"%s","rhiAccepted":true}"""
                .formatted(now.minus(3, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rhiClock").value("OFFERED_IN_TIME"));

        String analyst = Api.token(mvc, user(Role.PERFORMANCE_ANALYST));
        mvc.perform(get(base).header("Authorization", Api.bearer(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].episodes.length()").value(3))
                .andExpect(jsonPath("$.periods[0].episodes[0].reasonCeased").value("X1"))
                .andExpect(jsonPath("$.periods[0].episodes[0].placementChangeReason").value("CREQB"))
                .andExpect(jsonPath("$.periods[0].episodes[0].placement.postcode").value("AB1 2CD"))
                .andExpect(jsonPath("$.periods[0].episodes[1].reasonNew").value("P"))
                .andExpect(jsonPath("$.periods[0].episodes[2].reasonNew").value("L"))
                .andExpect(jsonPath("$.periods[0].episodes[2].legalStatus").value("C1"))
                .andExpect(jsonPath("$.periods[0].episodes[2].placement.type").value("K2"))
                .andExpect(jsonPath("$.periods[0].episodes[1].placement.urn").value("SC123456"))
                .andExpect(jsonPath("$.periods[0].episodes[2].placement.urn").value("SC123456"))
                .andExpect(jsonPath("$.nextReviewDue").value(TODAY.minusDays(40).plusMonths(3).toString()))
                .andExpect(jsonPath("$.nextVisitDue").value(TODAY.minusDays(28).plusWeeks(6).toString()))
                .andExpect(jsonPath("$.missing[0].rhiAccepted").value(true));

        assertThat(audit.search(new AuditQuery(worker, "care_event", null, null, null, 20)))
                .extracting(e -> e.action()).contains("CREATE");
        assertThat(audit.search(new AuditQuery(null, "care", Long.toString(id), null, null, 20)))
                .extracting(e -> e.action()).contains("VIEW");
    }

    @Test
    void badOrInconsistentEventsAreRefusedWithFieldErrorsAndNothingChanges() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long id = child(token);
        String base = "/api/v1/care/" + id;
        postJson(token, base + "/events", "{\"kind\":\"CAME_INTO_CARE\",\"date\":\"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='legalStatus')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='planned')]").exists());
        postJson(token, base + "/events", "{\"kind\":\"LEGAL_STATUS_CHANGE\",\"date\":\"%s\",\"legalStatus\":\"C1\"}"
                .formatted(TODAY)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        postJson(token, base + "/missing", "{\"startedAt\":\"%s\"}".formatted(TestClock.now().plusSeconds(3600)))
                .andExpect(status().isBadRequest());
        postJson(token, base + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N1","placementType":"U6",
                 "placementProvider":"PR1","planned":false,"placementUrn":"12AB"}""".formatted(TODAY.minusDays(5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='placementUrn')]").exists());
        mvc.perform(get(base).header("Authorization", Api.bearer(token)))
                .andExpect(jsonPath("$.lookedAfter").value(false))
                .andExpect(jsonPath("$.events.length()").value(0))
                .andExpect(jsonPath("$.missing.length()").value(0));
    }

    @Test
    void theReturnHomeInterviewClockStartsWhenTheChildReturns() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long id = child(token);
        Instant now = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
        Instant went = now.minus(5, ChronoUnit.DAYS);
        String body = postJson(token, "/api/v1/care/" + id + "/missing", "{\"startedAt\":\"%s\"}".formatted(went))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rhiClock").value("STILL_MISSING"))
                .andReturn().getResponse().getContentAsString();
        long missingId = Api.JSON.readTree(body).get("id").asLong();
        Instant back = now.minus(4, ChronoUnit.DAYS);
        postJson(token, "/api/v1/care/" + id + "/missing/" + missingId, """
                {"startedAt":"%s","endedAt":"%s"}""".formatted(went, back))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rhiClock").value("OVERDUE"))
                .andExpect(jsonPath("$.rhiDue").value(back.plus(72, ChronoUnit.HOURS).toString()));
        postJson(token, "/api/v1/care/" + id + "/missing/" + missingId, """
                {"startedAt":"%s","endedAt":"%s","rhiOfferedAt":"%s","rhiAccepted":false}"""
                .formatted(went, back, back.plus(80, ChronoUnit.HOURS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rhiClock").value("OFFERED_LATE"));
        postJson(token, "/api/v1/care/" + id + "/missing/" + (missingId + 100000), """
                {"startedAt":"%s"}""".formatted(went)).andExpect(status().isNotFound());
    }
}
