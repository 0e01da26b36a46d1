package org.kindred.care.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.DateBoxes;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A social worker signed in to the care pages before each test, with children made through the API. */
abstract class CarePageSupport extends DatabaseIT {
    static final LocalDate TODAY = TestClock.today();

    @Autowired
    JdbcClient jdbc;

    String worker;
    String token;
    MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        worker = user(Role.SOCIAL_WORKER);
        token = Api.token(mvc, worker);
        session = login(worker);
    }

    String postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getContentAsString();
    }

    long child(String familyName, LocalDate dob) throws Exception {
        return Api.JSON.readTree(postJson("/api/v1/people", """
                {"givenNames":"Ivy","familyName":"%s","dateOfBirth":"%s","sex":"FEMALE"}""".formatted(familyName, dob)))
                .get("id").asLong();
    }

    String cameIntoCare(long id, LocalDate on) throws Exception {
        return postJson("/api/v1/care/" + id + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U4",
                 "placementProvider":"PR1","placementPostcode":"ZY1 2AB","planned":true}""".formatted(on));
    }

    MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse();
    }

    /** Posts a page form as the signed-in worker; params are name, value, name, value... */
    MockHttpServletResponse submit(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The three boxes of a GOV.UK date input named {@code name}, as name, value pairs. */
    static String[] date(String name, LocalDate d) {
        return DateBoxes.pairs(name, d);
    }

    static String[] join(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    /** Restricts the child with a grant to nobody but a new administrator (the signed-in worker no longer sees them). */
    void restrict(long id) throws Exception {
        String admin = user(Role.ADMINISTRATOR);
        mvc.perform(post("/children/" + id + "/restriction").session(login(admin)).with(csrf())
                .param("reason", "Child at risk from a family member")).andExpect(status().is3xxRedirection());
    }

    long audits(String action, String recordType) {
        return jdbc.sql("select count(*) from audit_entry where username = ? and action = ? and record_type = ?")
                .params(worker, action, recordType).query(Long.class).single();
    }

    long rows(String table, long childId) {
        return jdbc.sql("select count(*) from " + table + " where child_id = ?").param(childId).query(Long.class).single();
    }
}
