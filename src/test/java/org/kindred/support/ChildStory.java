package org.kindred.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A child with a story, made through the API as partners and pages make it: a mother and a father, a child
 * protection plan (neglect) from a strategy discussion, a section 47 enquiry and a conference, a period of care
 * (full care order, foster placement), three social workers this year and a statutory visit already overdue.
 */
public final class ChildStory {
    public final long childId;
    public final long motherId;
    public final long fatherId;

    private final MockMvc mvc;
    private final String token;

    private ChildStory(MockMvc mvc, String token, String familyName, LocalDate today, long[] workers) throws Exception {
        this.mvc = mvc;
        this.token = token;
        childId = person("Lola", familyName, "2016-05-04", "FEMALE", "CHILD");
        motherId = person("Dawn", familyName, "1990-02-01", "FEMALE", "ADULT");
        fatherId = person("Carl", familyName, "1988-07-09", "MALE", "ADULT");
        post("/api/v1/people/" + childId + "/relationships", "{\"relatedId\":\"%d\",\"kind\":\"MOTHER\"}".formatted(motherId));
        post("/api/v1/people/" + childId + "/relationships", "{\"relatedId\":\"%d\",\"kind\":\"FATHER\"}".formatted(fatherId));
        LocalDate held = today.minusDays(80);
        long sd = id(post("/api/v1/strategy-discussions", """
                {"childId":%d,"heldOn":"%s","route":"CONTACT","agencies":"Police, school","information":"Neglect seen at home",
                 "decision":"SECTION_47"}""".formatted(childId, held)));
        long s47 = id(post("/api/v1/section47-enquiries",
                "{\"strategyDiscussionId\":%d,\"startDate\":\"%s\"}".formatted(sd, held)));
        id(post("/api/v1/conferences", """
                {"type":"INITIAL","section47Id":%d,"heldOn":"%s","chair":"Pat Chair","attendees":"Mother, school",
                 "decision":"PLAN","category":"NEG"}""".formatted(s47, held.plusDays(10))));
        post("/api/v1/care/" + childId + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U3",
                 "placementProvider":"PR1","placementPostcode":"ZY1 1AA","planned":false}""".formatted(today.minusDays(60)));
        String[] reasons = {null, "FCONTA", "MANAGE"};
        for (int i = 0; i < workers.length; i++) {
            post("/api/v1/children/" + childId + "/allocations", "{\"workerId\":%d,\"startDate\":\"%s\"%s}".formatted(
                    workers[i], today.minusDays(200 - 60L * i),
                    reasons[i] == null ? "" : ",\"reason\":\"" + reasons[i] + "\""));
        }
    }

    /** Made by {@code token}'s user, who must be able to record protection, care and allocations (an administrator). */
    public static ChildStory make(MockMvc mvc, String token, String familyName, LocalDate today, long... workers)
            throws Exception {
        return new ChildStory(mvc, token, familyName, today, workers);
    }

    private long person(String given, String family, String born, String sex, String kind) throws Exception {
        return id(post("/api/v1/people", """
                {"kind":"%s","givenNames":"%s","familyName":"%s","dateOfBirth":"%s","sex":"%s"}"""
                .formatted(kind, given, family, born, sex)));
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful());
    }

    private static long id(ResultActions r) throws Exception {
        return Api.JSON.readTree(r.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }
}
