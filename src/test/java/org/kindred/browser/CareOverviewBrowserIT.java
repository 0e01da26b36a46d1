package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.care.CareOverviewIT;
import org.kindred.support.Api;

/** A team manager opens the children in care overview and finds a child who moved three times and is missing now. */
class CareOverviewBrowserIT extends InBrowser {
    @Test
    void theManagersViewListsTheChildAndIsAccessible() throws Exception {
        long child = CareOverviewIT.unsettledChild(mvc, Api.token(mvc, user(Role.SOCIAL_WORKER)));
        String manager = user(Role.TEAM_MANAGER);
        browser.signIn(manager, PASSWORD);
        browser.open("/care/overview");
        assertThat(browser.find("h1").getText()).isEqualTo("Overview");
        // Named, not numbered (CareOverviewIT.unsettledChild registers Kit Overview)
        assertThat(browser.find("#placements-table").getText()).contains("Kit Overview");
        assertThat(browser.find("#missing-table").getText()).contains("Kit Overview");
        axe("care overview");
        browser.open("/care/overview/missing");
        assertThat(browser.find("h1").getText()).isEqualTo("Missing now");
        assertThat(browser.find("#missing-table").getText()).contains("Kit Overview");
        axe("one list of the overview in full");
        browser.open("/children/" + child + "/care");
        assertThat(browser.find("#next-health").getText()).isNotEqualTo("None due");
        axe("care page with health and education");
    }
}
