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
import tools.jackson.databind.JsonNode;

/** Previous names and aliases (searchable), address history, relationships from both sides, households, siblings. */
class RegisterHistoryIT extends DatabaseIT {
    @Autowired
    AuditTrail audit;

    private String token;

    private long person(String given, String family, String dob, String sex, String line1) throws Exception {
        return send("/api/v1/people", """
                {"kind":"%s","givenNames":"%s","familyName":"%s","dateOfBirth":"%s","sex":"%s",
                 "addressLine1":"%s","postcode":"ZY2 4QP"}"""
                .formatted(dob.startsWith("19") ? "ADULT" : "CHILD", given, family, dob, sex, line1)).get("id").asLong();
    }

    private JsonNode send(String path, String json) throws Exception {
        String body = mvc.perform(post(path).header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body);
    }

    private JsonNode read(String path) throws Exception {
        return Api.JSON.readTree(mvc.perform(get(path).header("Authorization", Api.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aChangedSurnameAndAnAliasStillFindTheChildOnce() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        token = Api.token(mvc, worker);
        String old = "Quillfeather" + (System.nanoTime() % 1000);
        long id = person("Rosalind", "Ambersmith", "2015-06-21", "FEMALE", "7 Test Lane");
        send("/api/v1/people/" + id + "/names", """
                {"kind":"PREVIOUS","familyName":"%s","from":"2015-06-21","to":"2021-01-31"}""".formatted(old));
        send("/api/v1/people/" + id + "/names", """
                {"kind":"ALIAS","givenNames":"Roxanne","familyName":"%s"}""".formatted(old));
        assertThat(read("/api/v1/people/" + id + "/names")).hasSize(2);
        Thread.sleep(300);

        MockHttpSession session = login(worker);
        String byOldSurname = page(session, "/search?q=Rosalind+" + old + "+21/06/2015");
        assertThat(byOldSurname).contains("/children/" + id + "\"");
        String byAlias = page(session, "/search?q=Roxanne+" + old + "+21/06/2015");
        assertThat(byAlias.split("/children/" + id + "\"", -1)).as("shown once").hasSize(2);

        var actions = audit.search(new AuditQuery(worker, "person", Long.toString(id), null, null, 20));
        assertThat(actions).extracting(e -> e.action()).contains("ADD_NAME", "VIEW_NAMES");
    }

    @Test
    void aNewAddressEndsTheCurrentOneAndBadInputChangesNothing() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        token = Api.token(mvc, worker);
        long id = person("Tobias", "Addressfield", "2017-02-02", "MALE", "1 Old Road");
        send("/api/v1/people/" + id + "/addresses", """
                {"line1":"2 New Road","town":"Kingsford","postcode":"zy9 9zz","from":""}""");
        JsonNode addresses = read("/api/v1/people/" + id + "/addresses");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0).get("address").get("postcode").asString()).isEqualTo("ZY9 9ZZ");
        assertThat(addresses.get(0).hasNonNull("to")).isFalse();
        assertThat(addresses.get(1).hasNonNull("to")).isTrue();

        MockHttpSession session = login(worker);
        String error = mvc.perform(post("/children/" + id + "/addresses").session(session).with(csrf())
                        .param("line1", "3 Third Road").param("postcode", "nonsense"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("There is a problem", "Enter a real postcode", "3 Third Road");
        assertThat(read("/api/v1/people/" + id + "/addresses")).hasSize(2);
        // The date moved in may be left out (today), so a mistyped one stops the form before the register.
        String mistyped = mvc.perform(post("/children/" + id + "/addresses").session(session).with(csrf())
                        .param("line1", "3 Third Road").param("postcode", "ZY9 9ZY").param("fromDay", "31")
                        .param("fromMonth", "2").param("fromYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mistyped).contains("There is a problem", "Date moved in must be a real date", "value=\"31\"");
        assertThat(read("/api/v1/people/" + id + "/addresses")).hasSize(2);
    }

    @Test
    void theFamilyReadsFromEachSideWithHouseholdAndSiblings() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        token = Api.token(mvc, worker);
        String home = (System.nanoTime() % 100000) + " Family Close";
        long mother = person("Imogen", "Hearthstone", "1988-03-03", "FEMALE", home);
        long child = person("Milo", "Hearthstone", "2016-04-04", "MALE", home);
        long brother = person("Otis", "Hearthstone", "2019-05-05", "MALE", "Elsewhere " + home);
        send("/api/v1/people/" + child + "/relationships", "{\"relatedId\":\"" + mother + "\",\"kind\":\"MOTHER\"}");
        send("/api/v1/people/" + brother + "/relationships", "{\"relatedId\":\"" + mother + "\",\"kind\":\"MOTHER\"}");

        JsonNode ofMother = read("/api/v1/people/" + mother + "/family");
        assertThat(ofMother.get("relationships").findValuesAsString("relationship")).containsExactly("Child", "Child");
        assertThat(ofMother.get("household").findValues("personId").stream().map(JsonNode::asLong)).containsExactly(child);
        JsonNode ofChild = read("/api/v1/people/" + child + "/family");
        assertThat(ofChild.get("relationships").get(0).get("relationship").asString()).isEqualTo("Mother");
        assertThat(ofChild.get("siblings").get(0).get("personId").asLong()).isEqualTo(brother);
        assertThat(ofChild.get("siblings").get(0).get("relationship").asString()).isEqualTo("Shares mother");

        MockHttpSession session = login(worker);
        assertThat(page(session, "/children/" + child + "/family")).contains("Family and household", "Otis Hearthstone",
                "/children/" + mother);
        assertThat(page(session, "/children/" + child + "/names")).contains("No previous names");
        assertThat(page(session, "/children/" + child + "/addresses")).contains(home, "Current");
        String error = mvc.perform(post("/children/" + child + "/relationships").session(session).with(csrf())
                        .param("relatedId", Long.toString(child)).param("kind", "SIBLING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("cannot be related to themselves", "value=\"" + child + "\"");
        assertThat(audit.search(new AuditQuery(worker, "person", Long.toString(child), null, null, 20)))
                .extracting(e -> e.action()).contains("ADD_RELATIONSHIP", "VIEW_FAMILY", "VIEW_ADDRESSES");
    }
}
