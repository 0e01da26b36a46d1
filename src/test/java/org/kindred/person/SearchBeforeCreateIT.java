package org.kindred.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding a child runs the search first: a likely match is shown, and only a confirmed new child is created. */
class SearchBeforeCreateIT extends DatabaseIT {

    @Test
    void aLikelyMatchIsShownBeforeASecondRecordIsMade() throws Exception {
        MockHttpSession session = login(user(Role.FRONT_DOOR_WORKER));
        String family = "Ravensworth" + (System.nanoTime() % 1000);
        MvcResult first = mvc.perform(child(session, "Theodore", family).param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String firstUrl = first.getResponse().getRedirectedUrl();

        String page = mvc.perform(child(session, "Teddy", family))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This child may already be known", "Theodore " + family, firstUrl, "nickname");

        MvcResult confirmed = mvc.perform(child(session, "Teddy", family).param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).startsWith("/children/").isNotEqualTo(firstUrl);
    }

    private static MockHttpServletRequestBuilder child(MockHttpSession session, String given, String family) {
        return post("/children").session(session).with(csrf()).param("givenNames", given).param("familyName", family)
                .param("dobDay", "11").param("dobMonth", "8").param("dobYear", "2016").param("sex", "MALE")
                .param("postcode", "ZY3 3AB");
    }
}
