package org.kindred.browser;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.TestWork;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team manager allocates a child from the unallocated work on "My work" (correcting a missing worker), and the
 * worker's "My work" then lists the child; axe-core finds no WCAG A or AA violation on these pages.
 */
class AllocationBrowserIT extends InBrowser {
    @Autowired
    TestWork testWork;

    @Test
    void aManagerAllocatesFromUnallocatedWorkAndTheWorkerSeesTheChild() throws IOException {
        String team = "Browser team " + System.nanoTime();
        String manager = member(team, Role.TEAM_MANAGER);
        String worker = member(team, Role.SOCIAL_WORKER);
        long workerId = userId(worker);

        browser.signIn(manager, PASSWORD);
        String childId = browser.addGirl("Lark", "Allocbrowser", LocalDate.of(2013, 2, 2)).replace("/children/", "");
        LocalDate today = TestClock.today();
        // The page shows the oldest-due unallocated work first, and other tests leave plenty: this is the oldest.
        testWork.open(Long.parseLong(childId), "Referral awaiting assessment", today.minusYears(30));
        testWork.due(Long.parseLong(childId), "Statutory visit", today.plusDays(2));

        browser.open("/");
        assertThat(browser.text()).contains("Unallocated work", "My team's caseloads", "Test " + worker);
        axe("manager's My work");
        browser.submit("#allocate-" + childId);
        assertThat(browser.currentPath()).isEqualTo("/children/" + childId + "/allocation");
        assertThat(browser.text()).contains("Lark Allocbrowser", "Not allocated");
        axe("allocation page");

        browser.submit("#allocate");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select the social worker");
        axe("allocation page with errors");
        browser.find("#workerId option[value='" + workerId + "']").click();
        browser.submit("#allocate");
        assertThat(browser.text()).contains("Child allocated", "Test " + worker + " since", "First allocation");
        axe("allocated child");
        browser.open("/caseloads");
        axe("caseloads");
        browser.click("a[href^='/teams/']");
        assertThat(browser.text()).contains("Lark Allocbrowser");
        axe("team caseloads");

        browser.submit(".kindred-signout button");
        browser.signIn(worker, PASSWORD);
        browser.open("/");
        assertThat(browser.text()).contains("My children", "Lark Allocbrowser", "Statutory visit");
        axe("worker's My work");
    }
}
