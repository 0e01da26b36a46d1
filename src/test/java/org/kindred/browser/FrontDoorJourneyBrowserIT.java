package org.kindred.browser;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue 4's journey in a browser: a front-door worker records a contact about a known child found through search and
 * decides "referral"; the team manager allocates the child; the social worker runs the single assessment to its
 * outcome and the manager authorises it; the child's chronology shows each step. axe-core finds no WCAG A or AA
 * violation on any page on the way.
 */
class FrontDoorJourneyBrowserIT extends InBrowser {

    private void clean(String page) throws IOException {
        axe(page);
    }

    private void signInAs(String username) {
        if (!browser.all(".kindred-signout button").isEmpty()) browser.submit(".kindred-signout button");
        browser.signIn(username, PASSWORD);
    }

    @Test
    void contactReferralAllocationAssessmentAndTheChronologyTellsIt() throws Exception {
        String team = "Journey team " + System.nanoTime();
        String frontDoor = user(Role.FRONT_DOOR_WORKER);
        String manager = member(team, Role.TEAM_MANAGER);
        String social = member(team, Role.SOCIAL_WORKER);
        long workerId = userId(social);
        String surname = "Journeyfield" + (System.nanoTime() % 100000);
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(Api.token(mvc, manager)))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"givenNames":"Isla","familyName":"%s","dateOfBirth":"2017-04-12","sex":"FEMALE"}"""
                        .formatted(surname))).andReturn().getResponse().getContentAsString();
        String childId = Long.toString(Api.JSON.readTree(body).get("id").asLong());

        signInAs(frontDoor);
        browser.open("/front-door/contacts/new");
        browser.type("name", surname);
        browser.submit("#search");
        assertThat(browser.text()).contains("Isla " + surname);
        clean("search for the known child");
        browser.find("a[href='/front-door/contacts/new?childId=" + childId + "']").click();
        browser.find("#source option[value='6']").click();
        browser.click("#consent");
        browser.type("worry", "Police attended a domestic incident; Isla was present");
        browser.submit("#save");
        String contactPath = browser.currentPath();
        assertThat(contactPath).matches("/front-door/contacts/\\d+");
        clean("contact recorded");
        browser.click("#decision-REFERRAL");
        browser.find("#primaryNeed option[value='N1']").click();
        browser.submit("#decide");
        assertThat(browser.text()).contains("Decision recorded", "Referral to children's social care");
        clean("referral decided");

        signInAs(manager);
        browser.open("/children/" + childId + "/allocation");
        clean("allocation page");
        browser.find("#workerId option[value='" + workerId + "']").click();
        browser.submit("#allocate");
        assertThat(browser.text()).contains("Child allocated");
        clean("child allocated");

        signInAs(social);
        browser.open(contactPath);
        browser.type("worker", social);
        browser.submit("#start-assessment");
        assertThat(browser.text()).contains("Assessment started");
        LocalDate today = TestClock.today();
        browser.date("seenOn", today);
        browser.date("seenAloneOn", today);
        browser.submit("#record-seen");
        assertThat(browser.text()).contains("Child seen recorded");
        clean("child seen");
        browser.click("#outcome-CHILD_IN_NEED_PLAN");
        browser.submit("#record-outcome");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select the factors identified");
        clean("outcome with errors");
        browser.click("#factors-3B");
        browser.click("#factors-4B");
        browser.submit("#record-outcome");
        assertThat(browser.find("#assessment-outcome").getText()).isEqualTo("Child in need plan");
        assertThat(browser.all("#authorise-assessment")).as("only a manager authorises").isEmpty();
        clean("assessment completed");

        signInAs(manager);
        browser.open(contactPath);
        browser.submit("#authorise-assessment");
        assertThat(browser.find("#assessment-authorised").getText()).contains("by Test " + manager);
        clean("assessment authorised");

        browser.open("/children/" + childId + "/chronology");
        assertThat(browser.text()).contains("Contact from Police", "Front-door decision: Referral",
                "Referral to children's social care", "Single assessment started", "Child seen for the single assessment",
                "Child seen alone", "Single assessment completed: Child in need plan", "Single assessment authorised");
        assertThat(browser.find("#chronology").getText()).containsIgnoringCase("alloc");
        clean("chronology");
        browser.submit("#add");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select a category", "Enter what happened");
        clean("chronology entry with errors");
        browser.find("#category option[value='Case note']").click();
        browser.type("text", "Strategy for the child in need plan agreed with the school");
        browser.submit("#add");
        assertThat(browser.text()).contains("Entry added", "Strategy for the child in need plan agreed");
        clean("chronology with a hand-written entry");
    }
}
