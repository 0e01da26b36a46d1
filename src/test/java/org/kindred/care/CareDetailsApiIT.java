package org.kindred.care;

import org.kindred.support.TestClock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** Health and education, UASC, leaving care, adoption, social worker episodes and corrections through the API. */
class CareDetailsApiIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    private long child(String token, LocalDate dob) throws Exception {
        return createdId(postJson(token, "/api/v1/people", """
                {"givenNames":"Ivy","familyName":"Detailsapi","dateOfBirth":"%s","sex":"FEMALE"}""".formatted(dob)));
    }

    private void cameIntoCare(String token, long id, LocalDate on) throws Exception {
        postJson(token, "/api/v1/care/" + id + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U4",
                 "placementProvider":"PR1","placementPostcode":"ZY1 2AB","planned":true}""".formatted(on))
                .andExpect(status().isCreated());
    }

    @Test
    void healthEducationAndUascAreStoredWithTheirNextDueDates() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long id = child(token, TODAY.minusYears(15).minusDays(3));
        String base = "/api/v1/care/" + id;
        cameIntoCare(token, id, TODAY.minusMonths(14));
        LocalDate assessed = TODAY.minusMonths(2);
        postJson(token, base + "/checks", "{\"kind\":\"HEALTH_ASSESSMENT\",\"date\":\"%s\"}".formatted(assessed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due.health").value(assessed.plusMonths(12).toString()));
        postJson(token, base + "/checks", "{\"kind\":\"PEP\",\"date\":\"%s\"}".formatted(TODAY))
                .andExpect(jsonPath("$.due.pep").value(PersonalEducationPlanDue.nextDue(TODAY.minusMonths(14), TODAY).toString()));
        postJson(token, base + "/checks", "{\"kind\":\"XRAY\",\"date\":\"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        postJson(token, base + "/outcomes", """
                {"year":%d,"sdqScore":12,"convicted":false,"immunisations":true,"substanceMisuse":true,
                 "interventionReceived":false}""".formatted(TODAY.getYear()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("interventionOffered"));
        postJson(token, base + "/outcomes", """
                {"year":%d,"sdqScore":12,"convicted":false,"immunisations":true,"substanceMisuse":false}"""
                .formatted(TODAY.getYear())).andExpect(status().isOk()).andExpect(jsonPath("$.outcomes[0].sdqScore").value(12));
        postJson(token, base + "/uasc", "{\"from\":\"%s\"}".formatted(TODAY.minusMonths(14)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uasc.duc").value(TODAY.minusYears(15).minusDays(3).plusYears(18).toString()));
        postJson(token, base + "/family-contacts", "{\"date\":\"%s\",\"withWhom\":\"Uncle\",\"how\":\"Video call\"}".formatted(TODAY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.familyContacts[0].withWhom").value("Uncle"));
        postJson(token, base + "/family-contacts", "{\"date\":\"%s\"}".formatted(TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field=='withWhom')]").exists());
    }

    @Test
    void careLeaversHavePathwayPlansAdvisersAndOc3() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        LocalDate dob = TODAY.minusYears(17).minusDays(10);
        long id = child(token, dob);
        String base = "/api/v1/care/" + id;
        cameIntoCare(token, id, dob.plusYears(15));
        postJson(token, base + "/events", "{\"kind\":\"LEFT_CARE\",\"date\":\"%s\",\"reasonCeased\":\"E13\"}".formatted(TODAY.minusDays(20)))
                .andExpect(status().isCreated());
        mvc.perform(get(base + "/details").header("Authorization", Api.bearer(token)))
                .andExpect(jsonPath("$.leavingCare").value("RELEVANT"))
                .andExpect(jsonPath("$.due.pathwayPlan").value(dob.plusYears(16).plusMonths(3).toString()));
        postJson(token, base + "/checks", "{\"kind\":\"PATHWAY_PLAN\",\"date\":\"%s\"}".formatted(TODAY.minusDays(5)))
                .andExpect(jsonPath("$.due.pathwayPlan").value(TODAY.minusDays(5).plusMonths(6).toString()));
        postJson(token, base + "/adviser", "{\"adviser\":\"Sam Adviser\",\"from\":\"%s\"}".formatted(TODAY))
                .andExpect(jsonPath("$.advisers[0].adviser").value("Sam Adviser"));
        postJson(token, base + "/leaver-outcomes", "{\"age\":17,\"inTouch\":\"YES\",\"activity\":\"F2\",\"accommodation\":\"T1\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accommodation"));
        postJson(token, base + "/leaver-outcomes", "{\"age\":17,\"inTouch\":\"YES\",\"activity\":\"F2\",\"accommodation\":\"D1\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.leaverOutcomes[0].accommodation").value("D1"));
    }

    @Test
    void adoptionPermanenceSocialWorkersAndCorrections() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long id = child(token, TODAY.minusYears(3));
        String base = "/api/v1/care/" + id;
        LocalDate start = TODAY.minusYears(1);
        cameIntoCare(token, id, start);
        postJson(token, base + "/previous-permanence", "{\"periodStart\":\"%s\",\"previousPermanence\":\"Z1\"}".formatted(start))
                .andExpect(status().isOk()).andExpect(jsonPath("$.previousPermanence[0].previousPermanence").value("Z1"));
        postJson(token, base + "/previous-permanence", "{\"periodStart\":\"%s\",\"previousPermanence\":\"Z1\"}".formatted(start.plusDays(1)))
                .andExpect(status().isBadRequest());
        postJson(token, base + "/adoption-decisions", "{\"decided\":\"%s\"}".formatted(TODAY.minusMonths(6)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.adoptionDecisions[0].ceased").doesNotExist());
        postJson(token, base + "/adoption", """
                {"dateShouldBePlaced":"%s","dateMatched":"%s","fosterCarers":false,"adopters":2,"adoptersSex":"M1",
                 "adoptersLegalStatus":"L11"}""".formatted(TODAY.minusMonths(6), TODAY.minusMonths(2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("adoptersSex"));
        postJson(token, base + "/adoption", """
                {"dateShouldBePlaced":"%s","dateMatched":"%s","fosterCarers":false,"adopters":2,"adoptersSex":"MF",
                 "adoptersLegalStatus":"L11"}""".formatted(TODAY.minusMonths(6), TODAY.minusMonths(2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.adoption.adopters").value(2));

        tx.executeWithoutResult(s -> publisher.publishEvent(new WorkerAllocated(id, 41, "A", start, null)));
        tx.executeWithoutResult(s -> publisher.publishEvent(new WorkerAllocated(id, 42, "B", TODAY.minusMonths(3), "LEFTRL")));
        mvc.perform(get(base + "/details").header("Authorization", Api.bearer(token)))
                .andExpect(jsonPath("$.socialWorkers.length()").value(2))
                .andExpect(jsonPath("$.socialWorkers[0].swId").value("SW41"))
                .andExpect(jsonPath("$.socialWorkers[0].to").value(TODAY.minusMonths(3).toString()))
                .andExpect(jsonPath("$.socialWorkers[0].reason").value("OTHERS"))
                .andExpect(jsonPath("$.socialWorkers[1].reason").value("LEFTRL"))
                .andExpect(jsonPath("$.socialWorkers[1].to").doesNotExist());

        String record = postJson(token, base + "/events", """
                {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"U3","placementProvider":"PR1",
                 "placementChangeReason":"CARPL"}""".formatted(TODAY.minusDays(30))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long wrong = Api.JSON.readTree(record).get("events").get(1).get("id").asLong();
        postJson(token, base + "/events/" + wrong + "/correction", "{\"reason\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(token, base + "/events/" + wrong + "/correction", """
                {"reason":"Wrong date","replacement":{"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"U3",
                 "placementProvider":"PR1","placementChangeReason":"CARPL"}}""".formatted(TODAY.minusDays(20)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(2))
                .andExpect(jsonPath("$.periods[0].episodes[1].started").value(TODAY.minusDays(20).toString()));
        postJson(token, base + "/events/" + wrong + "/correction", "{\"reason\":\"again\"}").andExpect(status().isNotFound());
    }
}
