package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;
import org.springframework.mock.web.MockHttpSession;

/** The Children list pages through any number of records; a page number past the end is not an error page. */
class ChildListIT extends DatabaseIT {

    @Test
    void aPageFarPastTheEndShowsTheLastPageNotAServerError() throws Exception {
        MockHttpSession sw = login(user(Role.SOCIAL_WORKER));
        for (String page : new String[] {"99999999", "2147483647", "-5"}) {
            String html = mvc.perform(get("/children").param("page", page).session(sw)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as("page " + page).contains("Children").doesNotContain("Sorry, there is a problem");
        }
        mvc.perform(get("/children").param("page", "not-a-number").session(sw)).andExpect(status().isBadRequest());
    }

    @Test
    void theChildrenListHoldsChildrenAndThePeopleListEveryone() throws Exception {
        String token = org.kindred.support.Api.token(mvc, user(Role.SOCIAL_WORKER));
        for (String body : new String[] {
                "{\"kind\":\"CHILD\",\"givenNames\":\"Kit\",\"familyName\":\"Listkind\",\"dateOfBirth\":\"2015-06-01\",\"sex\":\"MALE\"}",
                "{\"kind\":\"ADULT\",\"givenNames\":\"Ada\",\"familyName\":\"Listkind\",\"dateOfBirth\":\"1980-06-01\",\"sex\":\"FEMALE\"}"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/people")
                    .header("Authorization", org.kindred.support.Api.bearer(token))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated());
        }
        MockHttpSession sw = login(user(Role.SOCIAL_WORKER));
        String children = mvc.perform(get("/children").param("name", "Listkind").session(sw)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(children).contains("Listkind, Kit", "1 child,").doesNotContain("Listkind, Ada");
        String people = mvc.perform(get("/people").param("name", "Listkind").session(sw)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(people).contains("Listkind, Kit", "Listkind, Ada", "2 people,");
    }
}
