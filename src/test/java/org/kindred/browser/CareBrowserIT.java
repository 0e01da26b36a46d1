package org.kindred.browser;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/**
 * A child comes into care in an emergency under section 20 (V2), moves placement (a first try without the reason is
 * refused), goes missing and is offered a return home interview, and is made subject to an interim care order (C1):
 * the care page shows three episodes, S, P and L, as the SSDA903 return counts them; axe-core finds no WCAG A or AA
 * violation on any state of the page.
 */
class CareBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();
    @Test
    void anEmergencyAccommodationBecomesEpisodesAsTheReturnCountsThem() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        long child = child(worker);
        browser.signIn(worker, PASSWORD);
        browser.open("/children/" + child + "/care");
        assertThat(browser.find("h1").getText()).isEqualTo("Lily Carebrowser");
        axe("empty care page");

        event("#event-kind", TODAY.minusDays(60));
        select("event-legalStatus", "V2");
        select("event-categoryOfNeed", "N1");
        browser.click("#event-planned-emergency");
        select("event-placementType", "U6");
        select("event-placementProvider", "PR1");
        browser.type("event-placementPostcode", "ZY1 2AB");
        browser.submit("#record-event-button");
        assertThat(browser.text()).contains("Event recorded", "(emergency)");

        event("#event-kind-PLACEMENT_CHANGE", TODAY.minusDays(30));
        select("event-placementType", "K2");
        select("event-placementProvider", "PR4");
        browser.submit("#record-event-button");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select the reason for the placement change");
        assertThat(browser.find("#event-date-year").getAttribute("value")).isEqualTo(Integer.toString(TODAY.minusDays(30).getYear()));
        axe("care page with errors");
        select("event-placementChangeReason", "CREQB");
        browser.submit("#record-event-button");
        assertThat(browser.text()).contains("Event recorded");

        dateTime("missing-startedAt", TODAY.minusDays(20), "21:00");
        dateTime("missing-endedAt", TODAY.minusDays(19), "09:30");
        dateTime("missing-rhiOfferedAt", TODAY.minusDays(18), "10:00");
        browser.click("#missing-rhiAccepted");
        browser.submit("#record-missing-button");
        assertThat(browser.find("#missing").getText()).contains("Offered in time", "Accepted");

        event("#event-kind-LEGAL_STATUS_CHANGE", TODAY.minusDays(10));
        select("event-legalStatus", "C1");
        browser.submit("#record-event-button");

        List<WebElement> rows = browser.all("#episodes-1 tbody tr");
        assertThat(rows).extracting(r -> r.findElements(org.openqa.selenium.By.tagName("td")).get(1).getText().substring(0, 1))
                .containsExactly("S", "P", "L");
        assertThat(rows.get(0).getText()).contains("V2", "U6", "X1", "CREQB");
        assertThat(rows.get(1).getText()).contains("V2", "K2", "X1");
        assertThat(rows.get(2).getText()).contains("C1", "K2", "Open");
        assertThat(browser.find("#next-review").getText()).isNotEqualTo("None due");
        assertThat(browser.find("#next-visit").getText()).isNotEqualTo("None due");
        axe("care page with episodes");
    }

    private long child(String worker) throws Exception {
        String token = Api.token(mvc, worker);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames":"Lily","familyName":"Carebrowser","dateOfBirth":"2013-05-02","sex":"FEMALE"}"""))
                .andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    private void event(String kind, LocalDate date) {
        browser.click(kind);
        browser.date("event-date", date);
    }

    private void dateTime(String id, LocalDate date, String time) {
        browser.date(id, date);
        browser.type(id + "-time", time);
    }

    private void select(String id, String code) {
        new Select(browser.find("#" + id)).selectByValue(code);
    }
}
