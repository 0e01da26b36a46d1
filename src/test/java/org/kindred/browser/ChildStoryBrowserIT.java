package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.ChildStory;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;

/**
 * A social worker opens the child's page of a child on a child protection plan and in care and sees, at a glance,
 * the status, the social worker by name, what is overdue and the genogram; then the genogram on its own to print.
 * axe-core finds no WCAG A or AA violation on either page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildStoryBrowserIT extends DatabaseIT {
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stop() throws IOException {
        browser.close();
    }

    @Test
    void aSocialWorkerSeesTheChildsStoryOnOnePage() throws Exception {
        String admin = user(Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR, Role.SOCIAL_WORKER);
        String worker = user(Role.SOCIAL_WORKER);
        ChildStory story = ChildStory.make(mvc, Api.token(mvc, admin), "Browserstory", TestClock.today(),
                users.find(worker).orElseThrow().id());

        browser.signIn(worker, PASSWORD);
        browser.open("/children/" + story.childId);
        assertThat(browser.find("h1").getText()).isEqualTo("Lola Browserstory");
        assertThat(browser.find("#status").getText()).contains("Child protection plan", "Neglect, since",
                "Looked after", "Full care order", users.find(worker).orElseThrow().displayName());
        assertThat(browser.find("#due").getText()).contains("Overdue");
        assertThat(browser.all("#genogram svg")).hasSize(1);
        assertThat(browser.all("#genogram svg circle").size() + browser.all("#genogram svg rect").size())
                .isGreaterThanOrEqualTo(3);
        assertThat(browser.find("#genogram-table").getText()).contains("Dawn Browserstory", "Mother",
                "Carl Browserstory", "Father", "The child");
        assertThat(browser.accessibilityViolations()).as("child's page").isEmpty();

        browser.click("#print-genogram");
        assertThat(browser.currentPath()).isEqualTo("/children/" + story.childId + "/genogram");
        assertThat(browser.all("svg .kindred-genogram-index")).hasSize(1);
        assertThat(browser.accessibilityViolations()).as("genogram page").isEmpty();
    }
}
