package org.kindred.protection;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Visits, what is due ("My work" beans and the manager's view, which only managers, chairs and administrators see),
 * Signs of Safety and family group conferences, child in need reviews and endings, and the ICPC clock's start.
 */
@org.springframework.test.context.event.RecordApplicationEvents
class ProtectionWorkIT extends DatabaseIT {
    private static final String CHILD = """
            {"kind":"CHILD","givenNames":"Rowan","familyName":"Protectwork","dateOfBirth":"2019-02-03","sex":"MALE"}""";
    private static final String DISCUSSION = """
            {"childId":%d,"heldOn":"%s","route":"OPEN_CASE","agencies":"Police, school",
             "information":"Bruising seen at school","decision":"SECTION_47"}""";

    @Autowired
    AuditTrail audit;
    @Autowired
    List<WorkItemSource> workSources;
    @Autowired
    List<OpenWorkSource> openWork;
    @Autowired
    List<org.kindred.returns.export.ReturnSource> contributors;
    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    private long child(String token) throws Exception {
        return createdId(postJson(token, "/api/v1/people", CHILD));
    }

    private long discussion(String token, long childId, String on) throws Exception {
        return createdId(postJson(token, "/api/v1/strategy-discussions", DISCUSSION.formatted(childId, on)));
    }

    private long enquiry(String token, long sd, String start) throws Exception {
        return createdId(postJson(token, "/api/v1/section47-enquiries",
                "{\"strategyDiscussionId\":%d,\"startDate\":\"%s\"}".formatted(sd, start)));
    }

    /** An initial conference making a plan; returns the conference. */
    private JsonNode icpc(String chair, long s47, String on) throws Exception {
        return json(postJson(chair, "/api/v1/conferences", """
                {"type":"INITIAL","section47Id":%d,"heldOn":"%s","chair":"Pat Chair","attendees":"Mother, school",
                 "decision":"PLAN","category":"NEG"}""".formatted(s47, on)).andExpect(status().isCreated()));
    }

    private List<WorkItem> due(long childId, LocalDate horizon) {
        return workSources.stream().flatMap(s -> s.dueFor(List.of(childId), horizon).stream()).toList();
    }

    @Test
    void visitsAndWhatIsDueForAChildOnAPlan() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String sw = Api.token(mvc, worker);
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        long childId = child(sw);
        long s47 = enquiry(sw, discussion(sw, childId, "2026-08-25"), "2026-08-25");
        long planId = icpc(chair, s47, "2026-09-01").get("planId").asLong();

        long visit = json(postJson(sw, "/api/v1/cp-plans/" + planId + "/visits",
                "{\"visitedOn\":\"2026-09-08\",\"seen\":\"true\",\"seenAlone\":\"true\",\"visitedBy\":\"Sam Hughes\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.seenAlone").value(true))).get("id").asLong();
        postJson(sw, "/api/v1/cp-plans/" + planId + "/visits",
                "{\"visitedOn\":\"2026-09-10\",\"seen\":\"false\",\"seenAlone\":\"true\",\"visitedBy\":\"Sam Hughes\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("seenAlone"));
        getJson(sw, "/api/v1/cp-plans/" + planId + "/visits").andExpect(jsonPath("$.length()").value(1));
        assertThat(audit.search(new AuditQuery(worker, "cp_visit", Long.toString(visit), null, null, 5))).isNotEmpty();
        assertThat(events.stream(org.kindred.shared.chronology.ChronologyEntry.class).filter(e -> e.childId() == childId))
                .extracting(org.kindred.shared.chronology.ChronologyEntry::category)
                .contains("Strategy discussion", "Section 47 enquiry", "Conference", "Child protection plan", "Visit");

        List<WorkItem> items = due(childId, LocalDate.of(2026, 12, 31));
        assertThat(items).extracting(WorkItem::what, WorkItem::due).contains(
                org.assertj.core.groups.Tuple.tuple("Review child protection conference", LocalDate.of(2026, 12, 1)),
                org.assertj.core.groups.Tuple.tuple("Core group meeting", LocalDate.of(2026, 9, 15)),
                org.assertj.core.groups.Tuple.tuple("Visit to the child on a plan", LocalDate.of(2026, 9, 22)));
        assertThat(due(childId, LocalDate.of(2026, 9, 16))).extracting(WorkItem::what)
                .containsExactly("Core group meeting");
        assertThat(openWork.stream().flatMap(o -> o.openWork(TestClock.today()).stream())
                .filter(w -> w.childId() == childId)).extracting(WorkItem::what).containsExactly("Child protection plan");

        MockHttpSession manager = login(user(Role.TEAM_MANAGER));
        String page = mvc.perform(get("/protection/due").session(manager)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Conferences and core groups due", "Core group meeting", "Neglect");
        mvc.perform(get("/protection/due").session(login(worker))).andExpect(status().isForbidden());
        String child = mvc.perform(get("/children/" + childId + "/protection").session(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(child).contains("Status over time", "1 Sep 2026 to now", "Sam Hughes");
    }

    @Test
    void theIcpcClockRunsFromTheDiscussionThatStartedTheEnquiryNotALaterOne() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        long s47 = enquiry(sw, discussion(sw, childId, "2026-03-30"), "2026-03-31");
        discussion(sw, childId, "2026-04-08");
        getJson(sw, "/api/v1/section47-enquiries/" + s47).andExpect(jsonPath("$.icpcDue").value("2026-04-22"));
    }

    @Test
    void signsOfSafetyOnAConferenceAndAFamilyGroupConference() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String sw = Api.token(mvc, worker);
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        long childId = child(sw);
        long conference = icpc(chair, enquiry(sw, discussion(sw, childId, "2026-06-01"), "2026-06-01"), "2026-06-15")
                .get("id").asLong();
        String mapping = """
                {"conferenceId":%s,"assessmentId":%s,"mappedOn":"2026-06-15","worries":"Drinking at night",
                 "workingWell":"Grandmother visits daily","needsToHappen":"Safety plan with grandmother",
                 "dangerStatements":"We are worried that...","safetyGoals":"Sober carer every night","scaling":"%s"}""";
        postJson(sw, "/api/v1/signs-of-safety", mapping.formatted(conference, "null", "11"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scaling"));
        postJson(sw, "/api/v1/signs-of-safety", mapping.formatted("null", "null", "4"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attachTo"));
        getJson(sw, "/api/v1/signs-of-safety?childId=" + childId).andExpect(jsonPath("$.length()").value(0));
        long id = json(postJson(sw, "/api/v1/signs-of-safety", mapping.formatted(conference, "null", "4"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.childId").value(childId))
                .andExpect(jsonPath("$.scaling").value(4))).get("id").asLong();
        assertThat(audit.search(new AuditQuery(worker, "sos_mapping", Long.toString(id), null, null, 5))).isNotEmpty();

        long fgc = createdId(postJson(sw, "/api/v1/family-group-conferences",
                "{\"childId\":%d,\"referredOn\":\"2026-06-16\",\"reason\":\"Wider family can help\"}".formatted(childId)));
        postJson(sw, "/api/v1/family-group-conferences/" + fgc + "/outcome",
                "{\"outcome\":\"PLAN_AGREED\",\"outcomeOn\":\"2026-06-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcomeOn"));
        postJson(sw, "/api/v1/family-group-conferences/" + fgc + "/outcome",
                "{\"outcome\":\"PLAN_AGREED\",\"outcomeOn\":\"2026-07-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("PLAN_AGREED"));
    }

    @Test
    void aChildInNeedPlanIsReviewedAndEndsWithAReason() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        long plan = json(postJson(sw, "/api/v1/cin-plans", "{\"childId\":%d,\"startDate\":\"2026-04-01\"}"
                .formatted(childId)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextReviewDue").value("2026-07-01"))).get("id").asLong();
        postJson(sw, "/api/v1/cin-plans/" + plan + "/reviews", "{\"heldOn\":\"2026-06-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviews[0]").value("2026-06-20"))
                .andExpect(jsonPath("$.nextReviewDue").value("2026-09-20"));
        postJson(sw, "/api/v1/cin-plans/" + plan + "/end", "{\"endDate\":\"2026-10-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(sw, "/api/v1/cin-plans/" + plan + "/end", "{\"endDate\":\"2026-10-01\",\"reason\":\"Needs met\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.endReason").value("Needs met"));
        MockHttpSession session = login(user(Role.SOCIAL_WORKER));
        assertThat(mvc.perform(get("/children/" + childId + "/cin-plans").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Child in need plans", "Needs met");
    }

    @Test
    void theCinCensusRowsOfAChildOnAPlan() throws Exception {
        String sw = Api.token(mvc, user(Role.SOCIAL_WORKER));
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        long childId = child(sw);
        icpc(chair, enquiry(sw, discussion(sw, childId, "2026-06-01"), "2026-06-01"), "2026-06-15");
        java.util.List<java.util.Map.Entry<String, java.util.Map<String, String>>> rows = new java.util.ArrayList<>();
        org.kindred.access.CurrentUser analyst = new org.kindred.access.CurrentUser(-1, "analyst-test", "Analyst",
                java.util.Set.of(Role.ADMINISTRATOR));
        org.kindred.access.KindredPrincipal principal = () -> analyst;
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                principal, null, "ROLE_ADMINISTRATOR"));
        try {
            contributors.stream().filter(c -> c.kind() == org.kindred.returns.validation.ReturnKind.CIN)
                    .forEach(c -> c.fill(2027, (table, row) -> rows.add(java.util.Map.entry(table, row))));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        var mine = rows.stream().filter(r -> r.getValue().get("LAchildID").equals(Long.toString(childId))).toList();
        assertThat(mine).extracting(java.util.Map.Entry::getKey).contains("Section47", "ChildProtectionPlans");
        var s47 = mine.stream().filter(r -> r.getKey().equals("Section47")).findFirst().orElseThrow().getValue();
        assertThat(s47).containsEntry("S47ActualStartDate", "01/06/2026").containsEntry("InitialCPCtarget", "22/06/2026")
                .containsEntry("DateOfInitialCPC", "15/06/2026").containsEntry("ICPCnotRequired", "0"); // the census codes yes/no 1/0
        var plan = mine.stream().filter(r -> r.getKey().equals("ChildProtectionPlans")).findFirst().orElseThrow()
                .getValue();
        assertThat(plan).containsEntry("CPPstartDate", "15/06/2026").containsEntry("InitialCategoryOfAbuse", "NEG")
                .containsEntry("NumberOfPreviousCPP", "0").containsEntry("CPPendDate", null);
    }
}
