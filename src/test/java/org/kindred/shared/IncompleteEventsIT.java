package org.kindred.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.shared.database.IncompleteEvents;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A crash between a person's commit and the search index taking them in leaves an incomplete event publication:
 * at start the publication is delivered again, and the person can be found.
 */
class IncompleteEventsIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEvents incompleteEvents;

    @Test
    void aPublicationLeftIncompleteByACrashIsDeliveredAtStart() throws Exception {
        String token = Api.token(mvc, user(Role.ADMINISTRATOR));
        mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenNames\":\"Model\",\"familyName\":\"Publication\",\"dateOfBirth\":\"2015-01-01\",\"sex\":\"MALE\"}"));
        var model = jdbc.sql("""
                select listener_id, event_type, serialized_event from event_publication
                where event_type like '%PersonRegistered' and completion_date is not null order by publication_date desc limit 1""")
                .query().singleRow();
        // PersonRegistered names one person: its only number.
        long modelId = Long.parseLong(((String) model.get("serialized_event")).replaceAll("\\D+", " ").trim().split(" ")[0]);

        // As if the process died after the commit and before the index heard of the person.
        String surname = "Crashley" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        long id = jdbc.sql("""
                insert into person (kind, given_names, family_name, date_of_birth, sex, created_by, updated_by)
                values ('CHILD', 'Ivo', ?, '2016-02-02', 'MALE', 'test', 'test') returning id""").param(surname)
                .query(Long.class).single();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts)
                values (?, ?, ?, ?, now() - interval '1 hour', 'PUBLISHED', 1)""")
                .params(UUID.randomUUID(), model.get("listener_id"), model.get("event_type"),
                        ((String) model.get("serialized_event")).replace(Long.toString(modelId), Long.toString(id)))
                .update();
        String session = search(surname);
        assertThat(session).doesNotContain("/children/" + id + "\"");

        incompleteEvents.resubmit();
        Thread.sleep(500);
        assertThat(search(surname)).contains("/children/" + id + "\"");
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ? and completion_date is null")
                .param("%" + id + "%").query(Long.class).single()).isZero();
    }

    private String search(String surname) throws Exception {
        return mvc.perform(get("/search").param("q", "Ivo " + surname).session(login(user(Role.SOCIAL_WORKER))))
                .andReturn().getResponse().getContentAsString();
    }
}
