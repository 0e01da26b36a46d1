package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;

/**
 * A social worker records a strategy discussion (correcting a missing decision) and a section 47 enquiry; a chair
 * records the initial conference and the plan; the child's protection page shows the plan, its category and the next
 * review date. axe-core finds no WCAG A or AA violation on any of these pages.
 */
class ProtectionBrowserIT extends InBrowser {
    @Test
    void aWorkerAndAChairTakeAChildFromStrategyDiscussionToPlan() throws IOException {
        browser.signIn(user(Role.SOCIAL_WORKER), PASSWORD);
        String childPath = browser.addGirl("Linden", "Protectbrowser", LocalDate.of(2018, 5, 12));
        assertThat(childPath).matches("/children/\\d+");

        browser.open(childPath + "/protection");
        assertThat(browser.text()).contains("Child protection", "No open child protection plan");
        axe("protection page, empty");

        browser.submit("#record-discussion");
        browser.date("heldOn", "30", "3", "2026");
        browser.click("#route-CONTACT");
        browser.type("agencies", "Police, school, health visitor");
        browser.type("information", "Child disclosed being hit at home");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select whether to start a section 47 enquiry");
        assertThat(browser.find("#agencies").getAttribute("value")).isEqualTo("Police, school, health visitor");
        axe("strategy discussion form with errors");
        browser.click("#decision");
        browser.submit("#save");
        assertThat(browser.text()).contains("Strategy discussion recorded", "Start a section 47 enquiry");

        browser.find("#discussions a").click();
        axe("section 47 form");
        browser.date("startDate", "30", "3", "2026");
        browser.date("childSeenOn", "31", "3", "2026");
        browser.submit("#save");
        assertThat(browser.text()).contains("Section 47 enquiry recorded", "22 Apr 2026");
        axe("protection page with an enquiry");

        browser.click(".kindred-signout button");
        browser.signIn(user(Role.CONFERENCE_CHAIR), PASSWORD);
        browser.open(childPath + "/protection");
        browser.find("#enquiries a").click();
        assertThat(browser.find("#icpc-due").getText()).contains("Wednesday 22 April 2026");
        axe("initial conference form");
        browser.date("heldOn", "22", "4", "2026");
        browser.type("chair", "Morgan Chair");
        browser.type("attendees", "Mother, school, police, health visitor");
        browser.click("#decision");
        browser.click("#category-PHYSICAL");
        browser.submit("#save");

        assertThat(browser.text()).contains("Conference recorded");
        assertThat(browser.find("#plan-category").getText()).isEqualTo("Physical abuse");
        assertThat(browser.find("#next-review").getText()).isEqualTo("Wednesday 22 July 2026");
        assertThat(browser.find("#plan-start").getText()).isEqualTo("22 April 2026");
        axe("protection page with a plan");

        assertThat(browser.find("#core-group-due").getText()).startsWith("Thursday 7 May 2026");

        browser.submit("#record-review");
        axe("review conference form");

        browser.click(".kindred-signout button");
        browser.signIn(user(Role.SOCIAL_WORKER), PASSWORD);
        browser.open(childPath + "/protection");
        browser.submit("#record-core-group");
        browser.date("heldOn", "6", "5", "2026");
        browser.date("nextDue", "3", "6", "2026");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        axe("core group form with errors");
        browser.type("attendees", "Mother, school, health visitor");
        browser.submit("#save");
        assertThat(browser.text()).contains("Core group meeting recorded");
        assertThat(browser.find("#core-group-due").getText()).isEqualTo("Wednesday 3 June 2026");
    }
}
