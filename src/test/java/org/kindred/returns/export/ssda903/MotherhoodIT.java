package org.kindred.returns.export.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.SystemIdentity;
import org.kindred.person.Families;
import org.kindred.person.NewRelationship;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * MOTHER and MC_DOB come from the register's relationships, read for every girl in the return at once: a girl in care
 * whose baby is recorded (as her child, or with her as its mother) is a mother with her first child's date of birth.
 */
class MotherhoodIT extends DatabaseIT {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int YEAR = CollectionYears.containing(TestClock.today().minusDays(10));
    private static final LocalDate START = LocalDate.of(YEAR - 1, 4, 1);

    @Autowired
    Ssda903Source source;
    @Autowired
    Families families;

    private long person(String token, String given, LocalDate dob, String sex) throws Exception {
        return Api.JSON.readTree(mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"%s","familyName":"Motherhood","dateOfBirth":"%s","sex":"%s"}"""
                                .formatted(given, dob, sex)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private void cameIntoCare(String token, long child) throws Exception {
        mvc.perform(post("/api/v1/care/" + child + "/events").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N8","placementType":"U6",
                         "placementProvider":"PR1","placementPostcode":"ZY1 2AB","planned":false}"""
                        .formatted(START.minusMonths(3)))).andExpect(status().isCreated());
    }

    @Test
    void aGirlInCareWithARecordedChildIsAMother() throws Exception {
        String token = Api.token(mvc, user(Role.SOCIAL_WORKER));
        long mother = person(token, "Ria", START.minusYears(16), "FEMALE");
        long other = person(token, "Sky", START.minusYears(16), "FEMALE");
        long first = person(token, "Ola", START.minusMonths(8), "MALE");
        long second = person(token, "Ema", START.plusDays(20), "FEMALE");
        cameIntoCare(token, mother);
        cameIntoCare(token, other);
        SystemIdentity.as("motherhood-test", () -> {
            families.relate(first, new NewRelationship(Long.toString(mother), "MOTHER"));
            families.relate(mother, new NewRelationship(Long.toString(second), "CHILD"));
            return null;
        });

        List<Map<String, String>> headers = new ArrayList<>();
        SystemIdentity.as("motherhood-test", () -> {
            source.fill(YEAR, (table, row) -> {
                if (table.equals("Header")) headers.add(row);
            });
            return null;
        });

        assertThat(headers).filteredOn(h -> h.get("CHILD").equals(Long.toString(mother))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("MOTHER", "1")
                        .containsEntry("MC_DOB", DMY.format(START.minusMonths(8))));
        assertThat(headers).filteredOn(h -> h.get("CHILD").equals(Long.toString(other))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("MOTHER", "0").containsEntry("MC_DOB", null));
    }
}
