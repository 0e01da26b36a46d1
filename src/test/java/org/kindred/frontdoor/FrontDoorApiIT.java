package org.kindred.frontdoor;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.kindred.shared.time.UkTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The front door through the API alone: contact, decision, referral, re-referral; refusals change nothing. */
class FrontDoorApiIT extends DatabaseIT {
    private static final String NEW_CHILD = """
            {"child":{"givenNames":"Ivy","familyName":"Frontdoor","dateOfBirth":"2018-06-01","sex":"FEMALE"},
             "source":"2A","receivedAt":"%s","worry":"Bruises seen at school","consent":"GIVEN","urgent":false}""";
    private static final String KNOWN_CHILD = """
            {"childId":%d,"source":"6","receivedAt":"%s","worry":"Police attended a domestic incident",
             "consent":"NOT_SOUGHT_SAFEGUARDING","attachments":"Police notification PN-123"}""";

    @Autowired
    AuditTrail audit;

    private static String daysAgo(int days) {
        return ZonedDateTime.now(TestClock.CLOCK).minusDays(days).withNano(0).toOffsetDateTime().toString();
    }

    private static String referral(LocalDate date) {
        return """
                {"decision":"REFERRAL","reason":"Threshold for assessment met","referralDate":"%s","primaryNeed":"N1"}"""
                .formatted(date);
    }

