package org.kindred.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.DatabaseIT;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The protection pages: errors keep the input, a repeat plan is flagged, only chairs see and use the chair's forms. */
class ProtectionPagesIT extends DatabaseIT {

    private long child(MockHttpSession session) throws Exception {
        MvcResult r = mvc.perform(post("/children").session(session).with(csrf()).param("givenNames", "Ash")
                        .param("familyName", "Protectpages").param("dobDay", "3").param("dobMonth", "4")
                        .param("dobYear", "2017").param("sex", "MALE").param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replace("/children/", ""));
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The first id in the page's links after {@code before}, such as "section47Id=". */
    private long idOn(MockHttpSession session, long childId, String before) throws Exception {
        Matcher m = Pattern.compile(Pattern.quote(before) + "(\\d+)").matcher(page(session, "/children/" + childId + "/protection"));
        assertThat(m.find()).as(before).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder b, String name, int d, int m, int y) {
        return b.param(name + "Day", Integer.toString(d)).param(name + "Month", Integer.toString(m))
                .param(name + "Year", Integer.toString(y));
    }

    private void discussionAndEnquiry(MockHttpSession sw, long childId, int day, int month) throws Exception {
        mvc.perform(date(post("/children/" + childId + "/protection/strategy-discussions"), "heldOn", day, month, 2026)
                        .session(sw).with(csrf()).param("route", "OPEN_CASE").param("agencies", "Police, health")
                        .param("information", "Injury explained inconsistently").param("decision", "SECTION_47"))
                .andExpect(status().is3xxRedirection());
        long sd = idOn(sw, childId, "strategyDiscussionId=");
        mvc.perform(date(post("/children/" + childId + "/protection/section47-enquiries"), "startDate", day, month, 2026)
                        .session(sw).with(csrf()).param("strategyDiscussionId", Long.toString(sd)))
                .andExpect(status().is3xxRedirection());
    }

    private void icpc(MockHttpSession chair, long childId, long s47, int day, int month, String category)
            throws Exception {
        mvc.perform(date(post("/children/" + childId + "/protection/conferences"), "heldOn", day, month, 2026)
                        .session(chair).with(csrf()).param("type", "INITIAL").param("section47Id", Long.toString(s47))
                        .param("chair", "Sam Chair").param("attendees", "Father, nursery").param("decision", "PLAN")
                        .param("category", category))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aStrategyDiscussionWithErrorsKeepsTheInputAndASecondPlanIsFlaggedARepeat() throws Exception {
        MockHttpSession sw = login(user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        assertThat(page(sw, "/children/" + childId + "/protection")).contains("No open child protection plan",
                "Record a strategy discussion").doesNotContain("Record initial conference");

        String errors = mvc.perform(date(post("/children/" + childId + "/protection/strategy-discussions"), "heldOn",
                        31, 2, 2026).session(sw).with(csrf()).param("agencies", "Police").param("information", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("Error: Record a strategy discussion", "govuk-error-summary",
                "Date of the strategy discussion must be a real date", "Enter the information shared",
                "Select why the strategy discussion was held", "href=\"#heldOn\"", "value=\"31\"", ">Police</textarea>");
        // The form kit leaves the CSRF token to Spring Security (th:action): every form that posts still carries it.
        assertThat(java.util.regex.Pattern.compile("<form[^>]*method=\"post\".*?</form>", java.util.regex.Pattern.DOTALL)
                .matcher(errors).results().map(java.util.regex.MatchResult::group).toList())
                .hasSizeGreaterThan(1).allSatisfy(form -> assertThat(form).containsOnlyOnce("name=\"_csrf\""));

        discussionAndEnquiry(sw, childId, 2, 3);
        String page = page(sw, "/children/" + childId + "/protection");
        assertThat(page).contains("Strategy discussion", "23 Mar 2026"); // 15 working days after Monday 2 March

        MockHttpSession chair = login(user(Role.CONFERENCE_CHAIR));
        String chairPage = page(chair, "/children/" + childId + "/protection");
        assertThat(chairPage).contains("Record initial conference");
        long firstS47 = idOn(chair, childId, "section47Id=");
        mvc.perform(get("/children/" + childId + "/protection/conferences/new").session(sw)
                .param("type", "INITIAL").param("section47Id", Long.toString(firstS47))).andExpect(status().isForbidden());
        icpc(chair, childId, firstS47, 20, 3, "NEG");
        mvc.perform(date(post("/children/" + childId + "/protection/plans/" + idOn(chair, childId, "/plans/")
                        + "/end"), "endDate", 1, 6, 2026).session(chair).with(csrf()).param("reason", "Progress made"))
                .andExpect(status().is3xxRedirection());

        discussionAndEnquiry(sw, childId, 1, 9);
        icpc(chair, childId, idOn(chair, childId, "section47Id="), 18, 9, "EMO");
        assertThat(page(sw, "/children/" + childId + "/protection")).contains("id=\"repeat-plan\"",
                "Repeat plan: second within two years", "Emotional abuse", "Friday 18 December 2026", "Progress made");
    }

    @Test
    void aWorkerRecordsThatConcernsWereNotSubstantiatedSoNoConferenceIsOffered() throws Exception {
        MockHttpSession sw = login(user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        discussionAndEnquiry(sw, childId, 5, 10);
        long enquiry = idOn(sw, childId, "section47-enquiries/");
        String path = "/children/" + childId + "/protection/section47-enquiries/" + enquiry + "/outcome";
        assertThat(page(sw, path)).contains("Record the outcome of the section 47 enquiry");
        assertThat(mvc.perform(post(path).session(sw).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Select the outcome of the enquiry");
        // A mistyped optional date is refused before the outcome is recorded, never recorded as left out.
        String mistyped = mvc.perform(date(date(post(path), "outcomeOn", 16, 10, 2026), "childSeenOn", 31, 9, 2026)
                        .session(sw).with(csrf()).param("outcome", "NOT_SUBSTANTIATED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mistyped).contains("govuk-error-summary", "Date the child was seen must be a real date",
                "href=\"#childSeenOn\"", "value=\"31\"");
        assertThat(page(sw, "/children/" + childId + "/protection")).doesNotContain("Concerns not substantiated");
        mvc.perform(date(post(path), "outcomeOn", 16, 10, 2026).session(sw).with(csrf())
                .param("outcome", "NOT_SUBSTANTIATED")).andExpect(status().is3xxRedirection());
        assertThat(page(sw, "/children/" + childId + "/protection")).contains("Concerns not substantiated");
        MockHttpSession chair = login(user(Role.TEAM_MANAGER));
        assertThat(page(chair, "/children/" + childId + "/protection")).doesNotContain("Record initial conference");
    }

    @Test
    void aStrategyDiscussionThatLedToAnEnquiryStartsNoSecondOneEvenForAChildOnAPlan() throws Exception {
        MockHttpSession sw = login(user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        mvc.perform(date(post("/children/" + childId + "/protection/strategy-discussions"), "heldOn", 6, 7, 2026)
                        .session(sw).with(csrf()).param("route", "OPEN_CASE").param("agencies", "Police")
                        .param("information", "Bruising seen at nursery").param("decision", "SECTION_47"))
                .andExpect(status().is3xxRedirection());
        long sd = idOn(sw, childId, "strategyDiscussionId=");
        mvc.perform(date(post("/children/" + childId + "/protection/section47-enquiries"), "startDate", 6, 7, 2026)
                .session(sw).with(csrf()).param("strategyDiscussionId", Long.toString(sd)))
                .andExpect(status().is3xxRedirection());
        MockHttpSession chair = login(user(Role.CONFERENCE_CHAIR));
        icpc(chair, childId, idOn(chair, childId, "section47Id="), 20, 7, "PHY");

        assertThat(page(sw, "/children/" + childId + "/protection")).doesNotContain("strategyDiscussionId=" + sd)
                .doesNotContain("Start section 47 enquiry");
        String again = mvc.perform(date(post("/children/" + childId + "/protection/section47-enquiries"), "startDate",
                        8, 7, 2026).session(sw).with(csrf()).param("strategyDiscussionId", Long.toString(sd)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("govuk-error-summary", "A section 47 enquiry was already started from this strategy discussion");
    }

    @Test
    void aReviewConferenceDueOnASaturdayShowsTheWorkingDayToHoldItBy() throws Exception {
        MockHttpSession sw = login(user(Role.SOCIAL_WORKER));
        long childId = child(sw);
        discussionAndEnquiry(sw, childId, 3, 8);
        MockHttpSession chair = login(user(Role.CONFERENCE_CHAIR));
        icpc(chair, childId, idOn(chair, childId, "section47Id="), 21, 8, "NEG"); // Friday; three months on is a Saturday
        assertThat(page(sw, "/children/" + childId + "/protection")).contains("Saturday 21 November 2026",
                "hold it by <strong>Friday 20 November 2026</strong>");
    }
}
