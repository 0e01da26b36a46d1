package org.kindred.person;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.NewAllocation;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** A restricted record does not exist, in pages, lists, searches or the API, for those without access. */
class RestrictedRecordIT extends DatabaseIT {
    @Autowired
    TestWork testWork;

    @Autowired
    Teams teams;

    @Test
    void onlyGrantedUsersAndAdministratorsSeeARestrictedRecord() throws Exception {
        String manager = user(Role.TEAM_MANAGER);
        String granted = user(Role.SOCIAL_WORKER);
        String other = user(Role.SOCIAL_WORKER);
        String admin = user(Role.ADMINISTRATOR);
        String surname = "Hidden" + System.nanoTime();
        String managerToken = Api.token(mvc, manager);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(managerToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Rowan","familyName":"%s","dateOfBirth":"2015-06-01","sex":"MALE"}"""
                                .formatted(surname)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Api.JSON.readTree(body).get("id").asLong();

        MockHttpSession session = login(manager);
        mvc.perform(post("/children/" + id + "/restriction").session(session).with(csrf())
                        .param("reason", "Child at risk from a family member").param("grantTo", granted))
                .andExpect(status().is3xxRedirection());

        assertSees(granted, id, surname, true);
        assertSees(admin, id, surname, true);
        assertSees(other, id, surname, false);

        // Open work nobody holds: another manager's "My work" neither lists nor counts the child.
        String otherManager = user(Role.TEAM_MANAGER);
        MockHttpSession managerSession = login(otherManager);
        String before = unallocatedCount(managerSession);
        testWork.open(id, "Referral awaiting assessment", TestClock.today().minusYears(30));
        String home = mvc.perform(get("/").session(managerSession)).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("allocate-" + id).doesNotContain(surname);
        assertThat(unallocatedCount(managerSession)).isEqualTo(before);

        // Held by a worker of that manager's team: neither the team page nor the worker's own list names the child.
        String team = "Restricted team " + System.nanoTime();
        String teamWorker = member(team, Role.SOCIAL_WORKER);
        teams.join(otherManager, team);
        long workerId = userId(teamWorker);
        String adminToken = Api.token(mvc, admin);
        mvc.perform(post("/api/v1/children/" + id + "/allocations").header("Authorization", Api.bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Api.JSON.writeValueAsString(new NewAllocation(workerId, TestClock.today(), null))))
                .andExpect(status().isCreated());
        long teamId = teams.list().stream().filter(t -> t.name().equals(team)).findFirst().orElseThrow().id();
        assertThat(mvc.perform(get("/teams/" + teamId).session(managerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(surname);
        assertThat(mvc.perform(get("/").session(login(teamWorker))).andReturn().getResponse().getContentAsString())
                .doesNotContain(surname);
        assertThat(mvc.perform(get("/teams/" + teamId).session(login(admin))).andReturn().getResponse()
                .getContentAsString()).contains("Rowan " + surname);
    }

    private String unallocatedCount(MockHttpSession session) throws Exception {
        String home = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"unallocated-count\">(\\d+)<").matcher(home);
        assertThat(m.find()).as("unallocated count on My work").isTrue();
        return m.group(1);
    }

    private void assertSees(String username, long id, String surname, boolean sees) throws Exception {
        String token = Api.token(mvc, username);
        mvc.perform(get("/api/v1/people/" + id).header("Authorization", Api.bearer(token)))
                .andExpect(sees ? status().isOk() : status().isNotFound());
        String list = mvc.perform(get("/api/v1/people?name=" + surname).header("Authorization", Api.bearer(token)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Api.JSON.readTree(list).get("total").asLong()).as(username + " list").isEqualTo(sees ? 1 : 0);

        MockHttpSession session = login(username);
        mvc.perform(get("/children/" + id).session(session)).andExpect(sees ? status().isOk() : status().isNotFound());
        String page = mvc.perform(get("/children?name=" + surname).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.contains(surname + ", Rowan")).as(username + " page list").isEqualTo(sees);
    }
}
