package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class PeopleApiIT extends DatabaseIT {
    private static final String CHILD = """
            {"givenNames":"Poppy","familyName":"Testwood","dateOfBirth":"2019-03-27","sex":"FEMALE",
             "ethnicity":"WBRI","nhsNumber":"%s","upn":"%s","addressLine1":"1 Test Street",
             "town":"Kingsford","postcode":"zy1 1ab"}""";

    @Autowired
    AuditTrail audit;

    private static String child(String nhsNumber) {
        return CHILD.formatted(nhsNumber, Upn.checkLetter("999123456789") + "999123456789");
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/people"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Basic bm9ib2R5Om5vdGhpbmc="))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void createsReadsAndAuditsAChild() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String token = Api.token(mvc, worker);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(child("943 476 5919")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.familyName").value("Testwood"))
                .andExpect(jsonPath("$.nhsNumber").value("9434765919"))
                .andExpect(jsonPath("$.address.postcode").value("ZY1 1AB"))
                .andReturn().getResponse().getContentAsString();
        long id = Api.JSON.readTree(body).get("id").asLong();

        mvc.perform(get("/api/v1/people/" + id).header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.givenNames").value("Poppy"));

        var entries = audit.search(new AuditQuery(worker, "person", Long.toString(id), null, null, 10));
        assertThat(entries).extracting(e -> e.action()).containsExactlyInAnyOrder("CREATE", "VIEW");
        assertThat(entries).allSatisfy(e -> assertThat(e.requestId()).isNotBlank());
    }

    @Test
    void badInputIsAProblemWithTheFieldAndChangesNothing() throws Exception {
        String token = Api.token(mvc, user(Role.FRONT_DOOR_WORKER));
        long before = count(token);
        mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(child("943 476 5918")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
        assertThat(count(token)).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotRecordIsRefused() throws Exception {
        String token = Api.token(mvc, user(Role.PERFORMANCE_ANALYST));
        mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(child("943 476 5919")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        mvc.perform(get("/api/v1/openapi.json").header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people']").exists());
    }

    private long count(String token) throws Exception {
        String body = mvc.perform(get("/api/v1/people?size=1").header("Authorization", Api.bearer(token)))
                .andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("total").asLong();
    }
}
