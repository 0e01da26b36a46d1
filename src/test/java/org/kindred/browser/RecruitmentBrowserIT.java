package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15's recruitment walk in Chromium: a manager opens a campaign naming its senior leader, advertises a vacancy
 * and records an applicant; the leader finds the applicant on My work and records the contact; the applicant goes on
 * to start with a golden hello. axe-core finds no WCAG A or AA violation on any page of it.
 */
class RecruitmentBrowserIT extends InBrowser {
    @Test
    void aCampaignsApplicantIsContactedByItsLeaderAndStarts() throws Exception {
        String leader = user(Role.ADMINISTRATOR);
        String manager = user(Role.TEAM_MANAGER);
        String team = "Recruitment browser team " + System.nanoTime();
        users.createTeam(team);
        String campaign = "Browser campaign " + System.nanoTime();

        browser.signIn(manager, PASSWORD);
        browser.open("/recruitment");
        axe("recruitment home");
        browser.click("#new-campaign");
        browser.submit("#create-campaign");
        assertThat(browser.text()).contains("There is a problem", "Enter the campaign's name");
        axe("new campaign, with errors");
        browser.type("name", campaign);
        new Select(browser.find("#leader")).selectByValue(leader);
        browser.submit("#create-campaign");
        assertThat(browser.find("h1").getText()).isEqualTo(campaign);
        axe("campaign");
        browser.click("details summary");
        new Select(browser.find("#team")).selectByValue(team);
        browser.type("role", "Social worker");
        browser.type("fte", "1");
        browser.submit("#add-vacancy");
        assertThat(browser.find("#vacancies").getText()).contains(team, "Social worker");
        browser.type("name", "Robin Applicant");
        browser.submit("#record-applicant");
        assertThat(browser.find("#done").getText()).startsWith("Robin Applicant recorded: to be contacted by");
        axe("campaign with an applicant");
        browser.click(".kindred-signout button");

        browser.signIn(leader, PASSWORD);
        assertThat(browser.find("#applicants-to-contact").getText()).contains("Robin Applicant", campaign);
        axe("the leader's My work");
        browser.click("#applicants-to-contact a");
        axe("applicant");
        for (String stage : new String[] {"CONTACTED", "SHORTLISTED", "INTERVIEWED", "OFFERED", "STARTED"}) {
            browser.click("#stage");
            browser.submit("#save-step");
            assertThat(browser.find("#done").getText()).as(stage).endsWith("recorded");
        }
        assertThat(browser.text()).contains("Started", "0 days after applying");
        browser.click("details summary");
        browser.type("amount", "2000");
        browser.date("paidOn", org.kindred.support.TestClock.today());
        browser.type("clawbackMonths", "24");
        browser.submit("#record-payment");
        assertThat(browser.find("#payments").getText()).contains("£2,000.00", "In clawback period");
        axe("applicant started, with a golden hello");
        browser.open("/");
        assertThat(browser.all("#applicants-to-contact")).isEmpty();
    }
}
