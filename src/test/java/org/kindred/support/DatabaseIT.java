package org.kindred.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.kindred.KindredApplication;
import org.kindred.access.NewUser;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.access.Users;
import org.kindred.shared.database.DatabaseOwner;
import org.kindred.shared.loading.StartupWork;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Tests on a real PostgreSQL: the embedded one by default, or the server named by KINDRED_DB_URL
 * (CI runs them both ways). All share one application context, so the database starts once.
 * Test users get unique names, so the suite can run against a database that already has data.
 */
@SpringBootTest(classes = {KindredApplication.class, MockMvcSessions.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kindred.embedded.ephemeral=true", "kindred.demo=false", "kindred.search.index-dir=", "logging.level.root=WARN"})
@AutoConfigureMockMvc
public abstract class DatabaseIT {
    public static final String PASSWORD = "correct-horse-battery";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Users users;

    @Autowired
    private UserDetailsService accounts;

    @Autowired
    private Teams memberships;

    @LocalServerPort
    protected int port;

    @Autowired
    private StartupWork startupWork;

    /** The schema's owner: for what the application's role may not do (DDL, switching triggers off). */
    @Autowired
    protected DatabaseOwner owner;

    /** Statements run as the schema's owner, in one transaction of the owner's own. */
    protected void asOwner(java.util.function.Consumer<JdbcClient> work) {
        new TransactionTemplate(new DataSourceTransactionManager(owner.dataSource()))
                .executeWithoutResult(s -> work.accept(JdbcClient.create(owner.dataSource())));
    }

    /** Pages answer "loading" until the search index is built: tests start once it is. */
    @BeforeEach
    void waitUntilLoaded() throws InterruptedException {
        for (int i = 0; i < 600 && !startupWork.finished(); i++) Thread.sleep(100);
        assertThat(startupWork.finished()).as("start-up work finished within a minute").isTrue();
    }

    /** Signs in through the login form, as a browser would; the session carries the user to page requests. */
    protected MockHttpSession login(String username) throws Exception {
        MvcResult r = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as("sign-in of " + username).doesNotContain("error");
        return (MockHttpSession) r.getRequest().getSession();
    }

    /**
     * Signs this test's thread in as the user, as a command-line job does, for calling services directly; the
     * test cleans up with {@code SecurityContextHolder.clearContext()} when others share the thread.
     */
    protected void actAs(String username) {
        var details = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** A new user with the given roles and a unique username. */
    protected String user(Role... roles) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Test " + username, PASSWORD, Set.of(roles), Set.of()), "test");
        return username;
    }

    /** A new user with the given roles and a unique username, a member of the team. */
    protected String member(String team, Role... roles) {
        String username = user(roles);
        memberships.join(username, team);
        return username;
    }

    /** The user's id, for the API and the pages that name a worker by it. */
    protected long userId(String username) {
        return users.find(username).orElseThrow().id();
    }

    /** A partner system's JSON POST to the API, with the bearer token from {@link Api#token}. */
    protected ResultActions postJson(String token, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A partner system's GET from the API, with the bearer token from {@link Api#token}. */
    protected ResultActions getJson(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", Api.bearer(token)));
    }

    /** The id of what the POST created, after checking it answered 201 Created. */
    protected static long createdId(ResultActions r) throws Exception {
        return json(r.andExpect(status().isCreated())).get("id").asLong();
    }

    /** The answer's body, read as JSON. */
    protected static JsonNode json(ResultActions r) throws Exception {
        return Api.JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }
}
