package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.person.matching.Agreement;
import org.kindred.person.matching.MatchField;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The register search finds a new child through a typo and a day/month swap, within a second, and says why. */
class RegisterSearchIT extends DatabaseIT {
    @Autowired
    RegisterSearch search;

    @Test
    void findsANewChildThroughATypoAndASwappedDateAndExplains() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String surname = "Quenby" + (char) ('a' + (int) (System.nanoTime() % 26)) + "ridge";
        String token = Api.token(mvc, worker);
        mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenNames":"Elizabeth","familyName":"%s","dateOfBirth":"2017-03-05","sex":"FEMALE",
                                 "postcode":"ZY9 9ZZ"}""".formatted(surname)))
                .andExpect(status().isCreated());
        long created = System.nanoTime();

        actAs(worker);
        String typo = surname.substring(0, 3) + surname.charAt(4) + surname.charAt(3) + surname.substring(5);
        List<SearchCandidate> found = search.search("Liz " + typo + " 3/5/2017", 5);
        double seconds = (System.nanoTime() - created) / 1e9;

        assertThat(seconds).as("searchable within a second of its creation").isLessThan(1.0);
        assertThat(found).isNotEmpty();
        SearchCandidate best = found.get(0);
        assertThat(best.person().familyName()).isEqualTo(surname);
        assertThat(best.explanation()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo(MatchField.DATE_OF_BIRTH);
            assertThat(f.level()).isEqualTo("day/month swap");
        });
        assertThat(best.explanation()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo(MatchField.GIVEN_NAME);
            assertThat(f.agreement()).isEqualTo(Agreement.PARTIAL);
        });
    }
}
