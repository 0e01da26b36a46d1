package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.returns.validation.CollectionYears;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17's acceptance: the analyst opens the authority's page, reads the re-referral chart (an SVG with its title
 * and description, the table beside it), follows this month's figure to the children behind it, downloads the list
 * as CSV and the CIN census from the returns page; a team manager sees only their team's page. axe finds nothing.
 */
class InsightBrowserIT extends InBrowser {
    private static final YearMonth MONTH = YearMonth.from(TestClock.today());
    private static final int CIN_YEAR = CollectionYears.latestWithRules(ReturnKind.CIN);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    private long child(String family) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (KindredPrincipal) () -> new CurrentUser(0, "insight-test", "Insight test", Set.of(Role.ADMINISTRATOR)),
                null, List.of()));
        try {
            return people.create(new NewPerson("CHILD", "Wren", family, java.time.LocalDate.parse("2013-05-06"), null, "FEMALE", "WBRI", null,
                    null, null, null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void referral(long childId, LocalDate on) {
        long contact = jdbc.sql("insert into contact (child_id, source, received_at, worry, consent, created_by)"
                        + " values (?, '1A', ?, 'Insight browser test', 'GIVEN', 'test') returning id")
                .params(childId, on.atTime(11, 0).atZone(ZoneId.of("Europe/London")).toOffsetDateTime())
                .query(Long.class).single();
        jdbc.sql("insert into referral (contact_id, child_id, referral_date, source, primary_need, created_by)"
                + " values (?, ?, ?, '1A', 'N1', 'test')").params(contact, childId, on).update();
    }

    private long audited(String username, String action, String recordId) {
        return jdbc.sql("select count(*) from audit_entry where username = ? and action = ? and record_id = ?")
                .params(username, action, recordId).query(Long.class).single();
    }

    @Test
    void anAnalystFollowsTheReReferralFigureAndAManagerSeesOnlyTheirTeam() throws IOException, InterruptedException {
        long wren = child("Insightbrowser");
        referral(wren, MONTH.atDay(1).minusMonths(3));
        referral(wren, MONTH.atDay(1));
        // A referral in the census year, so that the CIN census has a child to carry.
        referral(wren, CollectionYears.start(CIN_YEAR).plusMonths(1));
        String team = "Insight browser team " + System.nanoTime();
        String manager = member(team, Role.TEAM_MANAGER);
        String worker = member(team, Role.SOCIAL_WORKER);
        jdbc.sql("insert into allocation (child_id, worker_id, worker_name, start_date, created_by) values (?, ?, 'W', ?, 't')")
                .params(wren, userId(worker), MONTH.atDay(1).minusMonths(6)).update();

        String analyst = user(Role.PERFORMANCE_ANALYST);
        browser.signIn(analyst, PASSWORD);
        browser.open("/");
        browser.submit("#navigation a[href='/insight']");
        axe("performance index");
        browser.submit("#authority-link");
        assertThat(browser.currentPath()).isEqualTo("/insight/authority");
        String chart = browser.find("#frontdoor\\.re-referrals svg[role='img']").getAttribute("aria-labelledby");
        assertThat(chart).isEqualTo("chart-frontdoor-re-referrals-title chart-frontdoor-re-referrals-desc");
        assertThat(browser.find("#chart-frontdoor-re-referrals-desc").getAttribute("textContent"))
                .startsWith("Re-referrals within 12 months by month");
        assertThat(browser.find("#frontdoor\\.re-referrals").getText()).contains("Dashed line: England 2024, 22.4");
        axe("the authority's page");

        // The latest month is the table's first row: follow its figure to the children.
        browser.submit("#frontdoor\\.re-referrals-table tbody tr:first-child a");
        assertThat(browser.currentPath()).isEqualTo("/insight/authority/measures/frontdoor.re-referrals/months/" + MONTH);
        assertThat(browser.text()).contains("Re-referrals within 12 months", "Wren Insightbrowser",
                "Re-referral within 12 months");
        axe("the children behind the figure");
        browser.click("#children-csv");
        for (int i = 0; i < 50 && audited(analyst, "DOWNLOAD", "frontdoor.re-referrals") == 0; i++) Thread.sleep(100);
        assertThat(audited(analyst, "DOWNLOAD", "frontdoor.re-referrals")).as("the CSV download, audited").isEqualTo(1);

        // A measure added later, the same way: Wren's referrals are open child in need episodes this month.
        browser.open("/insight/authority");
        browser.submit("#frontdoor\\.children-in-need-table tbody tr:first-child a");
        assertThat(browser.currentPath()).isEqualTo("/insight/authority/measures/frontdoor.children-in-need/months/" + MONTH);
        assertThat(browser.text()).contains("Children in need", "Wren Insightbrowser", "episode open");
        axe("the children in need behind the figure");

        browser.open("/returns");
        browser.submit("#downloads-link");
        axe("download a return");
        browser.click("#download-cin");
        browser.find("#year option[value='" + CIN_YEAR + "']").click();
        browser.submit("#build-return");
        for (int i = 0; i < 300 && !browser.text().contains("Ready to download"); i++) {
            assertThat(browser.text()).doesNotContain("could not be built");
            Thread.sleep(200);
            browser.submit("#check-again");
        }
        assertThat(browser.text()).contains("Ready to download", "queries from the DfE");
        axe("the return ready");
        browser.click("#download-file");
        for (int i = 0; i < 50 && audited(analyst, "DOWNLOAD", "cin-" + CIN_YEAR) == 0; i++) Thread.sleep(100);
        assertThat(audited(analyst, "DOWNLOAD", "cin-" + CIN_YEAR)).as("the CIN census download, audited").isEqualTo(1);

        browser.deleteCookie("JSESSIONID");
        browser.signIn(manager, PASSWORD);
        browser.open("/insight");
        assertThat(browser.text()).contains(team).doesNotContain("The authority");
        browser.submit("a[href^='/insight/team-']");
        assertThat(browser.text()).contains(team, "Re-referrals within 12 months");
        axe("the team's page");
        browser.open("/insight/authority");
        assertThat(browser.text()).contains("You cannot do this");
    }
}
