package org.kindred.fostering;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 through the API: an enquiry taken to approval on the clock, a household with a vacancy, a placement
 * request for a looked-after child ranked with reasons, the choice recorded in the child's care record (one entry,
 * care's); bad input answered as problem+json naming the field; the roles that may do each.
 */
class FosteringApiIT extends DatabaseIT {
    static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcClient jdbc;

    String step(String step, LocalDate date) {
        return "{\"step\":\"%s\",\"date\":\"%s\"}".formatted(step, date);
    }

    /** A unique ZY postcode district near the others, so this test's household is the nearest to its child's school. */
    static String postcode() {
        return "ZY" + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 99)) + " 1AB";
    }

    long approvedHousehold(String officer, String postcode, String type, int ageMin, int ageMax, int places) throws Exception {
        long id = createdId(postJson(officer, "/api/v1/fostering/enquiries", """
                {"name":"Ada Fosterer","email":"ada@example.com","postcode":"%s","source":"PHONE","consentToContact":true,
                 "receivedOn":"%s"}""".formatted(postcode, TODAY.minusMonths(9))));
        String base = "/api/v1/fostering/enquiries/" + id + "/steps";
        LocalDate d = TODAY.minusMonths(9);
        for (String s : new String[] {"FIRST_RESPONSE", "INITIAL_VISIT", "APPLICATION", "DBS_CHECK", "LA_CHECK", "HEALTH_CHECK",
                "REFERENCES", "STAGE_ONE_DECISION", "FORM_F"}) {
            d = d.plusDays(10);
            postJson(officer, base, step(s, d)).andExpect(status().isCreated());
        }
        postJson(officer, base, "{\"step\":\"PANEL\",\"date\":\"%s\",\"recommendation\":\"APPROVE\"}".formatted(d.plusDays(20)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("PANEL"));
        JsonNode approved = json(postJson(officer, base, """
                {"step":"DECISION","date":"%s","approve":true,"approvalType":"%s","ageMin":%d,"ageMax":%d,"places":%d,
                 "householdName":"The Fosterer household"}""".formatted(d.plusDays(25), type, ageMin, ageMax, places))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("APPROVED")));
        return approved.get("householdId").asLong();
    }

    long childInCare(String workerToken, String birth) throws Exception {
        long id = createdId(postJson(workerToken, "/api/v1/people", """
                {"givenNames":"Mina","familyName":"Placeme","dateOfBirth":"%s","sex":"FEMALE"}""".formatted(birth)));
        postJson(workerToken, "/api/v1/care/" + id + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N1","placementType":"K2",
                 "placementProvider":"PR4","planned":false}""".formatted(TODAY.minusDays(20))).andExpect(status().isCreated());
        return id;
    }

    @Test
    void anEnquiryGoesThroughEveryStageToApprovalOnItsClocks() throws Exception {
        String officer = Api.token(mvc, user(Role.FOSTERING_OFFICER));
        long household = approvedHousehold(officer, postcode(), "MAINSTREAM", 5, 12, 2);
        mvc.perform(get("/api/v1/fostering/households/" + household).header("Authorization", Api.bearer(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.vacancies").value(2))
                .andExpect(jsonPath("$.approvalType").value("MAINSTREAM"));
        mvc.perform(get("/api/v1/fostering/households?vacancies=true&limit=1000").header("Authorization", Api.bearer(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == %d)]".formatted(household)).exists());
        postJson(officer, "/api/v1/fostering/households/" + household + "/records",
                "{\"kind\":\"ALLEGATION\",\"date\":\"%s\",\"detail\":\"Referred to the LADO\"}".formatted(TODAY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.records[0].kind").value("ALLEGATION"));
        postJson(officer, "/api/v1/fostering/households/" + household + "/records",
                "{\"kind\":\"TRAINING\",\"date\":\"%s\",\"detail\":\"Skills to Foster\"}".formatted(TODAY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.records.length()").value(2));
        postJson(officer, "/api/v1/fostering/households/" + household + "/records", "{\"kind\":\"PARTY\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        // a social worker finding placements sees the household but not the restricted allegation
        String worker = Api.token(mvc, user(Role.SOCIAL_WORKER));
        mvc.perform(get("/api/v1/fostering/households/" + household).header("Authorization", Api.bearer(worker)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.records.length()").value(1))
                .andExpect(jsonPath("$.records[0].kind").value("TRAINING"));
        long enquiry = jdbc.sql("select id from fostering_enquiry where household_id = ?").param(household).query(Long.class).single();
        JsonNode e = json(mvc.perform(get("/api/v1/fostering/enquiries/" + enquiry).header("Authorization", Api.bearer(officer))));
        assertThat(e.get("clocks").size()).isEqualTo(5);
        assertThat(e.get("history").size()).isEqualTo(11);
        assertThat(e.get("nextSteps").size()).isZero();
    }

    @Test
    void stepsOutOfOrderAndBadInputAreRefusedAsProblemsNamingTheField() throws Exception {
        String officer = Api.token(mvc, user(Role.FOSTERING_OFFICER));
        long id = json(postJson(officer, "/api/v1/fostering/enquiries", """
                {"name":"Bo Early","phone":"01632 960001","source":"EVENT","consentToContact":true}""")).get("id").asLong();
        postJson(officer, "/api/v1/fostering/enquiries/" + id + "/steps", step("PANEL", TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("step"));
        postJson(officer, "/api/v1/fostering/enquiries/" + id + "/steps", step("FIRST_RESPONSE", TODAY.plusDays(3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        postJson(officer, "/api/v1/fostering/enquiries", "{\"name\":\"No Consent\",\"email\":\"x@example.com\",\"source\":\"PHONE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("consentToContact"));
        postJson(officer, "/api/v1/fostering/enquiries/" + id + "/steps", "{\"step\":\"WITHDRAW\",\"date\":\"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(officer, "/api/v1/fostering/enquiries/" + id + "/steps",
                "{\"step\":\"WITHDRAW\",\"date\":\"%s\",\"reason\":\"Moving away\"}".formatted(TODAY))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/fostering/funnel?from=2026-13-01").header("Authorization", Api.bearer(officer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/fostering/funnel?campaign=NOPE").header("Authorization", Api.bearer(officer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("campaign"));
        postJson(officer, "/api/v1/fostering/enquiries/" + id + "/steps", "{\"step\":\"WITHDRAW\",\"date\":\"not a date\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        String worker = Api.token(mvc, user(Role.SOCIAL_WORKER));
        postJson(worker, "/api/v1/fostering/enquiries", "{}").andExpect(status().isForbidden());
        postJson(worker, "/api/v1/placement-requests", "{\"siblings\":9}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("childId"));
    }

    @Test
    void aPlacementRequestRanksHouseholdsWithReasonsAndTheChoiceBecomesTheCarePlacement() throws Exception {
        String officer = Api.token(mvc, user(Role.FOSTERING_OFFICER));
        String school = postcode();
        long fits = approvedHousehold(officer, school, "MAINSTREAM", 0, 17, 3);
        long tooYoung = approvedHousehold(officer, school, "MAINSTREAM", 0, 4, 2);
        String worker = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long child = childInCare(worker, TODAY.minusYears(9).toString());
        long request = createdId(postJson(worker, "/api/v1/placement-requests", """
                {"childId":%d,"schoolPostcode":"%s","maxKm":15,"siblings":0}""".formatted(child, school)));
        JsonNode matches = json(mvc.perform(get("/api/v1/placement-requests/" + request + "/matches")
                .header("Authorization", Api.bearer(worker))).andExpect(status().isOk()));
        boolean sawFits = false;
        for (JsonNode m : matches.get("ranked")) {
            assertThat(m.get("householdId").asLong()).isNotEqualTo(tooYoung);
            if (m.get("householdId").asLong() == fits) {
                sawFits = true;
                assertThat(m.get("reasons").get(0).get("need").asString()).isEqualTo("Near school");
                assertThat(m.get("reasons").get(0).get("met").asBoolean()).isTrue();
            }
        }
        assertThat(sawFits).isTrue();
        postJson(worker, "/api/v1/placement-requests/" + request + "/choice", "{\"householdId\":%d}".formatted(tooYoung))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("householdId"));
        postJson(worker, "/api/v1/placement-requests/" + request + "/choice", "{\"householdId\":%d,\"date\":\"%s\"}".formatted(fits, TODAY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PLACED"))
                .andExpect(jsonPath("$.wellMatched").value(true));
        mvc.perform(get("/api/v1/care/" + child).header("Authorization", Api.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[?(@.event.kind == 'PLACEMENT_CHANGE')].event.placement.type").value("U6"))
                .andExpect(jsonPath("$.events[?(@.event.kind == 'PLACEMENT_CHANGE')].event.placement.postcode").value(school));
        mvc.perform(get("/api/v1/fostering/households/" + fits).header("Authorization", Api.bearer(worker)))
                .andExpect(jsonPath("$.placed").value(1)).andExpect(jsonPath("$.vacancies").value(2));
        JsonNode looked = json(mvc.perform(get("/api/v1/care/looked-after?size=200").header("Authorization", Api.bearer(worker)))
                .andExpect(status().isOk()));
        assertThat(looked.get("total").asLong()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/api/v1/care/looked-after?size=0").header("Authorization", Api.bearer(worker)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void whenNothingFitsTheRequestRecordsTheSearchOutside() throws Exception {
        String worker = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long child = childInCare(worker, TODAY.minusYears(15).toString());
        long request = json(postJson(worker, "/api/v1/placement-requests", """
                {"childId":%d,"siblings":5,"onlyChild":true}""".formatted(child))).get("id").asLong();
        mvc.perform(get("/api/v1/placement-requests/" + request + "/matches").header("Authorization", Api.bearer(worker)))
                .andExpect(jsonPath("$.ranked.length()").value(0));
        postJson(worker, "/api/v1/placement-requests/" + request + "/external-search", "{\"kind\":\"SPACE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        postJson(worker, "/api/v1/placement-requests/" + request + "/external-search",
                "{\"kind\":\"IFA\",\"outcome\":\"Placed with an agency carer for the sibling group\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXTERNAL"));
    }

    @Test
    void aConnectedPersonIsApprovedTemporarilyForSixteenWeeksAndExtendedOnce() throws Exception {
        String officer = Api.token(mvc, user(Role.FOSTERING_OFFICER));
        String worker = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long child = childInCare(worker, TODAY.minusYears(6).toString());
        long id = json(postJson(officer, "/api/v1/fostering/enquiries", """
                {"name":"Gran Connected","phone":"01632 960002","postcode":"ZY5 5AA","source":"PHONE","consentToContact":true,
                 "connectedPerson":true}""")).get("id").asLong();
        JsonNode e = json(postJson(officer, "/api/v1/fostering/enquiries/" + id + "/steps", """
                {"step":"TEMPORARY_APPROVAL","date":"%s","childId":%d,"householdName":"Gran's"}""".formatted(TODAY, child))
                .andExpect(status().isCreated()));
        long household = e.get("householdId").asLong();
        JsonNode h = json(mvc.perform(get("/api/v1/fostering/households/" + household).header("Authorization", Api.bearer(officer))));
        assertThat(h.get("temporaryUntil").asString()).isEqualTo(TODAY.plusWeeks(16).toString());
        assertThat(h.get("connectedChildId").asLong()).isEqualTo(child);
    }
}
