package org.kindred.web;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/** Input refused at the edge: each failure the attack found, answered 4xx in problem+json naming the field. */
class InputEdgeIT extends DatabaseIT {
    private static final String PERSON = """
            {"givenNames":%s,"familyName":%s,"dateOfBirth":%s,"sex":"MALE"%s}""";
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        token = Api.token(mvc, user(Role.ADMINISTRATOR));
    }

    private static String q(String s) { return "\"" + s + "\""; }

    private String person(String given, String family, String dob, String extra) {
        return PERSON.formatted(given, family, dob, extra);
    }

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse postPerson(String body) throws Exception {
        return call(post("/api/v1/people").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The status, problem+json, and the first field named. */
    private void assertRefused(MockHttpServletResponse r, int status, String field) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        if (field != null) {
            JsonNode body = Api.JSON.readTree(r.getContentAsString());
            assertThat(body.get("errors").get(0).get("field").asString()).as(r.getContentAsString()).isEqualTo(field);
        }
    }

    @Test
    void unknownEnumValuesAndWrongTypesNameTheField() throws Exception {
        assertRefused(postPerson(person(q("Al"), q("Ien"), q("2015-01-01"), ",\"kind\":\"ALIEN\"")), 400, "kind");
        assertRefused(postPerson(person(q("Al"), q("Ien"), q("2015-01-01"), ",\"kind\":5")), 400, "kind");
        assertRefused(postPerson(person(q("Al"), q("Ien"), "{}", "")), 400, "dateOfBirth");
        assertRefused(postPerson(person("[\"Al\"]", q("Ien"), q("2015-01-01"), "")), 400, "givenNames");
        assertRefused(postPerson(person(q("Al"), q("Ien"), q("2015-01-01"), ",\"nickname\":\"x\"")), 400, "nickname");
        assertRefused(postPerson("{\"givenNames\": "), 400, "body");
    }

    @Test
    void longNamesAndImplausibleDatesAreRefused() throws Exception {
        assertRefused(postPerson(person(q("Al"), q("x".repeat(3000)), q("2015-01-01"), "")), 400, "familyName");
        assertRefused(postPerson(person(q("y".repeat(10_000)), q("Long"), q("2015-01-01"), "")), 400, "givenNames");
        assertRefused(postPerson(person(q("Al"), q("Old"), q("0000-01-01"), "")), 400, "dateOfBirth");
        assertRefused(postPerson(person(q("Al"), q("Old"), q("1800-05-05"), "")), 400, "dateOfBirth");
        LocalDate today = TestClock.today();
        assertRefused(postPerson("""
                {"kind":"UNBORN","givenNames":"Baby","familyName":"Early","expectedDateOfBirth":"%s","sex":"UNKNOWN"}"""
                .formatted(today.plusMonths(10))), 400, "expectedDateOfBirth");
        assertThat(postPerson(person(q("Al"), q("Fine"), q("1900-01-01"), "")).getStatus()).isEqualTo(201);
    }

    @Test
    void controlCharactersAndHalfCharactersAreRefused() throws Exception {
        assertRefused(postPerson(person(q("Al\\u0000"), q("Nul"), q("2015-01-01"), "")), 400, "givenNames");
        assertRefused(postPerson(person(q("Al"), q("Bell\\u0007"), q("2015-01-01"), "")), 400, "familyName");
        assertRefused(postPerson(person(q("Al\\ud800"), q("Half"), q("2015-01-01"), "")), 400, "givenNames");
        String[][] queries = {{"/api/v1/people", "name"}, {"/api/v1/audit", "username"},
            {"/api/v1/children/1/chronology", "category"}};
        for (String[] query : queries) {
            assertRefused(call(get(query[0]).param(query[1], "a\u0000b").header("Authorization", Api.bearer(token))),
                    400, query[1]);
        }
        MockHttpServletResponse page = call(get("/children").param("name", "a\u0000b").session(login(user(Role.SOCIAL_WORKER))));
        assertThat(page.getStatus()).isEqualTo(400);
    }

    @Test
    void theLastPageNumberIsNotAnError() throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/people?page=2147483647&size=200").header("Authorization", Api.bearer(token)));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(Api.JSON.readTree(r.getContentAsString()).get("people").size()).isZero();
        assertThat(call(get("/children?page=2147483647").session(login(user(Role.SOCIAL_WORKER)))).getStatus()).isEqualTo(200);
    }

    @Test
    void largeBodiesAreRefusedAs413() throws Exception {
        String worry = "w".repeat(10 * 1024 * 1024);
        assertRefused(call(post("/api/v1/contacts").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"worry\":\"" + worry + "\"}")), 413, "body");
        StringBuilder keys = new StringBuilder("{\"givenNames\":\"A\"");
        for (int i = 0; i < 200_000; i++) keys.append(",\"k").append(i).append("\":1");
        assertRefused(postPerson(keys.append('}').toString()), 413, "body");
        assertRefused(postPerson(person(q("Al"), q("Worry"), q("2015-01-01"), ",\"postcode\":\"" + "p".repeat(30_000) + "\"")),
                400, "postcode");

        // Sent in chunks with no length declared: counted as it is read.
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/people"))
                .header("Authorization", Api.bearer(token)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"givenNames\":\"" + "c".repeat(2 * 1024 * 1024) + "\"}").getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void everyEdgeErrorIsProblemJson() throws Exception {
        assertRefused(call(post("/api/v1/people").header("Authorization", Api.bearer(token))
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415, null);
        assertRefused(call(delete("/api/v1/people").header("Authorization", Api.bearer(token))), 405, null);
        assertThat(call(delete("/children").session(login(user(Role.SOCIAL_WORKER))).with(csrf())).getStatus()).isEqualTo(405);
    }
}
