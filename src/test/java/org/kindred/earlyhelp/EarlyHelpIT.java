package org.kindred.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.returns.annexa.AnnexAContributor;
import org.kindred.returns.annexa.AnnexAList;
import org.kindred.returns.annexa.AnnexAReport;
import org.kindred.returns.annexa.AnnexARows;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 through the API and the pages: a front-door decision steps a family down, the lead professional
 * completes the assessment and refers the teenager to MST, the referral runs to its end and shows in the outcomes;
 * a step-up makes a front-door contact with the history; bad input names its field; restricted children vanish.
 */
class EarlyHelpIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<AnnexAContributor> contributors;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletRequestBuilder json(String token, String path, String body) {
        return post(path).header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode read(String token, String path) throws Exception {
        return Api.JSON.readTree(mvc.perform(get(path).header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long contact(String token, String family, LocalDate born) throws Exception {
        String body = mvc.perform(json(token, "/api/v1/contacts", """
                        {"child":{"givenNames":"Kai","familyName":"%s","dateOfBirth":"%s","sex":"MALE"},
                         "source":"2A","receivedAt":"%s","worry":"Not in school for three weeks, fights at home","consent":"GIVEN"}"""
                        .formatted(family, born, java.time.ZonedDateTime.now(TestClock.CLOCK).minusHours(2).withNano(0).toOffsetDateTime())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    private long stepDown(String token, long contact) throws Exception {
        mvc.perform(json(token, "/api/v1/contacts/" + contact + "/decision",
                "{\"decision\":\"EARLY_HELP\",\"reason\":\"Family agree to early help\"}")).andExpect(status().isOk());
        return jdbc.sql("select id from early_help_episode where from_contact_id = ?").params(contact)
                .query(Long.class).single();
    }

    private void page(MockHttpSession s, String path, Map<String, String> form) throws Exception {
        var req = post(path).session(s).with(csrf());
        form.forEach(req::param);
        mvc.perform(req).andExpect(status().is3xxRedirection());
    }

    private JsonNode step(String token, long referral, String body) throws Exception {
        return Api.JSON.readTree(mvc.perform(json(token, "/api/v1/interventions/referrals/" + referral + "/steps", body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aSteppedDownTeenagerGoesThroughMstAndShowsInTheOutcomesAndAnnexA() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        long contact = contact(token, "Stepdownley", TODAY.minusYears(14));
        long episode = stepDown(token, contact);

        JsonNode e = read(token, "/api/v1/early-help/episodes/" + episode);
        assertThat(e.get("fromContactId").asLong()).isEqualTo(contact);
        assertThat(e.get("information").asText()).contains("Not in school for three weeks", "Family agree to early help");
        assertThat(e.get("familyName").asText()).isEqualTo("Stepdownley");
        long child = e.get("childId").asLong();
        assertThat(e.get("members").get(0).get("personId").asLong()).isEqualTo(child);
        assertThat(LocalDate.parse(e.get("assessmentDue").asText())).isAfter(TODAY.plusDays(45 + 8));

        MockHttpSession s = login(worker);
        page(s, "/early-help/episodes/" + episode + "/lead", Map.of("leadProfessional", "Ms Ada Reed", "leadAgency", "SCHOOL"));
        page(s, "/early-help/episodes/" + episode + "/assessment", Map.of("summary", "Attendance and anger at home"));
        page(s, "/early-help/episodes/" + episode + "/review", Map.of("heldOnDay", "" + TODAY.getDayOfMonth(),
                "heldOnMonth", "" + TODAY.getMonthValue(), "heldOnYear", "" + TODAY.getYear(), "attendees", "Mum, Kai, school",
                "reviewSummary", "MST to be asked"));
        assertThat(read(token, "/api/v1/early-help/episodes/" + episode).get("assessmentCompletedOn").asText())
                .isEqualTo(TODAY.toString());

        String referral = mvc.perform(json(token, "/api/v1/interventions/MST/referrals", """
                        {"childId":%d,"source":"EARLY_HELP","episodeId":%d,"reason":"Violence at home, out of school"}"""
                        .formatted(child, episode)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ref = Api.JSON.readTree(referral).get("id").asLong();
        step(token, ref, "{\"step\":\"ACCEPT\"}");
        JsonNode waiting = read(token, "/api/v1/interventions/MST/waiting-list");
        assertThat(waiting.findValues("referralId").stream().map(JsonNode::asLong).toList()).contains(ref);
        assertThat(mvc.perform(get("/children/" + child).session(s)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Early help", "Ms Ada Reed, School", "Multisystemic therapy", "Waiting since");
        step(token, ref, "{\"step\":\"START\"}");
        JsonNode ended = step(token, ref, """
                {"step":"END","reason":"COMPLETED","livingAtHome":true,"inEducation":true,"noNewOffences":true}""");
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");

        JsonNode outcomes = read(token, "/api/v1/interventions/MST/outcomes?from=" + TODAY.minusDays(7) + "&to=" + TODAY);
        assertThat(outcomes.get("flow").get("ended").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(outcomes.get("people").findValues("childId").stream().map(JsonNode::asLong).toList()).contains(child);
        String html = mvc.perform(get("/interventions/MST/outcomes").session(s)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kai Stepdownley", "<svg", "Comparison (declined or withdrew)");
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and record_type = 'early_help_episode' and action = 'VIEW'")
                .params(worker).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        actAs(user(Role.PERFORMANCE_ANALYST));
        AnnexARows rows = new AnnexAReport(contributors).build(TODAY.minusMonths(6), TODAY);
        assertThat(rows.of(AnnexAList.LIST_2)).anySatisfy(r -> {
            assertThat(r.get("Child Unique ID")).isEqualTo(Long.toString(child));
            assertThat(r.get("Assessment start date")).isEqualTo(TODAY);
            assertThat(r.get("Assessment completion date")).isEqualTo(TODAY);
            assertThat(r.get("Organisation completing assessment")).isEqualTo("School");
        });
    }

    @Test
    void aStepUpBecomesAFrontDoorContactCarryingTheHistory() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        long episode = stepDown(token, contact(token, "Stepupton", TODAY.minusYears(8)));
        MockHttpSession s = login(worker);
        page(s, "/early-help/episodes/" + episode + "/goal", Map.of("goal", "Calm mornings before school"));
        page(s, "/early-help/episodes/" + episode + "/step-up", Map.of("stepUpReason", "Bruising seen by the school nurse"));
        JsonNode e = read(token, "/api/v1/early-help/episodes/" + episode);
        assertThat(e.get("closureReason").asText()).isEqualTo("STEPPED_UP");
        JsonNode c = read(token, "/api/v1/contacts/" + e.get("steppedUpContactId").asLong());
        assertThat(c.get("source").asText()).isEqualTo("5D");
        assertThat(c.get("childId").asLong()).isEqualTo(e.get("childId").asLong());
        assertThat(c.get("worry").asText()).contains("Bruising seen by the school nurse");
        assertThat(c.get("attachments").asText()).contains("Early help episode " + episode, "Calm mornings before school",
                "Not in school for three weeks");
    }

    @Test
    void aFamilyGroupConferenceReferredInProtectionIsTheCataloguesFgcReferralToo() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        long episode = stepDown(token, contact(token, "Confero", TODAY.minusYears(9)));
        long child = read(token, "/api/v1/early-help/episodes/" + episode).get("childId").asLong();
        String outcomesPath = "/api/v1/interventions/FGC/outcomes?from=" + TODAY.minusDays(7) + "&to=" + TODAY;
        int endedBefore = read(token, outcomesPath).get("flow").get("ended").asInt();

        long fgc = Api.JSON.readTree(mvc.perform(json(token, "/api/v1/family-group-conferences", """
                        {"childId":%d,"referredOn":"%s","reason":"Wider family to plan for the children"}"""
                        .formatted(child, TODAY))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        JsonNode waiting = read(token, "/api/v1/interventions/FGC/waiting-list");
        JsonNode mirrored = java.util.stream.StreamSupport.stream(waiting.spliterator(), false)
                .filter(w -> w.path("childId").asLong() == child).findFirst().orElseThrow();
        long ref = mirrored.get("referralId").asLong();
        JsonNode r = read(token, "/api/v1/interventions/referrals/" + ref);
        assertThat(r.get("protectionFgcId").asLong()).isEqualTo(fgc);
        assertThat(r.get("reason").asText()).isEqualTo("Wider family to plan for the children");
        assertThat(r.get("source").asText()).isEqualTo("CIN_PLAN");
        // One record: its steps are protection's, refused here naming the field.
        mvc.perform(json(token, "/api/v1/interventions/referrals/" + ref + "/steps", "{\"step\":\"START\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("step"));
        assertThat(mvc.perform(get("/interventions/referrals/" + ref).session(login(worker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Referred in child protection")
                .doesNotContain("Next step");

        mvc.perform(json(token, "/api/v1/family-group-conferences/" + fgc + "/outcome",
                "{\"outcome\":\"PLAN_AGREED\",\"outcomeOn\":\"%s\"}".formatted(TODAY))).andExpect(status().isOk());
        r = read(token, "/api/v1/interventions/referrals/" + ref);
        assertThat(r.get("status").asText()).isEqualTo("ENDED");
        assertThat(r.get("statusReason").asText()).isEqualTo("COMPLETED");
        assertThat(r.get("endedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(jdbc.sql("select count(*) from intervention_referral where protection_fgc_id = ?").params(fgc)
                .query(Long.class).single()).isEqualTo(1);
        // The outcomes kept between requests were forgotten when protection's outcome committed.
        assertThat(read(token, outcomesPath).get("flow").get("ended").asInt()).isEqualTo(endedBefore + 1);
    }

    @Test
    void edgeOfCareEndsWithItsOwnMeasuresLivingAtHomeAndGoalScores() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER));
        long episode = stepDown(token, contact(token, "Edgecombe", TODAY.minusYears(12)));
        long child = read(token, "/api/v1/early-help/episodes/" + episode).get("childId").asLong();
        long ref = Api.JSON.readTree(mvc.perform(json(token, "/api/v1/interventions/EDGE-OF-CARE/referrals", """
                        {"childId":%d,"source":"EARLY_HELP","episodeId":%d,"reason":"Parents say they cannot cope"}"""
                        .formatted(child, episode))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        step(token, ref, "{\"step\":\"ACCEPT\"}");
        step(token, ref, "{\"step\":\"START\"}");
        mvc.perform(json(token, "/api/v1/interventions/referrals/" + ref + "/steps",
                        "{\"step\":\"END\",\"reason\":\"COMPLETED\",\"goalScoreStart\":3,\"goalScoreEnd\":8}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("livingAtHome"));
        JsonNode ended = step(token, ref, """
                {"step":"END","reason":"COMPLETED","livingAtHome":true,"goalScoreStart":3,"goalScoreEnd":8,"inEducation":true}""");
        assertThat(ended.get("livingAtHome").asBoolean()).isTrue();
        assertThat(ended.get("goalScoreEnd").asInt()).isEqualTo(8);
        assertThat(ended.path("inEducation").isMissingNode() || ended.path("inEducation").isNull())
                .as("MST's own measure, not edge of care's").isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER, Role.FRONT_DOOR_WORKER));
        mvc.perform(json(token, "/api/v1/early-help/episodes", "{\"leadAgency\":\"CIRCUS\",\"startedOn\":\"2026-01-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("childId", "leadAgency")));
        // Jackson reads the date before the service runs, so a date that is not one is refused alone, naming it
        mvc.perform(json(token, "/api/v1/early-help/episodes", "{\"leadAgency\":\"CIRCUS\",\"startedOn\":\"2026-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        long episode = stepDown(token, contact(token, "Youngling", TODAY.minusYears(5)));
        long child = read(token, "/api/v1/early-help/episodes/" + episode).get("childId").asLong();
        mvc.perform(json(token, "/api/v1/interventions/MST/referrals",
                        "{\"childId\":%d,\"source\":\"EARLY_HELP\",\"episodeId\":%d,\"reason\":\"x\"}".formatted(child, episode)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("childId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("aged 11 to 17")));
        mvc.perform(json(token, "/api/v1/interventions/NOPE/referrals", "{}")).andExpect(status().isNotFound());
        String fgc = mvc.perform(json(token, "/api/v1/interventions/FGC/referrals",
                        "{\"childId\":%d,\"source\":\"EARLY_HELP\",\"episodeId\":%d,\"reason\":\"Family plan\"}".formatted(child, episode)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ref = Api.JSON.readTree(fgc).get("id").asLong();
        mvc.perform(json(token, "/api/v1/interventions/referrals/" + ref + "/steps", "{\"step\":\"END\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("step"));
        mvc.perform(json(token, "/api/v1/interventions/referrals/" + ref + "/steps", "{\"step\":\"DECLINE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/interventions/FGC/outcomes?from=yesterday").header("Authorization", Api.bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        String page = mvc.perform(post("/early-help/episodes/" + episode + "/review").session(login(user(Role.SOCIAL_WORKER)))
                        .with(csrf()).param("attendees", "Dad"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter the date of the meeting", "value=\"Dad\"");
        // A close date left out means today; one mistyped is refused, never recorded as today.
        String close = mvc.perform(post("/early-help/episodes/" + episode + "/close").session(login(user(Role.SOCIAL_WORKER)))
                        .with(csrf()).param("closureReason", "NEEDS_MET").param("closedOnDay", "30")
                        .param("closedOnMonth", "2").param("closedOnYear", "" + TODAY.getYear()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(close).contains("There is a problem", "Date closed must be a real date");
        assertThat(jdbc.sql("select closed_on is null from early_help_episode where id = ?").params(episode)
                .query(Boolean.class).single()).as("still open").isTrue();
    }

    @Test
    void aRestrictedChildsEpisodeAndReferralsAreInvisible() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        long episode = stepDown(token, contact(token, "Hushworth", TODAY.minusYears(13)));
        long child = read(token, "/api/v1/early-help/episodes/" + episode).get("childId").asLong();
        long ref = Api.JSON.readTree(mvc.perform(json(token, "/api/v1/interventions/MST/referrals",
                        "{\"childId\":%d,\"source\":\"EARLY_HELP\",\"episodeId\":%d,\"reason\":\"x\"}".formatted(child, episode)))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        step(token, ref, "{\"step\":\"ACCEPT\"}");
        mvc.perform(post("/children/" + child + "/restriction").session(login(user(Role.ADMINISTRATOR))).with(csrf())
                .param("reason", "Witness protection"));
        String other = Api.token(mvc, user(Role.SOCIAL_WORKER));
        mvc.perform(get("/api/v1/early-help/episodes/" + episode).header("Authorization", Api.bearer(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/interventions/referrals/" + ref).header("Authorization", Api.bearer(other)))
                .andExpect(status().isNotFound());
        assertThat(read(other, "/api/v1/early-help/episodes").findValues("id").stream().map(JsonNode::asLong).toList())
                .doesNotContain(episode);
        assertThat(read(other, "/api/v1/interventions/MST/waiting-list").findValues("referralId").stream()
                .map(JsonNode::asLong).toList()).doesNotContain(ref);
    }
}
