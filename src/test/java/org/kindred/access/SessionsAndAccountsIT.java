package org.kindred.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.shared.InvalidInput;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Sessions and tokens end when the account changes; bearer tokens leave no session; sign-in is throttled fairly. */
class SessionsAndAccountsIT extends DatabaseIT {
    @Autowired
    AuditTrail audit;

    private int page(MockHttpSession session) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/children").session(session)).andReturn().getResponse();
        return r.getStatus() == 302 && r.getRedirectedUrl().contains("/login") ? 401 : r.getStatus();
    }

    private int api(String token) throws Exception {
        return mvc.perform(get("/api/v1/people?size=1").header("Authorization", Api.bearer(token))).andReturn()
                .getResponse().getStatus();
    }

    @Test
    void disablingAUserEndsTheirSessionsAndTokensAtOnce() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession session = login(worker);
        String token = Api.token(mvc, worker);
        assertThat(page(session)).isEqualTo(200);
        assertThat(api(token)).isEqualTo(200);

        MockHttpSession admin = login(user(Role.ADMINISTRATOR));
        mvc.perform(post("/admin/users/" + worker + "/disable").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session)).isEqualTo(401);
        assertThat(api(token)).isEqualTo(401);
        mvc.perform(post("/admin/users/" + worker + "/enable").session(admin).with(csrf()));
        assertThat(api(token)).as("a revoked token stays revoked").isEqualTo(401);
        assertThat(audit.search(new AuditQuery(null, "user", worker, null, null, 50))).extracting(e -> e.action())
                .contains("SIGN_IN", "TOKEN_ISSUED", "DISABLED", "TOKEN_REVOKED", "ENABLED");
    }

    @Test
    void changingRolesOrPasswordEndsSessions() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        MockHttpSession first = login(worker);
        String token = Api.token(mvc, worker);
        String admin = user(Role.ADMINISTRATOR);
        actAs(admin);
        try {
            users.changeRoles(worker, Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER));
            assertThat(page(first)).isEqualTo(401);
            assertThat(api(token)).isEqualTo(401);
            MockHttpSession second = login(worker);
            actAs(admin);
            org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> users.changePassword(worker, "aaaaaaaaaaaa"));
            users.changePassword(worker, "lantern-orchard-copper-91");
            assertThat(page(second)).isEqualTo(401);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aBearerTokenSentToAPageCreatesNoSession() throws Exception {
        String analyst = user(Role.PERFORMANCE_ANALYST);
        String token = Api.token(mvc, analyst);
        MvcResult r = mvc.perform(get("/children").header("Authorization", Api.bearer(token))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getRequest().getSession(false)).as("session created by a bearer request").isNull();
        assertThat(r.getResponse().getHeader("Set-Cookie")).isNull();

        long id = Api.JSON.readTree(mvc.perform(get("/api/v1/tokens").header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get(0).get("id").asLong();
        String other = Api.token(mvc, user(Role.SOCIAL_WORKER));
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", Api.bearer(other))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", Api.bearer(token))).andExpect(status().isNoContent());
        assertThat(mvc.perform(get("/children").header("Authorization", Api.bearer(token))).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        assertThat(api(token)).isEqualTo(401);
    }

    @Test
    void aFourthSessionEndsTheOldest() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        List<MockHttpSession> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(login(worker));
            assertThat(page(sessions.get(i))).isEqualTo(200);
        }
        assertThat(page(sessions.get(0))).as("the oldest of four sessions").isEqualTo(401);
        for (int i = 1; i < 4; i++) {
            assertThat(page(sessions.get(i))).as("session " + i).isEqualTo(200);
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.session.jdbc.JdbcIndexedSessionRepository sessionStore;

    /** Sessions live in PostgreSQL (ADR 0022), so any node finds them; their writes do not wait for the disk. */
    @Test
    void sessionsAreKeptInPostgresqlAndWrittenWithoutWaitingForTheDisk() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        assertThat(page(login(worker))).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(worker)
                .query(Long.class).single()).as("sessions of " + worker + " in PostgreSQL").isEqualTo(1);
        assertThat((String) org.springframework.test.util.ReflectionTestUtils.getField(sessionStore, "updateSessionQuery"))
                .contains("set_config('synchronous_commit', 'off', true)").contains("spring_session".toUpperCase());
        assertThat((String) org.springframework.test.util.ReflectionTestUtils.getField(sessionStore, "createSessionQuery"))
                .contains("set_config('synchronous_commit', 'off', true)");
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockOthersOutOrKillTokens() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(r -> { r.setRemoteAddr("203.0.113.9"); return r; })
                    .param("username", worker).param("password", "wrong-" + i));
        }
        String fromAttacker = mvc.perform(post("/login").with(csrf()).with(r -> { r.setRemoteAddr("203.0.113.9"); return r; })
                .param("username", worker).param("password", PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        assertThat(fromAttacker).as("right password from the guessing address").contains("error");
        login(worker);
        assertThat(api(token)).isEqualTo(200);
        assertThat(audit.search(new AuditQuery(null, "user", worker, null, null, 50))).extracting(e -> e.action())
                .contains("SIGN_IN_FAILED", "LOCKED_OUT");
        mvc.perform(post("/api/v1/tokens").with(httpBasic(worker, PASSWORD))).andExpect(status().isCreated());
    }

    @Test
    void weakAndPublishedPasswordsAreRefused() {
        for (String weak : new String[] {"aaaaaaaaaaaa", "            ", DemoUsers.PASSWORD, "password1234"}) {
            InvalidInput e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> users.create(
                    new NewUser("weak" + System.nanoTime() % 100000, "Weak", weak, Set.of(Role.SOCIAL_WORKER), Set.of()),
                    "test"));
            assertThat(e.errors()).as(weak).containsKey("password");
        }
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure"));
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).contains("Secure"));
    }
}
