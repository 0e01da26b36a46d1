package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.person.Upn;

/**
 * A worker signs in, adds a child with one mistake, sees the GOV.UK error summary with their input kept,
 * corrects it and views the child; axe-core finds no WCAG A or AA violation on any of these pages.
 */
class ChildJourneyBrowserIT extends InBrowser {
    @Test
    void aWorkerAddsAChildCorrectingAMistake() throws IOException {
        String worker = user(Role.SOCIAL_WORKER);
        browser.open("/login");
        axe("login page");

        browser.signIn(worker, PASSWORD);
        assertThat(browser.title()).startsWith("My work");
        axe("My work page");

        browser.open("/children/new");
        axe("add-a-child page");
        browser.type("givenNames", "Marnie");
        browser.type("familyName", "Browserfield");
        browser.type("dateOfBirth", "14");
        browser.type("dateOfBirth-month", "2");
        browser.type("dateOfBirth-year", "2018");
        browser.click("#sex-FEMALE");
        browser.type("nhsNumber", "943 476 5918");
        browser.type("upn", Upn.checkLetter("999555000111") + "999555000111");
        browser.type("addressLine1", "4 Test Row");
        browser.type("town", "Kingsford");
        browser.type("postcode", "ZY4 1AB");
        browser.submit("#save");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter a valid NHS number");
        assertThat(browser.find("#familyName").getAttribute("value")).isEqualTo("Browserfield");
        assertThat(browser.find("#dateOfBirth-year").getAttribute("value")).isEqualTo("2018");
        assertThat(browser.find("#nhsNumber").getAttribute("value")).isEqualTo("943 476 5918");
        assertThat(browser.find("#postcode").getAttribute("value")).isEqualTo("ZY4 1AB");
        axe("add-a-child page with errors");

        browser.type("nhsNumber", "943 476 5919");
        browser.saveNewChild();

        assertThat(browser.currentPath()).as(browser.text()).matches("/children/\\d+");
        assertThat(browser.find("h1").getText()).isEqualTo("Marnie Browserfield");
        assertThat(browser.text()).contains("14 February 2018", "9434765919", "ZY4 1AB");
        axe("child page");
    }

    @Test
    void aFrontDoorWorkerFindsAKnownChildThroughATypoAndASwappedDate() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER);
        String token = org.kindred.support.Api.token(mvc, worker);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/people")
                .header("Authorization", org.kindred.support.Api.bearer(token))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("""
                        {"givenNames":"Katherine","familyName":"Wetherspoon","dateOfBirth":"2016-04-09","sex":"FEMALE",
                         "postcode":"ZY7 7AB"}"""));

        browser.signIn(worker, PASSWORD);
        browser.open("/search");
        browser.type("q", "Kate Wetherpsoon 4/9/2016");
        browser.submit("#search");

        assertThat(browser.text()).as("search results page").contains("possible matches");
        assertThat(browser.find(".govuk-summary-card__title").getText()).startsWith("Katherine Wetherspoon");
        String why = browser.find(".govuk-summary-card").getText();
        assertThat(why).contains("day/month swap", "nickname");
        axe("search results page");
    }
}