    @Test
    void aSecondReferralWithinTwelveMonthsIsAReReferral() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER);
        String token = Api.token(mvc, worker);
        LocalDate firstDate = TestClock.today().minusDays(40);

        JsonNode first = json(postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(40)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("2A"))
                .andExpect(jsonPath("$.childName").value("Ivy Frontdoor"))
                .andExpect(jsonPath("$.decisionDue").exists()));
        long contactId = first.get("id").asLong();
        long childId = first.get("childId").asLong();

        JsonNode decided = json(postJson(token, "/api/v1/contacts/" + contactId + "/decision", referral(firstDate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("REFERRAL"))
                .andExpect(jsonPath("$.decidedBy").value(worker)));
        long referralId = decided.get("referralId").asLong();
        getJson(token, "/api/v1/referrals/" + referralId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reReferral").value(false))
                .andExpect(jsonPath("$.childId").value(childId))
                .andExpect(jsonPath("$.primaryNeed").value("N1"))
                .andExpect(jsonPath("$.source").value("2A"))
                .andExpect(jsonPath("$.assessmentDue").value(AssessmentDue.from(firstDate).toString()));

        JsonNode second = json(postJson(token, "/api/v1/contacts", KNOWN_CHILD.formatted(childId, daysAgo(10)))
                .andExpect(status().isCreated()));
        long secondContact = second.get("id").asLong();
        JsonNode secondDecided = json(postJson(token, "/api/v1/contacts/" + secondContact + "/decision",
                referral(firstDate.plusDays(30))).andExpect(status().isOk()));
        getJson(token, "/api/v1/referrals/" + secondDecided.get("referralId").asLong())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reReferral").value(true))
                .andExpect(jsonPath("$.source").value("6"));

        getJson(token, "/api/v1/referrals?childId=" + childId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].reReferral").value(true))
                .andExpect(jsonPath("$[1].reReferral").value(false));

        var contactTrail = audit.search(new AuditQuery(worker, "contact", Long.toString(contactId), null, null, 20));
        assertThat(contactTrail).extracting(e -> e.action()).contains("CREATE", "DECIDE");
        var referralTrail = audit.search(new AuditQuery(worker, "referral", Long.toString(referralId), null, null, 20));
        assertThat(referralTrail).extracting(e -> e.action()).contains("CREATE", "VIEW");
    }

    @Test
    void rolesThatMayNotDecideAreRefusedAndNothingChanges() throws Exception {
        String recorder = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        long contactId = createdId(postJson(recorder, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(0))));
        for (Role role : new Role[] {Role.SOCIAL_WORKER, Role.PERFORMANCE_ANALYST}) {
            String token = Api.token(mvc, user(role));
            postJson(token, "/api/v1/contacts/" + contactId + "/decision", referral(TestClock.today()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        getJson(recorder, "/api/v1/contacts/" + contactId)
                .andExpect(jsonPath("$.decision").doesNotExist())
                .andExpect(jsonPath("$.referralId").doesNotExist());
        String manager = Api.token(mvc, user(Role.TEAM_MANAGER));
        postJson(manager, "/api/v1/contacts/" + contactId + "/decision", "{\"decision\":\"EARLY_HELP\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("EARLY_HELP"));
    }

    @Test
    void aSecondDecisionIsAFieldErrorAndChangesNothing() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        long contactId = json(postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(1)))).get("id").asLong();
        postJson(token, "/api/v1/contacts/" + contactId + "/decision", "{\"decision\":\"INFORMATION_AND_ADVICE\"}")
                .andExpect(status().isOk());
        postJson(token, "/api/v1/contacts/" + contactId + "/decision", referral(TestClock.today()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        getJson(token, "/api/v1/contacts/" + contactId)
                .andExpect(jsonPath("$.decision").value("INFORMATION_AND_ADVICE"))
                .andExpect(jsonPath("$.referralId").doesNotExist());
    }

    @Test
    void aDateThatIsNotOneIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        int before = json(getJson(token, "/api/v1/contacts")).size();
        postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(1)).replace("2018-06-01", "2018-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("child.dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be a real date as text, like 2026-12-07"));
        postJson(token, "/api/v1/contacts", NEW_CHILD.formatted("yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        assertThat(json(getJson(token, "/api/v1/contacts")).size()).isEqualTo(before);

        ZonedDateTime yesterday = ZonedDateTime.now(TestClock.CLOCK.withZone(UkTime.ZONE)).minusDays(1).withSecond(0)
                .withNano(0);
        JsonNode contact = json(postJson(token, "/api/v1/contacts",
                NEW_CHILD.formatted(yesterday.toLocalDateTime())).andExpect(status().isCreated()));
        assertThat(Instant.parse(contact.get("receivedAt").asString())).as("UK local time is still taken")
                .isEqualTo(yesterday.toInstant());
        postJson(token, "/api/v1/contacts/" + contact.get("id").asLong() + "/decision",
                "{\"decision\":\"REFERRAL\",\"referralDate\":\"2026-13-01\",\"primaryNeed\":\"N1\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("referralDate"));
        getJson(token, "/api/v1/contacts/" + contact.get("id").asLong())
                .andExpect(jsonPath("$.decision").doesNotExist());
    }

    @Test
    void futureDatesAndMissingFieldsAreFieldErrorsAndChangeNothing() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        String tomorrow = ZonedDateTime.now(TestClock.CLOCK).plusDays(1).toOffsetDateTime().toString();
        int before = json(getJson(token, "/api/v1/contacts")).size();

        postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(tomorrow))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(1)).replace("\"worry\":\"Bruises seen at school\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("worry"));
        postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(1)).replace("\"sex\":\"FEMALE\"", "\"sex\":\"\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("child.sex"));
        assertThat(json(getJson(token, "/api/v1/contacts")).size()).isEqualTo(before);

        long contactId = json(postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(1)))).get("id").asLong();
        postJson(token, "/api/v1/contacts/" + contactId + "/decision",
                referral(TestClock.today().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralDate"));
        postJson(token, "/api/v1/contacts/" + contactId + "/decision",
                "{\"decision\":\"REFERRAL\",\"referralDate\":\"" + TestClock.today() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("primaryNeed"));
        postJson(token, "/api/v1/contacts/" + contactId + "/decision", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        getJson(token, "/api/v1/contacts/" + contactId)
                .andExpect(jsonPath("$.decision").doesNotExist())
                .andExpect(jsonPath("$.referralId").doesNotExist());
    }

    @Test
    void theQueueShowsOpenContactsUrgentFirst() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        long urgent = json(postJson(token, "/api/v1/contacts",
                NEW_CHILD.formatted(daysAgo(0)).replace("\"urgent\":false", "\"urgent\":true"))).get("id").asLong();
        JsonNode queue = json(getJson(token, "/api/v1/contacts").andExpect(status().isOk()));
        assertThat(queue.get(0).get("id").asLong()).isEqualTo(urgent);
    }

    @Test
    void anAssessmentStartsFromTheReferralWithItsDueDateAndOverdueFlag() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        String social = user(Role.SOCIAL_WORKER);
        LocalDate longAgo = TestClock.today().minusDays(100);
        long contactId = json(postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(100)))).get("id").asLong();
        long referralId = json(postJson(token, "/api/v1/contacts/" + contactId + "/decision", referral(longAgo)))
                .get("referralId").asLong();
        String path = "/api/v1/referrals/" + referralId + "/assessment";

        postJson(token, path, "{\"startDate\":\"" + longAgo + "\",\"worker\":\"nobody-such\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("worker"));
        postJson(token, path, "{\"startDate\":\"" + longAgo.minusDays(1) + "\",\"worker\":\"" + social + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
        getJson(token, path).andExpect(status().isNotFound());

        postJson(token, path, "{\"startDate\":\"" + longAgo.plusDays(2) + "\",\"worker\":\"" + social + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.worker").value(social))
                .andExpect(jsonPath("$.due").value(AssessmentDue.from(longAgo).toString()))
                .andExpect(jsonPath("$.overdue").value(true));
        getJson(token, path).andExpect(status().isOk()).andExpect(jsonPath("$.referralId").value(referralId));
        postJson(token, path, "{\"startDate\":\"" + longAgo.plusDays(2) + "\",\"worker\":\"" + social + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
    }

    @Test
    void noFurtherActionOnAnUrgentContactWaitsForATeamManager() throws Exception {
        String worker = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        String urgent = NEW_CHILD.formatted(daysAgo(0)).replace("\"urgent\":false", "\"urgent\":true");
        long contactId = json(postJson(worker, "/api/v1/contacts", urgent)).get("id").asLong();
        String authorisation = "/api/v1/contacts/" + contactId + "/authorisation";
        postJson(worker, authorisation, "").andExpect(status().isForbidden());
        String managerName = user(Role.TEAM_MANAGER);
        String manager = Api.token(mvc, managerName);
        postJson(manager, authorisation, "")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));

        postJson(worker, "/api/v1/contacts/" + contactId + "/decision", "{\"decision\":\"NO_FURTHER_ACTION\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needsAuthorisation").value(true))
                .andExpect(jsonPath("$.authorisedBy").doesNotExist());
        for (Role role : new Role[] {Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER}) {
            postJson(Api.token(mvc, user(role)), authorisation, "").andExpect(status().isForbidden());
        }
        postJson(manager, authorisation, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorisedBy").value(managerName));
        postJson(manager, authorisation, "")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        assertThat(audit.search(new AuditQuery(managerName, "contact", Long.toString(contactId), null, null, 20)))
                .extracting(e -> e.action()).contains("AUTHORISE");

        long second = json(postJson(worker, "/api/v1/contacts", urgent)).get("id").asLong();
        postJson(manager, "/api/v1/contacts/" + second + "/decision", "{\"decision\":\"NO_FURTHER_ACTION\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needsAuthorisation").value(true))
                .andExpect(jsonPath("$.authorisedBy").value(managerName));
    }

    @Test
    void informationRequestedFromPartnersIsRecordedWithTheAnswer() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        long contactId = json(postJson(token, "/api/v1/contacts", NEW_CHILD.formatted(daysAgo(0)))).get("id").asLong();
        String path = "/api/v1/contacts/" + contactId + "/information-requests";
        postJson(token, path, "{\"agency\":\"Kingsford Primary\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("question"));
        postJson(Api.token(mvc, user(Role.SOCIAL_WORKER)), path, "{\"agency\":\"GP\",\"question\":\"Attendance?\"}")
                .andExpect(status().isForbidden());
        long requestId = createdId(postJson(token, path, "{\"agency\":\"Kingsford Primary\",\"question\":\"Attendance this term?\"}"));
        postJson(token, path + "/" + requestId + "/response", "{\"response\":\"92%, two late marks\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.response").value("92%, two late marks"));
        postJson(token, path + "/" + requestId + "/response", "{\"response\":\"again\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("response"));
        getJson(token, path).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].agency").value("Kingsford Primary"))
                .andExpect(jsonPath("$[0].respondedAt").exists());
    }

    @Test
    void theOpenApiDocumentDescribesTheFrontDoor() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        getJson(token, "/api/v1/openapi.json")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/contacts']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contacts/{id}/decision']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/{id}']").exists());
    }
}
