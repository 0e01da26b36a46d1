package org.kindred.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.DatabaseIT;
import org.kindred.support.TestClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * Issue 15 item 4 on the database: a campaign with a named leader and vacancies; an applicant on the leader's My work
 * until contacted; the stages to a start, time to hire; a golden hello with its clawback; the API.
 */
class RecruitmentIT extends DatabaseIT {
    private static final LocalDate TODAY = TestClock.today();
    @Autowired
    JdbcClient jdbc;

    private String page(MockHttpSession s, String path) throws Exception {
        return mvc.perform(get(path).session(s)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anApplicantFromApplicationToStartWithTheLeadersContactOnTheirMyWork() throws Exception {
        String leader = user(Role.ADMINISTRATOR);
        String manager = user(Role.TEAM_MANAGER);
        users.createTeam("Recruiting team " + leader);
        MockHttpSession recruiting = login(manager);
        String refused = mvc.perform(post("/recruitment/campaigns").with(csrf()).session(recruiting).param("name", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter the campaign&#39;s name", "Select the senior leader");
        String campaignUrl = mvc.perform(post("/recruitment/campaigns").with(csrf()).session(recruiting)
                        .param("name", "Campaign " + leader).param("leader", leader)
                        .param("opensOnDay", "" + TODAY.getDayOfMonth()).param("opensOnMonth", "" + TODAY.getMonthValue())
                        .param("opensOnYear", "" + TODAY.getYear()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long campaign = Long.parseLong(campaignUrl.replaceAll(".*/", ""));
        assertThat(mvc.perform(post(campaignUrl + "/vacancies").with(csrf()).session(recruiting)
                .param("team", "Recruiting team " + leader).param("role", "Social worker").param("fte", "1.5"))
                .andReturn().getResponse().getContentAsString()).contains("The FTE must be more than 0 and at most 1");
        mvc.perform(post(campaignUrl + "/vacancies").with(csrf()).session(recruiting)
                .param("team", "Recruiting team " + leader).param("role", "Social worker").param("fte", "0.8"))
                .andExpect(status().is3xxRedirection());

        String token = Api.bearer(Api.token(mvc, manager));
        // Twenty days back: past its five working days on any date, Christmas and New Year included (ten were not, at
        // 31 December: the applicant was due on 2 January).
        LocalDate applied = TODAY.minusDays(20);
        String body = mvc.perform(post("/api/v1/recruitment/campaigns/" + campaign + "/applicants").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sam Applicant\",\"appliedOn\":\"" + applied + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long applicant = Api.JSON.readTree(body).get("id").asLong();
        assertThat(Api.JSON.readTree(body).get("contactDue").asText())
                .isEqualTo(org.kindred.shared.WorkingDays.england().plusWorkingDays(applied, 5).toString());

        // The leader sees the applicant to contact on My work, overdue.
        MockHttpSession leading = login(leader);
        assertThat(page(leading, "/")).contains("Applicants to contact", "Sam Applicant", "Overdue");
        // A step's date left out means today; one mistyped is refused (the loop below would fail had it been recorded).
        assertThat(mvc.perform(post("/recruitment/applicants/" + applicant + "/steps").with(csrf()).session(recruiting)
                        .param("stage", "CONTACTED").param("onDay", "30").param("onMonth", "2").param("onYear", "" + TODAY.getYear()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("There is a problem", "The date must be a real date");
        for (String stage : new String[] {"CONTACTED", "SHORTLISTED", "INTERVIEWED", "OFFERED", "STARTED"}) {
            mvc.perform(post("/recruitment/applicants/" + applicant + "/steps").with(csrf()).session(recruiting)
                    .param("stage", stage)).andExpect(status().is3xxRedirection());
        }
        assertThat(page(leading, "/")).doesNotContain("Sam Applicant");
        assertThat(page(recruiting, campaignUrl)).contains("20 days from application to start");

        String payment = mvc.perform(post("/recruitment/applicants/" + applicant + "/retention-payments").with(csrf())
                        .session(recruiting).param("amount", "abc").param("clawbackMonths", "99"))
                .andReturn().getResponse().getContentAsString();
        assertThat(payment).contains("Enter the amount in pounds", "Enter the date it was paid", "0 to 60 months");
        assertThat(mvc.perform(post("/recruitment/applicants/" + applicant + "/retention-payments").with(csrf())
                        .session(recruiting).param("amount", "abc").param("paidOnDay", "31").param("paidOnMonth", "4")
                        .param("paidOnYear", "" + TODAY.getYear()).param("clawbackMonths", "24"))
                .andReturn().getResponse().getContentAsString())
                .contains("The date paid must be a real date", "Enter the amount in pounds", "value=\"31\"");
        mvc.perform(post("/recruitment/applicants/" + applicant + "/retention-payments").with(csrf()).session(recruiting)
                .param("amount", "2000").param("paidOnDay", "" + TODAY.getDayOfMonth())
                .param("paidOnMonth", "" + TODAY.getMonthValue()).param("paidOnYear", "" + TODAY.getYear())
                .param("clawbackMonths", "24")).andExpect(status().is3xxRedirection());
        assertThat(page(recruiting, "/recruitment/applicants/" + applicant))
                .contains("£2,000.00", "In clawback period", TODAY.plusMonths(24).getYear() + "");

        mvc.perform(post("/api/v1/recruitment/applicants/" + applicant + "/steps").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"WITHDRAWN\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("stage", "has started"));
    }

    @Test
    void workersDoNotRecruit() throws Exception {
        MockHttpSession worker = login(user(Role.SOCIAL_WORKER));
        assertThat(mvc.perform(get("/recruitment").session(worker)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
