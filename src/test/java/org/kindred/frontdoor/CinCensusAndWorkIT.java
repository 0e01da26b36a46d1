package org.kindred.frontdoor;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.returns.export.ReturnSource;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The front door's CIN census rows, and its work items and open work for "My work". */
class CinCensusAndWorkIT extends DatabaseIT {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    @Autowired
    List<ReturnSource> contributors;
    @Autowired
    List<WorkItemSource> workSources;
    @Autowired
    List<OpenWorkSource> openWork;

    @Test
    void aReferralClosedAfterAssessmentIsOneCinEpisodeWithItsAssessmentAndLeavesTheWorkLists() throws Exception {
        String token = Api.token(mvc, user(Role.TEAM_MANAGER));
        String social = user(Role.SOCIAL_WORKER);
        LocalDate referred = TestClock.today().minusDays(20);
        String received = ZonedDateTime.now(TestClock.CLOCK).minusDays(20).withNano(0).toOffsetDateTime().toString();
        JsonNode contact = json(postJson(token, "/api/v1/contacts", """
                {"child":{"givenNames":"Cora","familyName":"Census","dateOfBirth":"2015-09-09","sex":"FEMALE"},
                 "source":"3A","receivedAt":"%s","worry":"GP worried","consent":"GIVEN"}""".formatted(received)));
        long child = contact.get("childId").asLong();
        long referral = json(postJson(token, "/api/v1/contacts/" + contact.get("id").asLong() + "/decision", """
                {"decision":"REFERRAL","referralDate":"%s","primaryNeed":"N4"}""".formatted(referred)))
                .get("referralId").asLong();
        assertThat(open(child)).extracting(WorkItem::what).containsExactly("Referral awaiting a single assessment");

        String base = "/api/v1/referrals/" + referral + "/assessment";
        postJson(token, base, "{\"startDate\":\"" + referred + "\",\"worker\":\"" + social + "\"}")
                .andExpect(status().isCreated());
        assertThat(due(child)).extracting(WorkItem::what).containsExactly("Complete the single assessment");
        assertThat(due(child).get(0).due()).isEqualTo(AssessmentDue.from(referred));
        LocalDate done = referred.plusDays(10);
        postJson(token, base + "/outcome", "{\"factors\":[\"2B\",\"3B\"],\"outcome\":\"NO_FURTHER_ACTION\",\"completedOn\":\""
                + done + "\"}").andExpect(status().isOk());
        postJson(token, base + "/authorisation", "{\"authorisedOn\":\"" + done + "\"}").andExpect(status().isOk());
        assertThat(due(child)).isEmpty();
        assertThat(open(child)).isEmpty();

        int year = done.getMonthValue() >= 4 ? done.getYear() + 1 : done.getYear();
        List<Map<String, String>> cin = new ArrayList<>();
        List<Map<String, String>> assessments = new ArrayList<>();
        contributors.stream().filter(c -> c.kind() == org.kindred.returns.validation.ReturnKind.CIN).forEach(c -> c.fill(year, (t, row) -> {
            if (!Long.toString(child).equals(row.get("LAchildID"))) return;
            (t.equals("CINdetails") ? cin : assessments).add(row);
        }));
        assertThat(cin).hasSize(1);
        assertThat(cin.get(0)).containsEntry("CINdetailsID", Long.toString(referral))
                .containsEntry("CINreferralDate", DAY.format(referred)).containsEntry("ReferralSource", "3A")
                .containsEntry("PrimaryNeedCode", "N4").containsEntry("ReferralNFA", "0")
                .containsEntry("CINclosureDate", DAY.format(done)).containsEntry("ReasonForClosure", "RC8");
        assertThat(assessments).hasSize(1);
        assertThat(assessments.get(0)).containsEntry("AssessmentActualStartDate", DAY.format(referred))
                .containsEntry("AssessmentAuthorisationDate", DAY.format(done))
                .containsEntry("AssessmentFactors", "2B,3B");

        List<String> nextYear = new ArrayList<>();
        contributors.stream().filter(c -> c.kind() == org.kindred.returns.validation.ReturnKind.CIN).forEach(c -> c.fill(year + 1,
                (t, row) -> { if (Long.toString(child).equals(row.get("LAchildID"))) nextYear.add(t); }));
        assertThat(nextYear).as("closed before the next collection year began").isEmpty();
    }

    private List<WorkItem> due(long child) {
        return workSources.stream().flatMap(s -> s.dueFor(List.of(child), TestClock.today().plusDays(100)).stream()).toList();
    }

    private List<WorkItem> open(long child) {
        return openWork.stream().flatMap(s -> s.openWork(TestClock.today()).stream())
                .filter(i -> i.childId() == child).toList();
    }
}
