package org.kindred.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import java.time.LocalDate;
import org.kindred.support.Api;
import org.kindred.support.TestClock;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Strategy discussion to plan through the API alone: the ICPC due date over Easter 2026, the first review three
 * months on, a repeat plan, chair-only decisions, audit; refusals change nothing.
 */
class ProtectionApiIT extends DatabaseIT {
    private static final String CHILD = """
            {"kind":"CHILD","givenNames":"Rowan","familyName":"Protectapi","dateOfBirth":"2019-02-03","sex":"MALE"}""";
    private static final String DISCUSSION = """
            {"childId":%d,"heldOn":"%s","route":"CONTACT","agencies":"Police, school nurse, children's social care",
             "information":"Disclosure at school of being hit with a belt","decision":"SECTION_47"}""";

    @Autowired
    AuditTrail audit;

    private long child(String token) throws Exception {
        return createdId(postJson(token, "/api/v1/people", CHILD));
    }

    private long enquiry(String token, long childId, String heldOn, String start) throws Exception {
        long sd = createdId(postJson(token, "/api/v1/strategy-discussions", DISCUSSION.formatted(childId, heldOn)));
        return createdId(postJson(token, "/api/v1/section47-enquiries",
                "{\"strategyDiscussionId\":%d,\"startDate\":\"%s\",\"childSeenOn\":\"%s\"}".formatted(sd, start, start)));
    }

    private static String icpc(long s47, String heldOn, String category) {
        return """
                {"type":"INITIAL","section47Id":%d,"heldOn":"%s","chair":"Pat Chair","attendees":"Mother, school, GP",
                 "decision":"PLAN","category":"%s"}""".formatted(s47, heldOn, category);
    }

    @Test
    void strategyDiscussionOn30March2026GivesIcpcDue22AprilAndAPlanReviewedBy22July() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String sw = Api.token(mvc, worker);
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        long childId = child(sw);

