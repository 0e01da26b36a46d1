package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.springframework.http.MediaType;

/**
 * A child on a plan (set up through the API): a social worker records a visit (first forgetting whether the child
 * was seen) and a Signs of Safety mapping on the conference; a team manager opens the view of conferences and core
 * groups due and finds the child's overdue core group. axe-core finds no WCAG A or AA violation on these pages.
 */
class ProtectionWorkBrowserIT extends InBrowser {
    private long create(String token, String path, String body) throws Exception {
        String json = mvc.perform(post(path).header("Authorization", Api.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(json).get("id").asLong();
    }

    @Test
    void aVisitAMappingAndTheManagersView() throws Exception {
        String worker = user(Role.SOCIAL_WORKER);
        String sw = Api.token(mvc, worker);
        String chair = Api.token(mvc, user(Role.CONFERENCE_CHAIR));
        long child = create(sw, "/api/v1/people", """
                {"kind":"CHILD","givenNames":"Wren","familyName":"Visitbrowser","dateOfBirth":"2018-06-01","sex":"FEMALE"}""");
        long sd = create(sw, "/api/v1/strategy-discussions", """
                {"childId":%d,"heldOn":"2026-09-01","route":"CONTACT","agencies":"Police, school",
                 "information":"Disclosure at school","decision":"SECTION_47"}""".formatted(child));
        long s47 = create(sw, "/api/v1/section47-enquiries",
                "{\"strategyDiscussionId\":%d,\"startDate\":\"2026-09-01\"}".formatted(sd));
        create(chair, "/api/v1/conferences", """
                {"type":"INITIAL","section47Id":%d,"heldOn":"2026-09-15","chair":"Pat Chair","attendees":"Mother",
                 "decision":"PLAN","category":"EMO"}""".formatted(s47));

        browser.signIn(worker, PASSWORD);
        browser.open("/children/" + child + "/protection");
        assertThat(browser.find("#status-timeline").getText()).contains("CP", "15 Sep 2026 to now");
        browser.submit("#record-visit");
        axe("visit form");
        browser.date("visitedOn", "22", "9", "2026");
        browser.type("visitedBy", "Sam Hughes");
        browser.submit("#save");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select whether the child was seen");
        assertThat(browser.find("#visitedBy").getAttribute("value")).isEqualTo("Sam Hughes");
        axe("visit form with errors");
        browser.click("#seen");
        browser.click("#seenAlone");
        browser.submit("#save");
        assertThat(browser.text()).contains("Visit recorded");
        assertThat(browser.find("#visits").getText()).contains("22 Sep 2026", "Sam Hughes");
        assertThat(browser.find("#visit-due").getText()).startsWith("Tuesday 6 October 2026");

        browser.submit("#record-sos");
        axe("Signs of Safety form");
        browser.click("#attachTo");
        browser.type("worries", "Father's shouting frightens her");
        browser.type("workingWell", "Mother takes her to school every day");
        browser.type("needsToHappen", "Father attends the parenting course");
        browser.type("dangerStatements", "We are worried that Wren will be frightened and hurt");
        browser.type("safetyGoals", "Wren feels safe at home");
        browser.type("scaling", "12");
        browser.submit("#save");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter a whole number from 0 to 10");
        axe("Signs of Safety form with errors");
        browser.type("scaling", "4");
        browser.submit("#save");
        assertThat(browser.text()).contains("Signs of Safety mapping recorded", "4 of 10");
        axe("protection page with visit and mapping");

        browser.click(".kindred-signout button");
        browser.signIn(user(Role.TEAM_MANAGER), PASSWORD);
        browser.open("/protection/due");
        assertThat(browser.find("h1").getText()).isEqualTo("Conferences and core groups due");
        assertThat(browser.find("#due").getText()).contains("Wren Visitbrowser", "Core group meeting");
        axe("manager's view");
    }
}
