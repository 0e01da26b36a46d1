package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.shared.time.UkTime;
import org.kindred.support.Api;
import org.kindred.support.TestClock;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/**
 * Issue 13 item 7: the care records that once had only an API have pages. A worker goes from the care page to each
 * form (OC2 outcomes, family time, previous permanence, a decision to place for adoption, the match, correcting an
 * event, a missing child's return; a care leaver's adviser and OC3), is refused once with the input kept, and sees
 * each record listed back on the care page; axe-core finds no WCAG A or AA violation on any form or result.
 */
class CareRecordsBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();
    private String token;

    @Test
    void everyCareRecordIsRecordedOnAPage() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        token = Api.token(mvc, worker);
        long child = child("Rowan", TODAY.minusYears(4));
        api("/api/v1/care/" + child + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U4",
                 "placementProvider":"PR1","planned":true}""".formatted(TODAY.minusYears(1)));
        api("/api/v1/care/" + child + "/events", """
                {"kind":"PLACEMENT_CHANGE","date":"%s","placementType":"U3","placementProvider":"PR1",
                 "placementChangeReason":"CARPL"}""".formatted(TODAY.minusDays(30)));
        api("/api/v1/care/" + child + "/missing", "{\"startedAt\":\"%s\"}"
                .formatted(UkTime.instant(TODAY.minusDays(3), LocalTime.of(21, 0))));
        browser.signIn(worker, PASSWORD);
        browser.open("/children/" + child + "/care");
        clean("care page before");

        form("#record-outcomes", "outcomes form");
        browser.submit("#save");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Say whether immunisations are up to date");
        clean("outcomes form with errors");
        browser.type("sdqScore", "14");
        browser.click("#convicted-no");
        browser.click("#immunisations");
        browser.click("#substanceMisuse-no");
        done("Health and offending outcomes recorded");

        form("#record-family-contact", "family time form");
        browser.type("withWhom", "Grandmother");
        browser.type("how", "Supervised at the family centre");
        done("Family time recorded");

        form("#record-previous-permanence", "previous permanence form");
        browser.date("periodStart", TODAY.minusYears(1));
        select("previousPermanence", "Z1");
        done("Previous permanence recorded");

        form("#record-adoption-decision", "adoption decision form");
        browser.date("decided", TODAY.minusMonths(6));
        done("Decision to place for adoption recorded");

        form("#record-adoption", "adoption form");
        browser.date("dateShouldBePlaced", TODAY.minusMonths(6));
        browser.date("dateMatched", TODAY.minusMonths(1));
        browser.click("#fosterCarers-no");
        browser.click("#adopters-2");
        select("adoptersSex", "MF");
        select("adoptersLegalStatus", "L11");
        done("Adoption recorded");

        String href = browser.all("a.kindred-correct-event").get(1).getAttribute("href");
        browser.open(href.substring(href.indexOf("/children/")));
        assertThat(browser.find("h1").getText()).isEqualTo("Correct a care event");
        clean("correction form");
        browser.find("#reason").sendKeys("Moved on a different day");
        browser.date("event-date", TODAY.minusDays(25));
        done("Event corrected");

        form("a.kindred-missing-return", "missing return form");
        browser.date("missing-endedAt", TODAY.minusDays(2));
        browser.type("missing-endedAt-time", "09:30");
        browser.date("missing-rhiOfferedAt", TODAY.minusDays(1));
        browser.type("missing-rhiOfferedAt-time", "10:00");
        browser.click("#missing-rhiAccepted");
        done("Missing episode updated");

        assertThat(browser.find("#outcomes").getText()).contains("14");
        assertThat(browser.find("#family-contacts").getText()).contains("Grandmother");
        assertThat(browser.find("#previous-permanence").getText()).contains("Z1");
        assertThat(browser.find("#adoption-decisions").getText()).contains("Open");
        assertThat(browser.find("#adoption").getText()).contains("MF");
        assertThat(browser.find("#missing").getText()).contains("Offered in time", "Accepted");
        clean("care page with every record");

        LocalDate dob = TODAY.minusYears(17).minusDays(10);
        long leaver = child("Ash", dob);
        api("/api/v1/care/" + leaver + "/events", """
                {"kind":"CAME_INTO_CARE","date":"%s","legalStatus":"C2","categoryOfNeed":"N1","placementType":"U4",
                 "placementProvider":"PR1","planned":true}""".formatted(dob.plusYears(15)));
        api("/api/v1/care/" + leaver + "/events", "{\"kind\":\"LEFT_CARE\",\"date\":\"%s\",\"reasonCeased\":\"E13\"}"
                .formatted(TODAY.minusDays(20)));
        browser.open("/children/" + leaver + "/care");
        form("#record-adviser", "adviser form");
        browser.type("adviser", "Sam Adviser");
        done("Personal adviser recorded");
        form("#record-leaver-outcome", "care leaver form");
        browser.click("#age");
        select("inTouch", "YES");
        select("activity", "F2");
        select("accommodation", "D1");
        done("Care leaver");
        assertThat(browser.find("#advisers").getText()).contains("Sam Adviser");
        assertThat(browser.find("#leaver-outcomes").getText()).contains("D1");
        clean("care leaver's care page");
    }

    /** Follows the link to a form from the care page; the form is axe clean. */
    private void form(String link, String what) throws Exception {
        browser.submit(link);
        clean(what);
    }

    /** Saves the form; the care page says it is done and is axe clean. */
    private void done(String banner) throws Exception {
        browser.submit("#save");
        assertThat(browser.find("#done").getText()).startsWith(banner);
        clean("care page after: " + banner);
    }

    private void clean(String what) throws Exception {
        axe(what);
    }

    private void select(String id, String code) {
        new Select(browser.find("#" + id)).selectByValue(code);
    }

    private long child(String given, LocalDate dob) throws Exception {
        return Api.JSON.readTree(api("/api/v1/people", """
                {"givenNames":"%s","familyName":"Carerecords","dateOfBirth":"%s","sex":"FEMALE"}""".formatted(given, dob)))
                .get("id").asLong();
    }

    private String api(String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", Api.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getContentAsString();
    }
}
