package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.TestClock;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/**
 * Issue 16's acceptance journey in Chromium: a front-door decision steps a family down to early help; the lead
 * professional is recorded, completes the assessment and refers the teenager to MST; the MST team accepts, starts
 * and ends with outcomes; the outcomes page shows the young person among those living at home. A step-up goes the
 * other way, to a front-door contact carrying the history. axe-core finds no WCAG A or AA violation on any page.
 */
class EarlyHelpBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();

    private long contact(String worker, String family) throws Exception {
        String body = mvc.perform(post("/api/v1/contacts").header("Authorization", Api.bearer(Api.token(mvc, worker)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"child":{"givenNames":"Jay","familyName":"%s","dateOfBirth":"%s","sex":"MALE"},
                                 "source":"2A","receivedAt":"%s","worry":"Out of school, fights with his mum","consent":"GIVEN"}"""
                                .formatted(family, TODAY.minusYears(14), java.time.ZonedDateTime.now(TestClock.CLOCK)
                                        .minusHours(1).withNano(0).toOffsetDateTime())))
                .andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    private void stepDown(long contact) {
        browser.open("/front-door/contacts/" + contact);
        browser.click("#decision-EARLY_HELP");
        browser.type("reason", "Mum asks for help; school will lead");
        browser.submit("#decide");
        assertThat(browser.text()).contains("Decision recorded");
    }

    private void openEpisode(String family) {
        browser.open("/early-help");
        browser.all("#episodes a").stream().filter(a -> a.getText().startsWith(family)).findFirst().orElseThrow().click();
        assertThat(browser.find("h1").getText()).isEqualTo(family + " family");
    }

    @Test
    void aFamilySteppedDownGoesThroughMstAndAnotherStepsUp() throws Exception {
        String worker = user(Role.FRONT_DOOR_WORKER, Role.SOCIAL_WORKER);
        String family = "Mstbrowser" + Long.toString(System.nanoTime() % 100000, 36).replaceAll("[0-9]", "x");
        long contact = contact(worker, family);
        browser.signIn(worker, PASSWORD);

        stepDown(contact);
        openEpisode(family);
        assertThat(browser.find("#information").getText()).contains("Out of school, fights with his mum");
        assertThat(browser.find("#lead").getText()).isEqualTo("Not agreed yet");
        axe("episode page");

        browser.submit("#save-assessment");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter what the assessment found");
        axe("episode page with errors");
        browser.type("leadProfessional", "Ms Ada Reed");
        new Select(browser.find("#leadAgency")).selectByValue("SCHOOL");
        browser.submit("#save-lead");
        assertThat(browser.find("#lead").getText()).isEqualTo("Ms Ada Reed (School)");
        browser.type("summary", "School refusal and anger at home; mum wants help");
        browser.submit("#save-assessment");
        assertThat(browser.find("#assessment").getText()).startsWith("Completed");
        new Select(browser.find("#service")).selectByValue("MST");
        new Select(browser.find("#referChild")).selectByIndex(1);
        browser.type("referReason", "Violence at home, out of school");
        browser.submit("#save-refer");
        assertThat(browser.find("#referrals").getText()).contains("Multisystemic therapy: Jay " + family, "Referred");

        browser.find("#referrals a").click();
        axe("referral page");
        browser.click("#step");
        browser.submit("#save-step");
        assertThat(browser.find("#status").getText()).isEqualTo("Accepted, waiting");
        browser.open("/interventions/MST");
        assertThat(browser.find("#waiting").getText()).contains("Jay " + family);
        axe("MST waiting list");
        browser.all("#waiting a").stream().filter(a -> a.getText().equals("Jay " + family)).findFirst().orElseThrow().click();
        browser.click("#step");
        browser.submit("#save-step");
        assertThat(browser.find("#status").getText()).isEqualTo("Started");
        browser.click("#step");
        browser.submit("#save-step");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select why the intervention ended",
                "Say whether the young person is living at home");
        axe("ending with errors");
        browser.click("#step");
        new Select(browser.find("#reason")).selectByValue("COMPLETED");
        browser.click("#livingAtHome");
        browser.click("#inEducation");
        browser.click("#noNewOffences");
        browser.submit("#save-step");
        assertThat(browser.find("#status").getText()).isEqualTo("Ended");
        assertThat(browser.find("#measures").getText()).contains("Living at home: yes");

        browser.open("/interventions/MST/outcomes?from=" + TODAY.minusMonths(1) + "&to=" + TODAY);
        assertThat(browser.all("#people tr").stream().filter(r -> r.getText().contains("Jay " + family)).findFirst()
                .orElseThrow().getText()).contains("Completed as planned", "Yes");
        assertThat(browser.find("svg title").getAttribute("textContent")).contains("6 months after the end");
        axe("MST outcomes");
        browser.open("/interventions");
        axe("interventions catalogue");

        String other = "Upbrowser" + family.substring(10);
        stepDown(contact(worker, other));
        openEpisode(other);
        browser.type("stepUpReason", "Bruises seen at school");
        browser.submit("#save-step-up");
        assertThat(browser.find("#status").getText()).contains("Stepped up to children's social care");
        browser.click("#stepped-up");
        assertThat(browser.text()).contains("Step-up from early help: Bruises seen at school", "Early help episode");
        axe("front-door contact from a step-up");
    }
}
