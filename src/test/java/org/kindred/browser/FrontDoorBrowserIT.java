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
        browser.addGirl("Wren", "Doorbrowser", LocalDate.of(2016, 9, 9));
        assertThat(browser.currentPath()).matches("/children/\\d+");
        String childId = browser.currentPath().replace("/children/", "");

        browser.open("/front-door/contacts/new");
        axe("record-a-contact page");
        browser.type("name", "Doorbrowser");
        browser.submit("#search");
        assertThat(browser.text()).contains("Wren Doorbrowser");
        axe("record-a-contact page with matches");
        browser.find("a[href='/front-door/contacts/new?childId=" + childId + "']").click();
        assertThat(browser.find("#childId").getAttribute("value")).isEqualTo(childId);

        browser.find("#source option[value='2A']").click();
        browser.click("#consent");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter what the worry is about the child");
        assertThat(browser.find("#childId").getAttribute("value")).isEqualTo(childId);
        axe("record-a-contact page with errors");

        browser.type("worry", "Teacher saw bruising on both arms");
        browser.submit("#save");
        assertThat(browser.currentPath()).matches("/front-door/contacts/\\d+");
        String contactPath = browser.currentPath();
        assertThat(browser.text()).contains("Contact recorded", "Teacher saw bruising on both arms");
        axe("contact page");

        browser.open("/front-door");
        assertThat(browser.text()).contains("Wren Doorbrowser");
        axe("front-door queue");

        browser.open(contactPath);
        browser.click(".govuk-details__summary");
        browser.type("agency", "Kingsford Primary");
        browser.submit("#request-information");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter what was asked");
        assertThat(browser.find("#agency").getAttribute("value")).isEqualTo("Kingsford Primary");
        axe("information request with errors");
        browser.type("question", "Attendance this term?");
        browser.submit("#request-information");
        assertThat(browser.text()).contains("Information request recorded", "Attendance this term?");
        axe("contact page with a request");

        browser.click("#decision-REFERRAL");
        browser.find("#primaryNeed option[value='N1']").click();
        browser.submit("#decide");
        LocalDate today = TestClock.today();
        assertThat(browser.text()).contains("Decision recorded", "Referral to children's social care",
                "N1 Abuse or neglect");
        assertThat(browser.find("#re-referral").getText()).isEqualTo("No");
        assertThat(browser.find("#assessment-due").getText()).contains(Integer.toString(AssessmentDue.from(today).getYear()));
        axe("decided contact page");

        browser.submit("#start-assessment");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter the username of the allocated worker");
        axe("start-assessment errors");
        browser.type("worker", social);
        browser.submit("#start-assessment");
        assertThat(browser.text()).contains("Assessment started");
        assertThat(browser.find("#assessment-worker").getText()).isEqualTo("Test " + social);
        axe("contact page with assessment");
    }
}
