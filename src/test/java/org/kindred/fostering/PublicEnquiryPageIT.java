package org.kindred.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public enquiry page: open without sign-in, refuses a burst from one address after the limit, stores nothing
 * from a filled honeypot, needs its CSRF token, keeps input on error, attributes the campaign of the link, and links
 * to nothing else of Kindred.
 */
class PublicEnquiryPageIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static String address() {
        return "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
    }

    long stored(String name) {
        return jdbc.sql("select count(*) from fostering_enquiry where name = ?").param(name).query(Long.class).single();
    }

    MockHttpServletRequestBuilder enquiry(String name, String address) {
        return post("/foster-with-us").with(csrf()).with(from(address)).param("name", name)
                .param("email", "someone@example.com").param("consentToContact", "yes");
    }

    @Test
    void anyoneMayEnquireAndTheCampaignOfTheLinkIsKept() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("insert into fostering_campaign (code, name, channel, starts_on) values (?, ?, 'Radio', current_date)")
                .params(code, "Campaign " + code).update();
        String page = mvc.perform(get("/foster-with-us?campaign=" + code).with(from(address())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thinking of fostering?").contains("value=\"" + code + "\"");
        String name = "Public " + UUID.randomUUID();
        mvc.perform(enquiry(name, address()).param("campaign", code)).andExpect(status().isOk());
        assertThat(jdbc.sql("select c.code from fostering_enquiry e join fostering_campaign c on c.id = e.campaign_id where e.name = ?")
                .param(name).query(String.class).single()).isEqualTo(code);
    }

    @Test
    void theHoneypotStoresNothingButLooksAccepted() throws Exception {
        String name = "Bot " + UUID.randomUUID();
        String page = mvc.perform(enquiry(name, address()).param("website", "http://spam.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thank you");
        assertThat(stored(name)).isZero();
    }

    @Test
    void aBurstOfOneHundredFromOneAddressIsRefusedAfterTheLimit() throws Exception {
        String address = address();
        String name = "Burst " + UUID.randomUUID();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            int s = mvc.perform(enquiry(name, address)).andReturn().getResponse().getStatus();
            if (s == 200) accepted++;
            else if (s == 429) refused++;
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(refused).isEqualTo(95);
        assertThat(stored(name)).isEqualTo(5);
        // another address is not held back by this one's burst
        mvc.perform(enquiry("Other " + UUID.randomUUID(), address())).andExpect(status().isOk());
    }

    @Test
    void withoutTheCsrfTokenNothingIsStored() throws Exception {
        String name = "Forged " + UUID.randomUUID();
        mvc.perform(post("/foster-with-us").with(from(address())).param("name", name).param("email", "a@example.com")
                .param("consentToContact", "yes")).andExpect(status().isForbidden());
        assertThat(stored(name)).isZero();
    }

    @Test
    void errorsAreShownWithTheInputKept() throws Exception {
        String page = mvc.perform(post("/foster-with-us").with(csrf()).with(from(address())).param("name", "Kept Name")
                .param("email", "not-an-email")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter an email address in the correct format")
                .contains("Confirm that we may contact you").contains("value=\"Kept Name\"");
    }

    @Test
    void thePageLinksToNothingElseOfKindred() throws Exception {
        String page = mvc.perform(get("/foster-with-us").with(from(address()))).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(page);
        int links = 0;
        while (m.find()) {
            links++;
            assertThat(m.group(1)).matches("(#main-content|/foster-with-us|/webjars/.*|/css/.*|/js/.*)");
        }
        assertThat(links).isGreaterThan(3);
        mvc.perform(get("/fostering").with(from(address()))).andExpect(status().is3xxRedirection());
    }
}