        JsonNode sd = json(postJson(sw, "/api/v1/strategy-discussions", DISCUSSION.formatted(childId, "2026-03-30"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("SECTION_47"))
                .andExpect(jsonPath("$.createdBy").value(worker)));
        JsonNode s47 = json(postJson(sw, "/api/v1/section47-enquiries",
                "{\"strategyDiscussionId\":%d,\"startDate\":\"2026-03-30\",\"childSeenOn\":\"2026-03-31\"}"
                        .formatted(sd.get("id").asLong()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.icpcDue").value("2026-04-22"))
                .andExpect(jsonPath("$.childId").value(childId)));
        long s47Id = s47.get("id").asLong();

        JsonNode conference = json(postJson(chair, "/api/v1/conferences", icpc(s47Id, "2026-04-22", "PHY"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("PLAN"))
                .andExpect(jsonPath("$.category").value("PHYSICAL")));
        long planId = conference.get("planId").asLong();
        getJson(sw, "/api/v1/cp-plans/" + planId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startDate").value("2026-04-22"))
                .andExpect(jsonPath("$.initialCategory").value("PHYSICAL"))
                .andExpect(jsonPath("$.nextReviewDue").value("2026-07-22"))
                .andExpect(jsonPath("$.firstCoreGroupDue").value("2026-05-07"))
                .andExpect(jsonPath("$.repeatPlan").value(false))
                .andExpect(jsonPath("$.previousPlans").value(0));
        postJson(sw, "/api/v1/cp-plans/" + planId + "/core-groups",
                "{\"heldOn\":\"2026-05-06\",\"attendees\":\"Mother, school\",\"nextDue\":\"2026-06-03\"}")
                .andExpect(status().isCreated());
        getJson(sw, "/api/v1/cp-plans/" + planId).andExpect(jsonPath("$.nextCoreGroupDue").value("2026-06-03"));
        getJson(sw, "/api/v1/section47-enquiries/" + s47Id)
                .andExpect(jsonPath("$.icpcDate").value("2026-04-22"))
                .andExpect(jsonPath("$.outcome").value("CONFERENCE_NEEDED"))
                .andExpect(jsonPath("$.icpcNotRequired").value("0"))
                .andExpect(jsonPath("$.icpcLate").value(false));

        // A review in July changes the category; the next review is six months on.
        postJson(chair, "/api/v1/conferences", """
                {"type":"REVIEW","planId":%d,"heldOn":"2026-07-20","chair":"Pat Chair","attendees":"Mother, school",
                 "decision":"CONTINUE_PLAN","category":"EMO"}""".formatted(planId)).andExpect(status().isCreated());
        getJson(sw, "/api/v1/cp-plans?childId=" + childId)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].latestCategory").value("EMOTIONAL"))
                .andExpect(jsonPath("$[0].initialCategory").value("PHYSICAL"))
                .andExpect(jsonPath("$[0].reviewDates[0]").value("2026-07-20"))
                .andExpect(jsonPath("$[0].nextReviewDue").value("2027-01-20"));

        var trail = audit.search(new AuditQuery(worker, "section47_enquiry", Long.toString(s47Id), null, null, 20));
        assertThat(trail).extracting(e -> e.action()).contains("CREATE", "VIEW");
        assertThat(audit.search(new AuditQuery(null, "cp_plan", Long.toString(planId), null, null, 20)))
                .extracting(e -> e.action()).contains("CREATE", "UPDATE", "VIEW");
    }

    @Test
    void aSecondPlanForTheSameChildIsARepeatPlanWithinTwoYears() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        String chair = Api.token(mvc, user(Role.TEAM_MANAGER));
        long childId = child(sw);
        long first = json(postJson(chair, "/api/v1/conferences",
                icpc(enquiry(sw, childId, "2025-12-15", "2025-12-15"), "2026-01-06", "NEG"))
                .andExpect(status().isCreated())).get("planId").asLong();

        long s47 = enquiry(sw, childId, "2026-06-01", "2026-06-01");
        postJson(chair, "/api/v1/conferences", icpc(s47, "2026-06-19", "NEG"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));

        postJson(sw, "/api/v1/cp-plans/" + first + "/end", "{\"endDate\":\"2026-05-01\",\"reason\":\"Risk reduced\"}")
                .andExpect(status().isForbidden());
        postJson(chair, "/api/v1/cp-plans/" + first + "/end", "{\"endDate\":\"2026-05-01\",\"reason\":\"Risk reduced\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").value("2026-05-01"))
                .andExpect(jsonPath("$.nextReviewDue").doesNotExist());

        long second = json(postJson(chair, "/api/v1/conferences", icpc(s47, "2026-06-19", "SAB"))
                .andExpect(status().isCreated())).get("planId").asLong();
        getJson(sw, "/api/v1/cp-plans/" + second)
                .andExpect(jsonPath("$.repeatPlan").value(true))
                .andExpect(jsonPath("$.secondWithinTwoYears").value(true))
                .andExpect(jsonPath("$.previousPlans").value(1));
    }

    @Test
    void aPlanFromAConferenceJustBeforeChristmasHasItsCoreGroupInTheNewYear() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        String chair = Api.token(mvc, user(Role.ADMINISTRATOR));
        long childId = child(sw);
        JsonNode s47 = json(getJson(sw, "/api/v1/section47-enquiries/" + enquiry(sw, childId, "2025-12-08", "2025-12-08")));
        // 2025: Christmas Thursday 25 and Boxing Day Friday 26 are not counted; 29, 30 and 31 December are.
        assertThat(s47.get("icpcDue").asString()).isEqualTo("2025-12-31");
        long plan = json(postJson(chair, "/api/v1/conferences", icpc(s47.get("id").asLong(), "2025-12-23", "MUL"))
                .andExpect(status().isCreated())).get("planId").asLong();
        getJson(sw, "/api/v1/cp-plans/" + plan)
                .andExpect(jsonPath("$.firstCoreGroupDue").value("2026-01-09"))
                .andExpect(jsonPath("$.nextReviewDue").value("2026-03-23"));
    }

