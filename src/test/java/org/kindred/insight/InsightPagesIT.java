package org.kindred.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.insight.internal.MeasureCatalogue;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A team manager reads their team's figures (chart with title and description, the table beside it), follows a
 * month's re-referral figure to the children (a restricted child counted, not named), downloads the list as CSV
 * (audited); the authority's page and other teams are refused to them. The authority's contacts figure is the count
 * of the front door's returns facts for the month (one definition).
 */
class InsightPagesIT extends DatabaseIT {
    private static final YearMonth MONTH = YearMonth.from(TestClock.today());
    private static final String LABEL = MONTH.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK));

    @Autowired
    Teams teams;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeasureCatalogue catalogue;

    @Autowired
    FrontDoorFacts frontDoor;

    private long child(MockHttpSession session, String family) throws Exception {
        MvcResult r = mvc.perform(post("/children").session(session).with(csrf()).param("givenNames", "Ivy")
                        .param("familyName", family).param("dobDay", "3").param("dobMonth", "4").param("dobYear", "2014")
                        .param("sex", "FEMALE").param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replace("/children/", ""));
    }

    private long contact(long childId, LocalDate on) {
        return jdbc.sql("""
                        insert into contact (child_id, source, received_at, worry, consent, created_by)
                        values (?, '1A', ?, 'Insight test', 'GIVEN', 'test') returning id""")
                .params(childId, on.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toOffsetDateTime())
                .query(Long.class).single();
    }

    private void referral(long childId, LocalDate on) {
        jdbc.sql("insert into referral (contact_id, child_id, referral_date, source, primary_need, created_by)"
                + " values (?, ?, ?, '1A', 'N1', 'test')").params(contact(childId, on), childId, on).update();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aManagerReadsTheirTeamAndFollowsAFigureToTheChildren() throws Exception {
        String team = "Insight team " + System.nanoTime();
        String manager = member(team, Role.TEAM_MANAGER);
        String worker = member(team, Role.SOCIAL_WORKER);
        long teamId = teams.list().stream().filter(t -> t.name().equals(team)).findFirst().orElseThrow().id();
        long workerId = userId(worker);
        MockHttpSession session = login(manager);
        long again = child(session, "Insightagain");
        long once = child(session, "Insightonce");
        for (long c : new long[] {again, once}) {
            jdbc.sql("insert into allocation (child_id, worker_id, worker_name, start_date, created_by)"
                    + " values (?, ?, 'Test worker', ?, 'test')").params(c, workerId, MONTH.atDay(1).minusMonths(3)).update();
        }
        LocalDate first = MONTH.atDay(1);
        referral(again, first.minusMonths(2));
        referral(again, first);
        referral(once, first);
        contact(once, first);
        jdbc.sql("update person set restricted = true where id = ?").params(once).update();

        String scope = page(session, "/insight/team-" + teamId);
        assertThat(scope).contains("Contacts received", "Re-referrals within 12 months", "role=\"img\"",
                "<title id=\"chart-frontdoor-re-referrals-title\">Re-referrals within 12 months</title>",
                "<desc id=\"chart-frontdoor-re-referrals-desc\">", "id=\"frontdoor.re-referrals-table\"",
                // Three contacts this month (two made referrals), two referrals of which one a re-referral.
                "aria-label=\"3, " + LABEL + ": the children behind it\"",
                "aria-label=\"50, " + LABEL + ": the children behind it\"", "1 of 2");

        String behind = page(session, "/insight/team-" + teamId + "/measures/frontdoor.re-referrals/months/" + MONTH);
        assertThat(behind).contains("Ivy Insightagain", "Re-referral within 12 months", "Restricted record",
                "2 children behind the figure, 1 counted in it; 1 restricted, counted but not named.")
                .doesNotContain("Insightonce");

        MvcResult csv = mvc.perform(get("/insight/team-" + teamId + "/measures/frontdoor.re-referrals/months/" + MONTH
                + "/children.csv").session(session)).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString()).contains("child_id,name,date,detail,counted",
                again + ",Ivy Insightagain," + first + ",Re-referral within 12 months,yes", ",Restricted record,")
                .doesNotContain("Insightonce");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DOWNLOAD' and record_id = ?"
                + " and username = ?").params("frontdoor.re-referrals", manager).query(Long.class).single()).isEqualTo(1);

        assertThat(page(session, "/insight/service")).contains("The service by team", team, "Contacts received",
                "aria-label=\"3, " + team + ": the children behind it\"");

        mvc.perform(get("/insight/authority").session(session)).andExpect(status().isForbidden());
        String otherTeam = "Insight other " + System.nanoTime();
        teams.join(user(Role.SOCIAL_WORKER), otherTeam);
        long otherId = teams.list().stream().filter(t -> t.name().equals(otherTeam)).findFirst().orElseThrow().id();
        mvc.perform(get("/insight/team-" + otherId).session(session)).andExpect(status().isForbidden());
        assertThat(page(session, "/insight")).contains(team).doesNotContain(otherTeam, "The authority");
        mvc.perform(get("/insight").session(login(worker))).andExpect(status().isForbidden());
    }

    @Test
    void theAuthoritysContactsAreTheReturnsFactsForTheMonth() throws Exception {
        MockHttpSession analyst = login(user(Role.PERFORMANCE_ANALYST));
        String page = page(analyst, "/insight/authority?years=5");
        assertThat(page).contains("Children looked after per 10,000 children", "England 2024",
                "Dashed line: England 2024, 22.4");
        long facts = frontDoor.contactsReceived(MONTH.atDay(1), MONTH.atEndOfMonth()).size();
        long measured = catalogue.find("frontdoor.contacts").orElseThrow().series(Scope.authority(), MONTH, MONTH)
                .get(0).count();
        assertThat(measured).isEqualTo(facts);
        assertThat(page).contains("aria-label=\"" + measured + ", " + LABEL + ": the children behind it\"");
    }
}
