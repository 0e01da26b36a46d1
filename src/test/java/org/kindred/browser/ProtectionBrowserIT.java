package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;

/**
 * A social worker records a strategy discussion (correcting a missing decision) and a section 47 enquiry; a chair
 * records the initial conference and the plan; the child's protection page shows the plan, its category and the next
 * review date. axe-core finds no WCAG A or AA violation on any of these pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectionBrowserIT extends DatabaseIT {
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stop() throws IOException {
        browser.close();
    }

    private void date(String name, String day, String month, String year) {
        browser.type(name, day);
        browser.type(name + "-month", month);
        browser.type(name + "-year", year);
    }

    @Test
    void aWorkerAndAChairTakeAChildFromStrategyDiscussionToPlan() throws IOException {
        browser.signIn(user(Role.SOCIAL_WORKER), PASSWORD);
        browser.open("/children/new");
        browser.type("givenNames", "Linden");
        browser.type("familyName", "Protectbrowser");
        browser.type("dateOfBirth", "12");
        browser.type("dateOfBirth-month", "5");
        browser.type("dateOfBirth-year", "2018");
        browser.click("#sex-FEMALE");
        browser.saveNewChild();
        String childPath = browser.currentPath();
        assertThat(childPath).matches("/children/\\d+");

        browser.open(childPath + "/protection");
        assertThat(browser.text()).contains("Child protection", "No open child protection plan");
        assertThat(browser.accessibilityViolations()).as("protection page, empty").isEmpty();

        browser.submit("#record-discussion");
        date("heldOn", "30", "3", "2026");
        browser.click("#route-CONTACT");
        browser.type("agencies", "Police, school, health visitor");
        browser.type("information", "Child disclosed being hit at home");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select whether to start a section 47 enquiry");
        assertThat(browser.find("#agencies").getAttribute("value")).isEqualTo("Police, school, health visitor");
        assertThat(browser.accessibilityViolations()).as("strategy discussion form with errors").isEmpty();
        browser.click("#decision");
        browser.submit("#save");
        assertThat(browser.text()).contains("Strategy discussion recorded", "Start a section 47 enquiry");

        browser.find("#discussions a").click();
        assertThat(browser.accessibilityViolations()).as("section 47 form").isEmpty();
        date("startDate", "30", "3", "2026");
        date("childSeenOn", "31", "3", "2026");
        browser.submit("#save");
        assertThat(browser.text()).contains("Section 47 enquiry recorded", "22 Apr 2026");
        assertThat(browser.accessibilityViolations()).as("protection page with an enquiry").isEmpty();

        browser.click(".kindred-signout button");
        browser.signIn(user(Role.CONFERENCE_CHAIR), PASSWORD);
        browser.open(childPath + "/protection");
        browser.find("#enquiries a").click();
        assertThat(browser.find("#icpc-due").getText()).contains("Wednesday 22 April 2026");
        assertThat(browser.accessibilityViolations()).as("initial conference form").isEmpty();
        date("heldOn", "22", "4", "2026");
        browser.type("chair", "Morgan Chair");
        browser.type("attendees", "Mother, school, police, health visitor");
        browser.click("#decision");
        browser.click("#category-PHYSICAL");
        browser.submit("#save");

        assertThat(browser.text()).contains("Conference recorded");
        assertThat(browser.find("#plan-category").getText()).isEqualTo("Physical abuse");
        assertThat(browser.find("#next-review").getText()).isEqualTo("Wednesday 22 July 2026");
        assertThat(browser.find("#plan-start").getText()).isEqualTo("22 April 2026");
        assertThat(browser.accessibilityViolations()).as("protection page with a plan").isEmpty();

        assertThat(browser.find("#core-group-due").getText()).startsWith("Thursday 7 May 2026");

        browser.submit("#record-review");
        assertThat(browser.accessibilityViolations()).as("review conference form").isEmpty();

        browser.click(".kindred-signout button");
        browser.signIn(user(Role.SOCIAL_WORKER), PASSWORD);
        browser.open(childPath + "/protection");
        browser.submit("#record-core-group");
        date("heldOn", "6", "5", "2026");
        date("nextDue", "3", "6", "2026");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.accessibilityViolations()).as("core group form with errors").isEmpty();
        browser.type("attendees", "Mother, school, health visitor");
        browser.submit("#save");
        assertThat(browser.text()).contains("Core group meeting recorded");
        assertThat(browser.find("#core-group-due").getText()).isEqualTo("Wednesday 3 June 2026");
    }
}
