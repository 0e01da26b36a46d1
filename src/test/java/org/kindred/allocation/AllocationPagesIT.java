package org.kindred.allocation;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.support.DatabaseIT;
import org.kindred.support.DateBoxes;
import org.kindred.support.TestWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** A manager allocates from the unallocated list; the worker's "My work" shows the child; a worker is refused. */
class AllocationPagesIT extends DatabaseIT {
    @Autowired
    TestWork testWork;

    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    Teams teams;

    private long child(MockHttpSession session, String family) throws Exception {
        MvcResult r = mvc.perform(post("/children").session(session).with(csrf()).param("givenNames", "Bo")
                        .param("familyName", family).param("dobDay", "3").param("dobMonth", "4").param("dobYear", "2014")
                        .param("sex", "FEMALE").param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replace("/children/", ""));
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions allocate(MockHttpSession session, long childId,
                                                                        String workerId, LocalDate start, String reason)
            throws Exception {
        return mvc.perform(post("/children/" + childId + "/allocation").session(session).with(csrf())
                .param("workerId", workerId).params(DateBoxes.of("start", start)).param("reason", reason));
    }

    @Test
    void aManagerAllocatesAnUnallocatedChildAndTheWorkerSeesThem() throws Exception {
        String team = "Pages team " + System.nanoTime();
        String manager = member(team, Role.TEAM_MANAGER);
        String worker = member(team, Role.SOCIAL_WORKER);
        String workerId = Long.toString(userId(worker));
        MockHttpSession session = login(manager);
        long childId = child(session, "Allocpages");
        // The page shows the 50 oldest-due unallocated items, and other tests leave plenty: this is the oldest.
        testWork.open(childId, "Referral awaiting assessment", TODAY.minusYears(30));
        testWork.due(childId, "Home visit", TODAY.minusDays(1));

        assertThat(page(session, "/")).contains("Unallocated work", "id=\"allocate-" + childId + "\"",
                "Test " + worker);
        String form = page(session, "/children/" + childId + "/allocation");
        assertThat(form).contains("Bo Allocpages", "Not allocated", "Allocate a social worker",
                "<option value=\"" + workerId + "\">Test " + worker + " (" + team + ")</option>");

        String withErrors = allocate(session, childId, "", TODAY.plusDays(3), "").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(withErrors).contains("govuk-error-summary", "Error: Allocated worker", "Select the social worker",
                "Start date must be today or in the past", "href=\"#workerId\"", "href=\"#startDate\"");

        allocate(session, childId, workerId, TODAY, "").andExpect(status().is3xxRedirection());
        assertThat(page(session, "/children/" + childId + "/allocation")).contains("Child allocated",
                "Test " + worker + " since", "First allocation", "Change the social worker",
                "Reason for the change of social worker");
        String home = page(session, "/");
        assertThat(home).doesNotContain("id=\"allocate-" + childId + "\"").contains("Overdue in my team", "Home visit");

        MockHttpSession workerSession = login(worker);
        String mine = page(workerSession, "/");
        assertThat(mine).contains("My children", "Bo Allocpages", "Home visit", "Overdue");
        allocate(workerSession, childId, workerId, TODAY, "").andExpect(status().isForbidden());
        mvc.perform(get("/caseloads").session(workerSession)).andExpect(status().isForbidden());

        long teamId = teams.list().stream().filter(t -> t.name().equals(team)).findFirst().orElseThrow().id();
        assertThat(page(session, "/caseloads")).contains(team);
        assertThat(page(session, "/teams/" + teamId)).contains("Test " + worker, "Bo Allocpages");
    }
}
