package org.kindred.browser;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14's acceptance journey in Chromium: a member of the public enquires from a campaign link; the fostering
 * officer takes the enquiry through every stage to approval; a social worker raises a placement request for a child in
 * care, sees ranked households with reasons, chooses one, and the child's care record shows the placement. axe-core
 * finds no WCAG A or AA violation on any page of it.
 */
class FosteringBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();
    @Autowired
    JdbcClient jdbc;

    private void step(String step) {
        browser.click("input[data-step='" + step + "']");
    }

    @Test
    void fromACampaignLinkToAPlacementInTheChildsCareRecord() throws Exception {
        String code = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("insert into fostering_campaign (code, name, channel, starts_on) values (?, ?, 'Radio', ?)")
                .params(code, "Browser campaign " + code, TODAY.minusMonths(1)).update();
        String name = "Robin " + code;
        String postcode = "ZY" + (10 + Math.floorMod(code.hashCode(), 80)) + " 4AB";

        // the public enquires from the campaign's link, without signing in
        browser.open("/foster-with-us?campaign=" + code);
        assertThat(browser.find("h1").getText()).isEqualTo("Thinking of fostering?");
        axe("public enquiry page");
        browser.submit("#send");
        assertThat(browser.text()).contains("There is a problem", "Enter your full name", "Confirm that we may contact you");
        axe("public enquiry page with errors");
        browser.type("name", name);
        browser.type("email", "robin@example.com");
        browser.type("postcode", postcode);
        browser.click("#consentToContact");
        browser.submit("#send");
        assertThat(browser.find("h1").getText()).isEqualTo("Thank you");
        axe("public thank-you page");
        long enquiry = jdbc.sql("select id from fostering_enquiry where name = ?").param(name).query(Long.class).single();

        // the fostering officer takes it through every stage to approval
        String officer = user(Role.FOSTERING_OFFICER);
        browser.signIn(officer, PASSWORD);
        browser.open("/fostering");
        assertThat(browser.text()).contains(name);
        axe("fostering home");
        browser.open("/fostering/enquiries/" + enquiry);
        assertThat(browser.find("#campaign").getText()).isEqualTo("Browser campaign " + code);
        axe("enquiry page");
        for (String s : new String[] {"FIRST_RESPONSE", "INITIAL_VISIT", "APPLICATION", "DBS_CHECK", "LA_CHECK",
                "HEALTH_CHECK", "REFERENCES", "STAGE_ONE_DECISION", "FORM_F"}) {
            step(s);
            browser.submit("#save-step");
            assertThat(browser.find("#done").getText()).as(s).endsWith("recorded");
        }
        step("PANEL");
        browser.submit("#save-step");
        assertThat(browser.text()).contains("Select the panel's recommendation");
        axe("enquiry page with a panel error");
        step("PANEL");
        new Select(browser.find("#recommendation")).selectByValue("APPROVE");
        browser.submit("#save-step");
        step("DECISION");
        new Select(browser.find("#approve")).selectByValue("yes");
        new Select(browser.find("#approvalType")).selectByValue("MAINSTREAM");
        browser.type("ageMin", "0");
        browser.type("ageMax", "17");
        browser.type("places", "2");
        browser.type("householdName", "The Robin household");
        browser.submit("#save-step");
        assertThat(browser.find("#stage").getText()).isEqualTo("Approved");
        axe("approved enquiry");
        browser.click("#household-link");
        assertThat(browser.find("h1").getText()).isEqualTo("The Robin household");
        axe("household page");
        long household = jdbc.sql("select household_id from fostering_enquiry where id = ?").param(enquiry).query(Long.class).single();
        browser.click(".kindred-signout button");

        // a social worker finds the child a home
        String worker = user(Role.SOCIAL_WORKER);
        long child = childInCare(worker);
        browser.signIn(worker, PASSWORD);
        browser.open("/placement-requests/new?childId=" + child);
        axe("new placement request");
        browser.type("schoolPostcode", postcode.replace("4AB", "4AC"));
        browser.submit("#raise");
        assertThat(browser.find("h1").getText()).startsWith("Nico Fosterbrowser");
        assertThat(browser.text()).contains("The Robin household", "Meets: Near school");
        axe("ranked households");
        browser.click("input[name='householdId'][value='" + household + "']");
        browser.submit("#choose");
        assertThat(browser.find("#done").getText()).isEqualTo("Placement recorded in the child's care record");
        assertThat(browser.find("#status").getText()).isEqualTo("PLACED");
        axe("placed request");
        browser.click("#care-record");
        assertThat(browser.text()).contains("U6", postcode);
        axe("the child's care record");
    }

    private long childInCare(String worker) throws Exception {
        String token = Api.token(mvc, worker);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenNames":"Nico","familyName":"Fosterbrowser","dateOfBirth":"%s","sex":"MALE"}""".formatted(TODAY.minusYears(8))))
                .andReturn().getResponse().getContentAsString();
        long id = Api.JSON.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/care/" + id + "/events").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"V2","categoryOfNeed":"N1","placementType":"K2",
                         "placementProvider":"PR4","planned":false}""".formatted(TODAY.minusDays(10))));
        return id;
    }
}
