package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.kindred.access.Role;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.kindred.returns.export.TestReturnSources;
import org.kindred.returns.export.TestReturnSources.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The performance team's page: an analyst checks the CIN census for 2024/25 over Kindred's data (a child added
 * through the People API, with CIN rows from a test contributor standing in for the front door), sees the failure
 * grouped by rule with a link to the child's record, and the run is audited; a check without a choice shows the
 * GOV.UK error summary. axe-core finds no WCAG A or AA violation.
 */
class ReturnsBrowserIT extends InBrowser {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @AfterEach
    void clear() {
        TestReturnSources.clear();
    }

    @Test
    void anAnalystChecksTheCinCensusAndFollowsAFailureToTheChild() throws IOException {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                (KindredPrincipal) () -> new CurrentUser(0, "returns-test", "Returns test", Set.of(Role.ADMINISTRATOR)),
                null, List.of()));
        String childId;
        try {
            childId = Long.toString(people.create(new NewPerson("CHILD", "Rowan", "Returnsbrowser", java.time.LocalDate.parse("2014-03-03"), null,
                    "MALE", "WBRI", null, null, null, null, null, null)).id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        // A CIN episode closed before its referral date: rule 8630 flags the child.
        TestReturnSources.give(List.of(new Row("cin", "CINdetails", Map.of("LAchildID", childId,
                "CINdetailsID", "1", "CINreferralDate", "02/05/2024", "ReferralSource", "1A", "PrimaryNeedCode", "N9",
                "ReferralNFA", "0", "CINclosureDate", "01/04/2024", "ReasonForClosure", "RC8"))));

        browser.signIn(user(Role.PERFORMANCE_ANALYST), PASSWORD);
        browser.open("/returns");
        axe("returns page");
        browser.submit("button.govuk-button");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select the return to validate",
                "Select the collection year");
        axe("returns page with errors");

        browser.click("#return-cin");
        browser.find("#year option[value='2025']").click();
        browser.submit("button.govuk-button");
        assertThat(browser.text()).contains("CIN census 2024 to 2025", "Failures by rule",
                "CIN Closure Date is before CIN Referral Date for the same CIN episode");
        axe("returns page with results");
        browser.click(".govuk-details__summary");
        browser.find("a[href='/children/" + childId + "']").click();
        assertThat(browser.currentPath()).isEqualTo("/children/" + childId);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'VALIDATE' and record_id = 'cin-2025'")
                .query(Long.class).single()).isPositive();
    }
}
