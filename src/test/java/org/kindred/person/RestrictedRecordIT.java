package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** A restricted record does not exist, in pages, lists, searches or the API, for those without access. */
class RestrictedRecordIT extends DatabaseIT {

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