    @Test
    void onlyChairsManagersAndAdministratorsRecordAConferenceAndBadInputChangesNothing() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        long s47 = enquiry(sw, childId, "2026-09-01", "2026-09-02");
        for (Role role : new Role[] {Role.SOCIAL_WORKER, Role.FRONT_DOOR_WORKER, Role.PERFORMANCE_ANALYST}) {
            postJson(Api.token(mvc, user(role)), "/api/v1/conferences", icpc(s47, "2026-09-20", "NEG"))
                    .andExpect(status().isForbidden());
        }
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        postJson(chair, "/api/v1/conferences", """
                {"type":"INITIAL","section47Id":%d,"heldOn":"2026-08-01","chair":"","attendees":"Mother",
                 "decision":"PLAN"}""".formatted(s47))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='chair')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='category')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='heldOn')]").exists());
        getJson(sw, "/api/v1/cp-plans?childId=" + childId).andExpect(jsonPath("$.length()").value(0));
        getJson(sw, "/api/v1/conferences?childId=" + childId).andExpect(jsonPath("$.length()").value(0));

        postJson(sw, "/api/v1/section47-enquiries", "{\"strategyDiscussionId\":999999999,\"startDate\":\"2099-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='strategyDiscussionId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='startDate')]").exists());
        postJson(sw, "/api/v1/strategy-discussions", "{\"childId\":%d}".formatted(childId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5));
        getJson(sw, "/api/v1/strategy-discussions?childId=" + childId).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void anUnbornChildsPlanStartsAtBirth() throws Exception {
        // Dates around the test's today: an expected birth must lie within the next nine months.
        LocalDate discussed = TestClock.today().minusDays(40).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        LocalDate icpc = discussed.plusDays(18);
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        long childId = json(postJson(sw, "/api/v1/people", """
                {"kind":"UNBORN","givenNames":"Baby","familyName":"Protectunborn","expectedDateOfBirth":"%s",
                 "sex":"UNKNOWN"}""".formatted(TestClock.today().plusDays(60))).andExpect(status().isCreated()))
                .get("id").asLong();
        long plan = json(postJson(chair, "/api/v1/conferences",
                icpc(enquiry(sw, childId, discussed.toString(), discussed.toString()), icpc.toString(), "NEG"))
                .andExpect(status().isCreated())).get("planId").asLong();
        getJson(sw, "/api/v1/cp-plans/" + plan)
                .andExpect(jsonPath("$.startsAtBirth").value(true))
                .andExpect(jsonPath("$.startDate").doesNotExist())
                .andExpect(jsonPath("$.icpcDate").value(icpc.toString()))
                .andExpect(jsonPath("$.nextReviewDue").value(icpc.plusMonths(3).toString()));
    }

    @Test
    void aChildInNeedPlanHasTypedStartAndEndDatesAndOnlyOneIsOpen() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        long plan = createdId(postJson(sw, "/api/v1/cin-plans", "{\"childId\":%d,\"startDate\":\"2026-04-01\"}"
                .formatted(childId)));
        postJson(sw, "/api/v1/cin-plans", "{\"childId\":%d,\"startDate\":\"2026-05-01\"}".formatted(childId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("childId"));
        postJson(sw, "/api/v1/cin-plans/" + plan + "/end", "{\"endDate\":\"2026-03-01\",\"reason\":\"Needs met\"}")
                .andExpect(status().isBadRequest());
        postJson(sw, "/api/v1/cin-plans/" + plan + "/end", "{\"endDate\":\"1 October 2026\",\"reason\":\"Needs met\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be a real date as text, like 2026-12-07"));
        postJson(sw, "/api/v1/cin-plans/" + plan + "/end", "{\"endDate\":\"2026-10-01\",\"reason\":\"Needs met\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").value("2026-10-01"));
        getJson(sw, "/api/v1/cin-plans?childId=" + childId)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].startDate").value("2026-04-01"));
    }
}
