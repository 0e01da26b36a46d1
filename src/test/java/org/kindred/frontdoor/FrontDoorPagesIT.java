package org.kindred.frontdoor;

import org.kindred.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;
import org.kindred.support.DateBoxes;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The front-door pages: search first, record a contact (errors keep the input), decide, and who may decide. */
class FrontDoorPagesIT extends DatabaseIT {

    private long child(MockHttpSession session, String family) throws Exception {
        // Through the ordinary page, so the register does its own checks and audit.
        MvcResult r = mvc.perform(post("/children").session(session).with(csrf()).param("givenNames", "Rue")
                        .param("familyName", family).param("dobDay", "3").param("dobMonth", "4").param("dobYear", "2017")
                        .param("sex", "MALE").param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replace("/children/", ""));
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** A contact received today (at 00:01) recorded through the page, with any further fields; its page's path. */
    private String contactToday(MockHttpSession session, long childId, String source, String worry, String consent,
                                String... more) throws Exception {
        var request = post("/front-door/contacts").session(session).with(csrf()).param("childId", Long.toString(childId))
                .param("source", source).params(DateBoxes.of("received", TestClock.today())).param("receivedTime", "00:01")
                .param("worry", worry).param("consent", consent);
        for (int i = 0; i < more.length; i += 2) request.param(more[i], more[i + 1]);
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void aWorkerFindsTheChildRecordsAContactAndDecidesReferral() throws Exception {
        String recorder = user(Role.FRONT_DOOR_WORKER);
        MockHttpSession session = login(recorder);
        long childId = child(session, "Pagesfield");

        assertThat(page(session, "/front-door/contacts/new?name=Pagesfield"))
                .contains("Rue Pagesfield", "/front-door/contacts/new?childId=" + childId);
        // The register's own search, not exact spelling: a misspelt surname finds him (issue 13).
        assertThat(page(session, "/front-door/contacts/new?name=Pagesfeild"))
                .contains("Rue Pagesfield", "/front-door/contacts/new?childId=" + childId);
        // ... and "Is this child known to us?" offers to record a contact about each candidate.
        assertThat(page(session, "/search?q=Pagesfield"))
                .contains("Record a contact", "/front-door/contacts/new?childId=" + childId);
        assertThat(page(session, "/front-door/contacts/new?childId=" + childId))
                .contains("About <strong>Rue Pagesfield</strong>", "type=\"hidden\" id=\"childId\"")
                .doesNotContain("Kindred id");

        String noChild = mvc.perform(post("/front-door/contacts").session(session).with(csrf())
                        .param("childId", "").param("source", "2A").param("worry", "Worried")
                        .param("consent", "GIVEN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noChild).contains("govuk-error-summary", "href=\"#name\"",
                "Search for the child and select them, or add a new child", "id=\"name-error\"");

        String withErrors = mvc.perform(post("/front-door/contacts").session(session).with(csrf())
                        .param("childId", Long.toString(childId)).param("source", "2A")
                        .param("receivedDay", "1").param("receivedMonth", "1").param("receivedYear", "2099")
                        .param("receivedTime", "10:00").param("worry", "").param("consent", "GIVEN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(withErrors).contains("govuk-error-summary", "Error: Record a contact",
                "Date and time received must be now or in the past", "Enter what the worry is about the child",
                "href=\"#receivedAt\"", "href=\"#worry\"", "value=\"2099\"", "<option value=\"2A\" selected");

        LocalDate today = TestClock.today();
        String contactPath = contactToday(session, childId, "3B", "Health visitor worried about weight loss", "GIVEN");
        assertThat(page(session, "/front-door")).contains("Rue Pagesfield", "govuk-tag");
        assertThat(page(session, contactPath)).contains("Health visitor worried about weight loss", "Record decision",
                " by Test " + recorder); // the recorder's name, not their username

        String missingNeed = mvc.perform(post(contactPath + "/decision").session(session).with(csrf())
                        .param("decision", "REFERRAL").params(DateBoxes.of("referral", today)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missingNeed).contains("govuk-error-summary", "href=\"#primaryNeed\"", "Select the child");

        mvc.perform(post(contactPath + "/decision").session(session).with(csrf())
                        .param("decision", "REFERRAL").params(DateBoxes.of("referral", today)).param("primaryNeed", "N4"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session, contactPath)).contains("Decision recorded", "Referral to children", "N4 Family in acute stress",
                AssessmentDue.from(today).getYear() + " (45 working days)").doesNotContain("Record decision");
        assertThat(page(session, "/front-door/children/" + childId + "/referrals"))
                .contains("1 referral<", "N4 Family in acute stress", contactPath);
    }

    @Test
    void aSocialWorkerCannotDecideOnAPage() throws Exception {
        MockHttpSession worker = login(user(Role.FRONT_DOOR_WORKER));
        long childId = child(worker, "Refusedfield");
        String contactPath = contactToday(worker, childId, "6", "Police notification", "NOT_SOUGHT_SAFEGUARDING");

        MockHttpSession social = login(user(Role.SOCIAL_WORKER));
        assertThat(page(social, contactPath)).contains("Police notification").doesNotContain("Record decision");
        mvc.perform(post(contactPath + "/decision").session(social).with(csrf()).param("decision", "EARLY_HELP"))
                .andExpect(status().isForbidden());
        assertThat(page(worker, contactPath)).contains("Record decision");
    }

    @Test
    void aTeamManagerAuthorisesOnThePage() throws Exception {
        MockHttpSession worker = login(user(Role.FRONT_DOOR_WORKER));
        long childId = child(worker, "Authfield");
        String contactPath = contactToday(worker, childId, "1A", "Grandmother worried", "GIVEN", "urgent", "true");
        mvc.perform(post(contactPath + "/decision").session(worker).with(csrf()).param("decision", "NO_FURTHER_ACTION"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(worker, contactPath)).contains("Awaiting a team manager").doesNotContain("Authorise decision");
        mvc.perform(post(contactPath + "/authorisation").session(worker).with(csrf())).andExpect(status().isForbidden());

        MockHttpSession manager = login(user(Role.TEAM_MANAGER));
        assertThat(page(manager, "/front-door")).contains("awaiting a team manager", "Authfield");
        assertThat(page(manager, contactPath)).contains("Authorise decision");
        mvc.perform(post(contactPath + "/authorisation").session(manager).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(manager, contactPath)).contains("Decision authorised").doesNotContain("Authorise decision");
    }

    @Test
    void aContactAboutARestrictedChildIsHiddenFromThoseWithoutAccess() throws Exception {
        MockHttpSession worker = login(user(Role.FRONT_DOOR_WORKER));
        long childId = child(worker, "Hiddenfield");
        String contactPath = contactToday(worker, childId, "9", "Anonymous caller", "NOT_SOUGHT_SAFEGUARDING");
        MockHttpSession manager = login(user(Role.TEAM_MANAGER));
        mvc.perform(post("/children/" + childId + "/restriction").session(manager).with(csrf())
                .param("reason", "Witness protection").param("grantTo", "")).andExpect(status().is3xxRedirection());

        mvc.perform(get(contactPath).session(worker)).andExpect(status().isNotFound());
        assertThat(page(worker, "/front-door")).doesNotContain("Hiddenfield");
        mvc.perform(get("/front-door/children/" + childId + "/referrals").session(worker)).andExpect(status().isNotFound());
        assertThat(page(manager, contactPath)).contains("Rue Hiddenfield");
        assertThat(page(manager, "/front-door")).contains("Hiddenfield");
    }
}
