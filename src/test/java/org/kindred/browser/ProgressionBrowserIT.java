package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.shared.WorkingDays;
import org.kindred.support.Api;
import org.kindred.support.TestClock;
import org.kindred.support.TestWork;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue 15, item 5 in Chromium: a manager records an ASYE's 3-month review (first with the wrong kind of outcome),
 * a supervision, sets the team's Friday admin day and sees an overdue supervision on My work; the ASYE's My work
 * suggests a visit on the working day before it is due that is not the Friday. axe-core clean on every page.
 */
class ProgressionBrowserIT extends InBrowser {
    private static final LocalDate TODAY = TestClock.today();

    @Autowired
    TestWork work;

    private long staff(String token, String username, String name, String team, String role, LocalDate start)
            throws Exception {
        String body = mvc.perform(post("/api/v1/staff").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"%s","team":"%s","type":"PERMANENT","role":"%s",
                         "fte":1,"startDate":"%s","sweNumber":"SW%010d","qualificationInstitution":"Open University"}"""
                        .formatted(username, name, team, role, start, Math.abs(username.hashCode()) % 1_000_000_000L)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }

    @Test
    void aManagerRecordsAnAsyeReviewAndASupervisionAndSeesOverdueSupervisionAndTheSuggestedVisitDate() throws Exception {
        String code = UUID.randomUUID().toString().substring(0, 6);
        String team = "Browser progression " + code;
        users.createTeam(team);
        String manager = member(team, Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        String asye = user(Role.SOCIAL_WORKER);
        String late = user(Role.SOCIAL_WORKER);
        long asyeId = staff(token, asye, "Nia Newly " + code, team, "ASYE", TODAY.minusMonths(4));
        staff(token, late, "Otto Overdue " + code, team, "SOCIAL_WORKER", TODAY.minusMonths(3));

        browser.signIn(manager, PASSWORD);
        browser.open("/workforce/staff/" + asyeId + "/asye");
        axe("ASYE not started");
        browser.submit("#start-asye");
        assertThat(browser.text()).contains("ASYE started on " + TODAY.minusMonths(4));
        assertThat(browser.find("#asye-reviews").getText()).contains("3-month review",
                TODAY.minusMonths(1).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)), "Overdue");
        axe("ASYE with its reviews due");

        // A 3-month review cannot be "passed": the error summary, the input kept.
        browser.click("#review");
        browser.click("#outcome-PASSED");
        browser.type("notes", "Good start <b>on</b> assessments");
        browser.submit("#record-review");
        assertThat(browser.text()).contains("There is a problem", "A 3- or 6-month review is on track or has concerns");
        assertThat(browser.find("#notes").getAttribute("value")).isEqualTo("Good start <b>on</b> assessments");
        axe("ASYE review with an error");
        browser.click("#outcome");
        browser.submit("#record-review");
        assertThat(browser.text()).contains("Recorded the 3-month review: On track");
        // Notes are text: the markup is shown, not obeyed.
        assertThat(browser.find("#asye-reviews").getText()).contains("Good start <b>on</b> assessments");

        // A supervision by the manager.
        browser.open("/workforce/staff/" + asyeId + "/supervision");
        axe("supervision");
        browser.submit("#record-supervision");
        assertThat(browser.text()).contains("There is a problem", "Select who supervised");
        new Select(browser.find("#supervisor")).selectByValue(Long.toString(userId(manager)));
        browser.type("notes", "Caseload reviewed.");
        browser.submit("#record-supervision");
        assertThat(browser.text()).contains("Recorded the supervision of " + TODAY);
        assertThat(browser.find("#supervisions").getText()).contains("Test " + manager, "Caseload reviewed.");
        axe("supervision recorded");

        // The team's admin day: Friday.
        browser.open("/workforce/posts");
        new Select(browser.find("#adminTeam")).selectByVisibleText(team);
        browser.click("#adminDay-FRIDAY");
        browser.submit("#save-admin-day");
        assertThat(browser.text()).contains(team + "'s admin day is Friday");
        axe("posts and admin days");

        // My work: the worker without supervision in three months is overdue; the ASYE is not.
        browser.open("/");
        assertThat(browser.find("#supervision-overdue").getText()).contains("Otto Overdue " + code)
                .doesNotContain("Nia Newly " + code);
        axe("my work with overdue supervision");

        // The ASYE's visit due next Monday (or the Monday after): suggested on the Thursday before (Friday is kept).
        long child = Api.JSON.readTree(mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"CHILD","givenNames":"Vic","familyName":"Visit%s","dateOfBirth":"2016-03-03","sex":"FEMALE"}"""
                        .formatted(code))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        mvc.perform(post("/api/v1/children/" + child + "/allocations").header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"workerId\":" + userId(asye)
                        + ",\"startDate\":\"" + TODAY.minusDays(3) + "\"}")).andExpect(status().isCreated());
        LocalDate due = TODAY.plusDays(3);
        while (due.getDayOfWeek() != DayOfWeek.MONDAY) due = due.plusDays(1);
        LocalDate suggested = due.minusDays(1);
        WorkingDays days = WorkingDays.england();
        while (!days.isWorkingDay(suggested) || suggested.getDayOfWeek() == DayOfWeek.FRIDAY) {
            suggested = suggested.minusDays(1);
        }
        work.due(child, "Statutory visit", due);
        browser.signIn(asye, PASSWORD);
        assertThat(browser.find("#my-due").getText()).contains("Statutory visit", "suggested: "
                + suggested.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)));
        axe("my work with a suggested visit date");
    }
}
