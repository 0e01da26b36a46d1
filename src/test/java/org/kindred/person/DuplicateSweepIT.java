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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** The sweep queues likely duplicates; "not the same person" is remembered by later sweeps; a merge clears the pair. */
class DuplicateSweepIT extends DatabaseIT {
    @Autowired
    DuplicateSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSweepQueuesPairsAndRemembersDecisions() throws Exception {
        String manager = user(Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        String family = "Sweepington" + (System.nanoTime() % 100000);
        long a = person(token, "Jonathan", family, "2014-10-03");
        long b = person(token, "Jonathon", family, "2014-03-10");
        long c = person(token, "Penelope", family + "e", "2012-01-30");
        long d = person(token, "Penny", family + "e", "2012-01-30");

        SweepProgress done = sweep.run(0.95);
        assertThat(done.state()).isEqualTo(SweepProgress.State.FINISHED);
        assertThat(done.checked()).isGreaterThanOrEqualTo(4);
        long ab = pair(a, b);
        long cd = pair(c, d);

        MockHttpSession session = login(manager);
        String queue = mvc.perform(get("/register/duplicates").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("/register/duplicates/" + ab, "/register/duplicates/" + cd);
        assertThat(mvc.perform(get("/register/duplicates/" + ab).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Are these the same person?", "day/month swap");

        mvc.perform(post("/register/duplicates/" + ab + "/not-same").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/register/duplicates/" + cd + "/merge").session(session).with(csrf())
                        .param("survivor", Long.toString(c)).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter the reason");
        mvc.perform(post("/register/duplicates/" + cd + "/merge").session(session).with(csrf())
                        .param("survivor", Long.toString(c)).param("reason", "Same NHS number on the health record"))
                .andExpect(status().is3xxRedirection());

        sweep.run(0.95);
        assertThat(pairStatus(ab)).isEqualTo("NOT_SAME");
        assertThat(pairStatus(cd)).isEqualTo("MERGED");
        assertThat(mvc.perform(get("/register/duplicates").session(session)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/register/duplicates/" + ab + "\"", "/register/duplicates/" + cd + "\"");
        mvc.perform(get("/register/duplicates").session(login(user(Role.SOCIAL_WORKER)))).andExpect(status().isForbidden());
    }

    private long pair(long x, long y) {
        return jdbc.sql("select id from person_duplicate where left_id = ? and right_id = ?")
                .params(Math.min(x, y), Math.max(x, y)).query(Long.class).single();
    }

    private String pairStatus(long pair) {
        return jdbc.sql("select status from person_duplicate where id = ?").param(pair).query(String.class).single();
    }

    private long person(String token, String given, String family, String dob) throws Exception {
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"%s","familyName":"%s","dateOfBirth":"%s","sex":"FEMALE","postcode":"ZY6 6AB"}"""
                                .formatted(given, family, dob)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }
}
