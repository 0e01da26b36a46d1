package org.kindred.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** A user's own API tokens on a page (list, issue, revoke) and an administrator's view of another's, audited. */
class TokenPagesIT extends DatabaseIT {
    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\"[^>]*>([A-Za-z0-9_-]{40,})<");

    @Autowired
    AuditTrail audit;

    @Test
    void aUserIssuesSeesOnceAndRevokesTheirOwnToken() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession session = login(worker);
        assertThat(page("/account/tokens", session)).contains("Your API tokens").doesNotContain("issued-token");

        String issuedPage = mvc.perform(post("/account/tokens").session(session).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = ISSUED.matcher(issuedPage);
        assertThat(m.find()).as(issuedPage).isTrue();
        String token = m.group(1);
        mvc.perform(get("/api/v1/tokens").header("Authorization", Api.bearer(token))).andExpect(status().isOk());

        long id = new ObjectIdFinder(page("/account/tokens", session)).first();
        assertThat(page("/account/tokens", session)).doesNotContain(token).contains("token-status-" + id);

        mvc.perform(post("/account/tokens/" + id + "/revoke").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/tokens").header("Authorization", Api.bearer(token))).andExpect(status().isUnauthorized());
        assertThat(page("/account/tokens", session)).contains("Revoked by " + worker);
        assertThat(audit.search(new AuditQuery(worker, "user", worker, null, null, 50))).extracting(e -> e.action())
                .contains("TOKEN_ISSUED", "TOKEN_REVOKED");
    }

    @Test
    void anotherUsersTokenCannotBeRevokedFromTheOwnPage() throws Exception {
        String owner = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, owner);
        long id = new ObjectIdFinder(page("/account/tokens", login(owner))).first();
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(login(user(Role.TEAM_MANAGER))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tokens").header("Authorization", Api.bearer(token))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorSeesAndRevokesAUsersTokensAndTheLookIsAudited() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        String adminName = user(Role.ADMINISTRATOR);
        MockHttpSession admin = login(adminName);
        assertThat(page("/admin/users", admin)).contains("/admin/users/" + worker + "/tokens");
        String theirs = page("/admin/users/" + worker + "/tokens", admin);
        assertThat(theirs).contains("API tokens of " + worker);
        long id = new ObjectIdFinder(theirs).first();

        mvc.perform(post("/admin/users/" + worker + "/tokens/" + id + "/revoke").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/tokens").header("Authorization", Api.bearer(token))).andExpect(status().isUnauthorized());
        assertThat(page("/admin/users/" + worker + "/tokens", admin)).contains("Revoked by " + adminName);
        assertThat(audit.search(new AuditQuery(adminName, "user", worker, null, null, 50))).extracting(e -> e.action())
                .contains("TOKENS_VIEWED", "TOKEN_REVOKED");

        mvc.perform(get("/admin/users/" + worker + "/tokens").session(login(user(Role.TEAM_MANAGER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/nobody-" + System.nanoTime() + "/tokens").session(admin)).andExpect(status().isNotFound());
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The token ids a tokens page lists, newest first. */
    private record ObjectIdFinder(String page) {
        long first() {
            Matcher m = Pattern.compile("id=\"token-status-(\\d+)\"").matcher(page);
            assertThat(m.find()).as(page).isTrue();
            return Long.parseLong(m.group(1));
        }
    }
}
