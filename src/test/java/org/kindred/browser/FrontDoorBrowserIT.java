package org.kindred.browser;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.ContactDecisionDue;

/**
 * A front-door worker adds a child, records a contact about them (correcting a missing worry), sees it in the
 * queue and decides "referral"; axe-core finds no WCAG A or AA violation on any of these pages.
 */
class FrontDoorBrowserIT extends InBrowser {
    @Test
    void aWorkerRecordsAContactAndDecidesReferral() throws IOException {
        String social = user(Role.SOCIAL_WORKER);
        browser.signIn(user(Role.FRONT_DOOR_WORKER), PASSWORD);
        browser.open("/children/new");
        browser.type("givenNames", "Wren");
        browser.type("familyName", "Doorbrowser");
        browser.type("dateOfBirth", "9");
        browser.type("dateOfBirth-month", "9");
        browser.type("dateOfBirth-year", "2016");
        browser.click("#sex-FEMALE");
        browser.saveNewChild();
        assertThat(browser.currentPath()).matches("/children/\\d+");
        String childId = browser.currentPath().replace("/children/", "");

        browser.open("/front-door/contacts/new");
        assertThat(browser.accessibilityViolations()).as("record-a-contact page").isEmpty();
        browser.type("name", "Doorbrowser");
        browser.submit("#search");
        assertThat(browser.text()).contains("Wren Doorbrowser");
        assertThat(browser.accessibilityViolations()).as("record-a-contact page with matches").isEmpty();
        browser.find("a[href='/front-door/contacts/new?childId=" + childId + "']").click();
        assertThat(browser.find("#childId").getAttribute("value")).isEqualTo(childId);

        browser.find("#source option[value='2A']").click();
        browser.click("#consent");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter what the worry is about the child");
        assertThat(browser.find("#childId").getAttribute("value")).isEqualTo(childId);
        assertThat(browser.accessibilityViolations()).as("record-a-contact page with errors").isEmpty();

        browser.type("worry", "Teacher saw bruising on both arms");
        browser.submit("#save");
        assertThat(browser.currentPath()).matches("/front-door/contacts/\\d+");
        String contactPath = browser.currentPath();
        assertThat(browser.text()).contains("Contact recorded", "Teacher saw bruising on both arms");
        assertThat(browser.accessibilityViolations()).as("contact page").isEmpty();

        browser.open("/front-door");
        assertThat(browser.text()).contains("Wren Doorbrowser");
        assertThat(browser.accessibilityViolations()).as("front-door queue").isEmpty();

        browser.open(contactPath);
        browser.click(".govuk-details__summary");
        browser.type("agency", "Kingsford Primary");
        browser.submit("#request-information");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter what was asked");
        assertThat(browser.find("#agency").getAttribute("value")).isEqualTo("Kingsford Primary");
        assertThat(browser.accessibilityViolations()).as("information request with errors").isEmpty();
        browser.type("question", "Attendance this term?");
        browser.submit("#request-information");
        assertThat(browser.text()).contains("Information request recorded", "Attendance this term?");
        assertThat(browser.accessibilityViolations()).as("contact page with a request").isEmpty();

        browser.click("#decision-REFERRAL");
        browser.find("#primaryNeed option[value='N1']").click();
        browser.submit("#decide");
        LocalDate today = TestClock.today();
        assertThat(browser.text()).contains("Decision recorded", "Referral to children's social care",
                "N1 Abuse or neglect");
        assertThat(browser.find("#re-referral").getText()).isEqualTo("No");
        assertThat(browser.find("#assessment-due").getText()).contains(Integer.toString(AssessmentDue.from(today).getYear()));
        assertThat(browser.accessibilityViolations()).as("decided contact page").isEmpty();

        browser.submit("#start-assessment");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter the username of the allocated worker");
        assertThat(browser.accessibilityViolations()).as("start-assessment errors").isEmpty();
        browser.type("worker", social);
        browser.submit("#start-assessment");
        assertThat(browser.text()).contains("Assessment started");
        assertThat(browser.find("#assessment-worker").getText()).isEqualTo("Test " + social);
        assertThat(browser.accessibilityViolations()).as("contact page with assessment").isEmpty();
    }
}
