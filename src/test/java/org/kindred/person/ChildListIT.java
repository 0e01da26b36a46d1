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
}
