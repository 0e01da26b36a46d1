package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Administrators restrict a record, add and remove a person, and lift the restriction, each step audited. */
class RestrictionPagesIT extends DatabaseIT {
    @Autowired
    AuditTrail audit;

    @Test
    void anAdministratorManagesWhoMaySeeARestrictedRecord() throws Exception {
        String adminName = user(Role.ADMINISTRATOR);
        MockHttpSession admin = login(adminName);
        String worker = user(Role.SOCIAL_WORKER);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(Api.token(mvc, adminName)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Ada","familyName":"Grantable","dateOfBirth":"2016-03-01","sex":"FEMALE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Api.JSON.readTree(body).get("id").asLong();

        String refused = mvc.perform(post("/admin/restrictions").session(admin).with(csrf()).param("personId", id + "")
                .param("reason", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("Enter the reason");

        mvc.perform(post("/admin/restrictions").session(admin).with(csrf()).param("personId", id + "")
                .param("reason", "Adoption in progress")).andExpect(status().is3xxRedirection());
        assertSees(worker, id, false);
        mvc.perform(post("/admin/restrictions/" + id + "/grants").session(admin).with(csrf()).param("username", worker)
                .param("reason", "Allocated worker")).andExpect(status().is3xxRedirection());
        assertSees(worker, id, true);
        assertThat(mvc.perform(get("/admin/restrictions").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("restriction-" + id).contains(worker).contains("Allocated worker");

        mvc.perform(post("/admin/restrictions/" + id + "/grants/remove").session(admin).with(csrf()).param("username", worker)
                .param("reason", "Left the team")).andExpect(status().is3xxRedirection());
        assertSees(worker, id, false);
        mvc.perform(post("/admin/restrictions/" + id + "/lift").session(admin).with(csrf())
                .param("reason", "Adoption order made")).andExpect(status().is3xxRedirection());
        assertSees(worker, id, true);
        assertThat(mvc.perform(get("/admin/restrictions").session(admin)).andReturn().getResponse().getContentAsString())
                .doesNotContain("restriction-" + id);

        assertThat(audit.search(new AuditQuery(adminName, "person", Long.toString(id), null, null, 50)))
                .extracting(e -> e.action()).contains("RESTRICT", "GRANT", "UNGRANT", "UNRESTRICT");
        mvc.perform(get("/admin/restrictions").session(login(user(Role.TEAM_MANAGER)))).andExpect(status().isForbidden());
    }

    private void assertSees(String username, long id, boolean sees) throws Exception {
        mvc.perform(get("/api/v1/people/" + id).header("Authorization", Api.bearer(Api.token(mvc, username))))
                .andExpect(sees ? status().isOk() : status().isNotFound());
    }
}
