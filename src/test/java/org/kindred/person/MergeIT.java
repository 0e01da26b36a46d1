package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Acceptance: merge then unmerge leaves both records and every row attached to them exactly as before (full row dumps,
 * including a row of another "module": a test table declared by a test-only PersonReferences bean), and the audit shows
 * both steps. A unique clash refuses the merge and changes nothing.
 */
@org.springframework.context.annotation.Import(MergeIT.OtherModule.class)
class MergeIT extends DatabaseIT {
    @TestConfiguration
    static class OtherModule {
        @Bean
        PersonReferences testNotes() {
            return () -> List.of(PersonReferences.PersonColumn.of("merge_test_note", "child_id"));
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    private String token;

    @BeforeEach
    void otherModulesTable() {
        // Made by the owner, as a migration would: the application's role gets its rights by default privileges.
        asOwner(o -> {
            o.sql("create table if not exists merge_test_note (id bigserial primary key, child_id bigint not null, note text)")
                    .update();
            o.sql("create unique index if not exists merge_test_note_open on merge_test_note (child_id) where note = 'open plan'")
                    .update();
        });
    }

    @Test
    void mergeThenUnmergeRestoresEverythingExactly() throws Exception {
        String manager = user(Role.TEAM_MANAGER);
        token = Api.token(mvc, manager);
        String family = "Mergewell" + (System.nanoTime() % 100000);
        long a = person("Annabel", family, "ZY5 1AA");
        long b = person("Annabelle", family, "ZY5 1AB");
        long mother = person("Harriet", family, "ZY5 1AA");
        send("/api/v1/people/" + a + "/relationships", "{\"relatedId\":\"" + mother + "\",\"kind\":\"MOTHER\"}");
        send("/api/v1/people/" + b + "/relationships", "{\"relatedId\":\"" + a + "\",\"kind\":\"SIBLING\"}");
        send("/api/v1/people/" + b + "/names", "{\"kind\":\"ALIAS\",\"givenNames\":\"Bel\",\"familyName\":\"" + family + "\"}");
        jdbc.sql("insert into merge_test_note (child_id, note) values (?, 'contact'), (?, 'referral'), (?, 'open plan')")
                .params(a, b, b).update();
        String before = dump(a, b, mother);

        long mergeId = send("/api/v1/people/merges", """
                {"survivorId":%d,"mergedId":%d,"reason":"Same child: NHS records agree"}""".formatted(a, b))
                .get("id").asLong();
        assertThat(count("merge_test_note", "child_id", b)).isZero();
        assertThat(count("merge_test_note", "child_id", a)).isEqualTo(3);
        assertThat(count("person_address", "person_id", b)).isZero();
        assertThat(count("person_name", "person_id", a)).isEqualTo(1);
        assertThat(personRows(a, b)).as("person rows are never changed").isEqualTo(personRows(a, b));
        mvc.perform(get("/api/v1/people/" + b + "/merge").header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.survivorId").value(a));
        MockHttpSession session = login(manager);
        String page = mvc.perform(get("/children/" + b).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This record was merged into", "/children/" + a, "Undo this merge");
        Thread.sleep(300);
        assertThat(search(session, "Annabelle " + family)).doesNotContain("/children/" + b + "\"");

        mvc.perform(post("/api/v1/people/merges/" + mergeId + "/unmerge").header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unmergedBy").value(manager));
        assertThat(dump(a, b, mother)).isEqualTo(before);
        Thread.sleep(300);
        assertThat(search(session, "Annabelle " + family)).contains("/children/" + b + "\"");

        assertThat(audit.search(new AuditQuery(manager, "person", Long.toString(b), null, null, 50)))
                .extracting(e -> e.action()).contains("MERGE", "UNMERGE");
        assertThat(audit.search(new AuditQuery(manager, "person", Long.toString(a), null, null, 50)))
                .extracting(e -> e.action()).contains("MERGE", "UNMERGE");
    }

    @Test
    void aUniqueClashRefusesTheMergeAndChangesNothing() throws Exception {
        token = Api.token(mvc, user(Role.ADMINISTRATOR));
        String family = "Clashford" + (System.nanoTime() % 100000);
        long a = person("Cyril", family, "ZY5 2AA");
        long b = person("Cyrus", family, "ZY5 2AA");
        jdbc.sql("insert into merge_test_note (child_id, note) values (?, 'open plan'), (?, 'open plan')").params(a, b).update();
        String before = dump(a, b);
        mvc.perform(post("/api/v1/people/merges").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\":%d,\"mergedId\":%d,\"reason\":\"Same\"}".formatted(a, b)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("cannot be merged")));
        assertThat(dump(a, b)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from person_merge where merged_id = ?").param(b).query(Long.class).single()).isZero();
    }

    @Test
    void onlyManagersWhoCanSeeBothRecordsMayMerge() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        token = Api.token(mvc, user(Role.ADMINISTRATOR));
        long a = person("Dora", "Restrictly", "ZY5 3AA");
        long b = person("Dorothy", "Restrictly", "ZY5 3AA");
        mvc.perform(post("/api/v1/people/merges").header("Authorization", Api.bearer(Api.token(mvc, worker)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\":%d,\"mergedId\":%d,\"reason\":\"Same\"}".formatted(a, b)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/" + b + "/restriction").session(login(user(Role.ADMINISTRATOR)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("reason", "Witness protection"));
        String manager = Api.token(mvc, user(Role.TEAM_MANAGER));
        mvc.perform(post("/api/v1/people/merges").header("Authorization", Api.bearer(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\":%d,\"mergedId\":%d,\"reason\":\"Same\"}".formatted(a, b)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("There is no person with record number " + b));
    }

    /** A merge into a restricted record is invisible to an ungranted manager: its page, the API and unmerge. */
    @Test
    void aMergeIntoARestrictedRecordDoesNotExistForTheUngranted() throws Exception {
        token = Api.token(mvc, user(Role.ADMINISTRATOR));
        long survivor = person("Elsa", "Hidemerge", "ZY5 4AA");
        long merged = person("Elsie", "Hidemerge", "ZY5 4AA");
        mvc.perform(post("/api/v1/people/merges").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\":%d,\"mergedId\":%d,\"reason\":\"Same\"}".formatted(survivor, merged)))
                .andExpect(status().isCreated());
        long mergeId = jdbc.sql("select id from person_merge where merged_id = ?").param(merged).query(Long.class).single();
        mvc.perform(post("/children/" + survivor + "/restriction").session(login(user(Role.ADMINISTRATOR)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("reason", "Witness protection")).andExpect(status().is3xxRedirection());

        String managerName = user(Role.TEAM_MANAGER);
        String manager = Api.token(mvc, managerName);
        mvc.perform(get("/api/v1/people/" + merged + "/merge").header("Authorization", Api.bearer(manager)))
                .andExpect(status().isNotFound());
        String page = mvc.perform(get("/children/" + merged).session(login(managerName))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/children/" + survivor + "\"").doesNotContain("record " + survivor);
        // Unmerge answers as for a merge that never was.
        String hidden = mvc.perform(post("/api/v1/people/merges/" + mergeId + "/unmerge").header("Authorization", Api.bearer(manager)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String none = mvc.perform(post("/api/v1/people/merges/" + (mergeId + 1_000_000) + "/unmerge")
                        .header("Authorization", Api.bearer(manager)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        // The bodies differ only in the path asked for (instance) and the request id: a small merge id must not be
        // replaced inside "404".
        assertThat(hidden.replaceAll("\"(instance|requestId)\":\"[^\"]*\"", ""))
                .isEqualTo(none.replaceAll("\"(instance|requestId)\":\"[^\"]*\"", ""));
        assertThat(jdbc.sql("select unmerged_at is null from person_merge where id = ?").param(mergeId).query(Boolean.class).single())
                .isTrue();
    }

    private long person(String given, String family, String postcode) throws Exception {
        return send("/api/v1/people", """
                {"givenNames":"%s","familyName":"%s","dateOfBirth":"2017-09-13","sex":"FEMALE","postcode":"%s"}"""
                .formatted(given, family, postcode)).get("id").asLong();
    }

    private tools.jackson.databind.JsonNode send(String path, String json) throws Exception {
        String body = mvc.perform(post(path).header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body);
    }

    private String search(MockHttpSession session, String q) throws Exception {
        return mvc.perform(get("/search").param("q", q).session(session)).andReturn().getResponse().getContentAsString();
    }

    private long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id).query(Long.class).single();
    }

    private String personRows(long... ids) {
        return rows("select to_jsonb(t)::text from person t where id = any(?) order by id", ids);
    }

    /** Every row of both records and everything attached to them, as JSON, in key order. */
    private String dump(long... ids) {
        return personRows(ids)
                + rows("select to_jsonb(t)::text from person_address t where person_id = any(?) order by id", ids)
                + rows("select to_jsonb(t)::text from person_name t where person_id = any(?) order by id", ids)
                + rows("select to_jsonb(t)::text from person_relationship t where person_id = any(?) or related_id = any(?) order by id", ids)
                + rows("select to_jsonb(t)::text from person_access_grant t where person_id = any(?) order by id", ids)
                + rows("select to_jsonb(t)::text from merge_test_note t where child_id = any(?) order by id", ids);
    }

    private String rows(String sql, long... ids) {
        Long[] boxed = java.util.Arrays.stream(ids).boxed().toArray(Long[]::new);
        var spec = jdbc.sql(sql).param(boxed);
        if (sql.indexOf('?') != sql.lastIndexOf('?')) {
            spec = spec.param(boxed);
        }
        return String.join("\n", spec.query(String.class).list()) + "\n";
    }
}
