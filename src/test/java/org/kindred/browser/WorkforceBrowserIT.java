package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.kindred.support.TestClock;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue 15's acceptance journey in Chromium (its workforce half): a manager records a new agency worker and a
 * leaver; the measures page shows the agency and turnover rates change; the leaver's child appears in the continuity
 * forecast with the reason. axe-core finds no WCAG A or AA violation on any page of it.
 */
class WorkforceBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();

    private long staff(String token, String username, String name, String team) throws Exception {
        String body = mvc.perform(post("/api/v1/staff").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"%s","team":"%s","type":"PERMANENT","role":"SOCIAL_WORKER",
                         "fte":1,"startDate":"2023-04-03","sweNumber":"SW0000054321","qualificationInstitution":"Open University"}"""
                        .formatted(username, name, team)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    private String rate(String team, String id) {
        browser.open("/workforce/measures?team=" + team.replace(" ", "+"));
        return browser.find("#" + id).getText();
    }

    @Test
    void aManagerRecordsAnAgencyWorkerAndALeaverAndSeesTheMeasuresAndTheForecast() throws Exception {
        String code = UUID.randomUUID().toString().substring(0, 6);
        String team = "Browser workforce " + code;
        users.createTeam(team);
        String manager = member(team, Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        String stayer = user(Role.SOCIAL_WORKER);
        String leaver = user(Role.SOCIAL_WORKER);
        staff(token, stayer, "Stella Stays " + code, team);
        long leaverId = staff(token, leaver, "Leo Leaves " + code, team);
        String childBody = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"CHILD","givenNames":"Kit","familyName":"Forecast%s","dateOfBirth":"2017-07-07","sex":"MALE"}"""
                        .formatted(code))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long child = Api.JSON.readTree(childBody).get("id").asLong();
        mvc.perform(post("/api/v1/children/" + child + "/allocations").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + userId(leaver)
                        + ",\"startDate\":\"" + TODAY.minusDays(30) + "\"}")).andExpect(status().isCreated());

        browser.signIn(manager, PASSWORD);
        assertThat(rate(team, "agency-rate")).isEqualTo("0.0");
        assertThat(rate(team, "turnover")).isEqualTo("0.0");
        axe("workforce measures");

        // a new agency worker: refused without the agency, then recorded
        browser.open("/workforce/staff/new");
        axe("new member of staff");
        browser.type("username", "agency" + code);
        browser.type("displayName", "Ada Agency " + code);
        new Select(browser.find("#team")).selectByVisibleText(team);
        browser.click("#type-AGENCY");
        new Select(browser.find("#role")).selectByValue("SOCIAL_WORKER");
        browser.date("startDate", TODAY.minusDays(10));
        browser.type("sweNumber", "SW0000099999");
        browser.type("qualificationInstitution", "University of Kent");
        browser.submit("#save");
        assertThat(browser.text()).contains("There is a problem", "Enter the agency an agency worker comes from");
        axe("new member of staff with an error");
        browser.type("agencyName", "Hays Social Care");
        browser.submit("#save");
        assertThat(browser.text()).contains("Recorded Ada Agency " + code + " (Agency, Social worker)");
        axe("member of staff");

        // the leaver: leaving in 20 days, resigned
        LocalDate leaving = TODAY.plusDays(20);
        browser.open("/workforce/staff/" + leaverId);
        browser.date("leavingDate", leaving);
        new Select(browser.find("#leavingReason")).selectByValue("RESIGNATION");
        browser.submit("#record-leaving");
        assertThat(browser.text()).contains("Leo Leaves " + code + " leaves on " + leaving);
        axe("leaver recorded");

        // one agency worker beside two of the authority's own: 1 / (1 + 2) = 33.3%; nobody has left yet
        assertThat(rate(team, "agency-rate")).isEqualTo("33.3");
        assertThat(rate(team, "turnover")).isEqualTo("0.0");
        // the stayer's record shows a leaving date in the past: one leaver of 1 FTE over 1 FTE still in post
        browser.open("/workforce/staff/" + staffIdOf(stayer));
        browser.date("leavingDate", TODAY.minusDays(1));
        new Select(browser.find("#leavingReason")).selectByValue("RETIRED");
        browser.submit("#record-leaving");
        assertThat(rate(team, "turnover")).isEqualTo("100.0");
        axe("workforce measures after the changes");

        browser.open("/workforce/forecast?team=" + team.replace(" ", "+"));
        assertThat(browser.find("#forecast").getText()).contains("Forecast" + code, "Leo Leaves " + code + " leaves on " + leaving);
        axe("continuity forecast");

        browser.open("/");
        assertThat(browser.text()).contains("Leavers: reallocate their children", "Leo Leaves " + code);
        axe("my work with a leaver");
    }

    private long staffIdOf(String username) throws Exception {
        String token = Api.token(mvc, user(Role.ADMINISTRATOR));
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/staff")
                .header("Authorization", Api.bearer(token))).andReturn().getResponse().getContentAsString();
        for (var s : Api.JSON.readTree(body)) if (s.get("username").asText().equals(username)) return s.get("id").asLong();
        throw new AssertionError("no staff record for " + username);
    }
}
