package org.kindred.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The page forms for OC2 outcomes, family time, a care leaver's personal adviser and OC3: each records through the
 * care command (audited), is listed on the care page, shows the command's errors with the input kept and stores
 * nothing then, and answers 404 for a restricted child.
 */
class CareDetailPagesIT extends CarePageSupport {
    @Test
    void outcomesAndFamilyTimeAreRecordedOnPages() throws Exception {
        long id = child("Outcomepage", TODAY.minusYears(15));
        cameIntoCare(id, TODAY.minusMonths(14));
        String base = "/children/" + id + "/care";
        assertThat(page(base).getContentAsString()).contains("href=\"" + base + "/outcomes\"", "href=\"" + base + "/family-contacts\"");
        assertThat(page(base + "/outcomes").getContentAsString()).contains("Record health and offending outcomes");

        String year = Integer.toString(TODAY.getYear());
        MockHttpServletResponse refused = submit(base + "/outcomes", "year", year, "sdqScore", "12", "convicted", "no",
                "immunisations", "yes", "substanceMisuse", "yes", "interventionReceived", "no");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem", "Say whether an intervention was offered",
                "href=\"#interventionOffered\"", "value=\"12\"");
        MockHttpServletResponse unread = submit(base + "/outcomes", "year", year, "sdqScore", "twelve", "convicted", "no",
                "immunisations", "yes", "substanceMisuse", "no");
        assertThat(unread.getContentAsString()).contains("The SDQ score must be a number", "value=\"twelve\"");
        assertThat(rows("care_outcome", id)).isZero();

        MockHttpServletResponse done = submit(base + "/outcomes", "year", year, "sdqScore", "12", "convicted", "no",
                "immunisations", "yes", "substanceMisuse", "no");
        assertThat(done.getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("UPDATE", "care_outcome")).isEqualTo(1);

        MockHttpServletResponse noWho = submit(base + "/family-contacts", join(date("date", TODAY), new String[] {"how", "Video call"}));
        assertThat(noWho.getContentAsString()).contains("Enter who the child had contact with", "value=\"Video call\"");
        assertThat(rows("care_family_contact", id)).isZero();
        assertThat(submit(base + "/family-contacts", join(date("date", TODAY),
                new String[] {"withWhom", "Uncle Ray", "how", "Video call", "note", "Went well"})).getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("CREATE", "care_family_contact")).isEqualTo(1);

        String care = page(base).getContentAsString();
        assertThat(care).contains("id=\"outcomes\"", ">" + year + "<", "id=\"family-contacts\"", "Uncle Ray", "Went well");
    }

    @Test
    void aCareLeaversAdviserAndInformationAreRecordedOnPages() throws Exception {
        LocalDate dob = TODAY.minusYears(17).minusDays(10);
        long id = child("Leaverpage", dob);
        cameIntoCare(id, dob.plusYears(15));
        postJson("/api/v1/care/" + id + "/events", "{\"kind\":\"LEFT_CARE\",\"date\":\"%s\",\"reasonCeased\":\"E13\"}"
                .formatted(TODAY.minusDays(20)));
        String base = "/children/" + id + "/care";

        MockHttpServletResponse noName = submit(base + "/adviser", date("from", TODAY));
        assertThat(noName.getContentAsString()).contains("Enter the personal adviser&#39;s name", "name=\"fromYear\"",
                "value=\"" + TODAY.getYear() + "\"");
        assertThat(submit(base + "/adviser", join(new String[] {"adviser", "Sam Adviser"}, date("from", TODAY)))
                .getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("CREATE", "care_leaver_adviser")).isEqualTo(1);

        MockHttpServletResponse foyer = submit(base + "/leaver-outcomes", "age", "17", "inTouch", "YES", "activity", "F2",
                "accommodation", "T1");
        assertThat(foyer.getContentAsString()).contains("Care leavers under 18 cannot be accommodated in a foyer",
                "value=\"T1\" selected", "value=\"F2\" selected");
        assertThat(rows("care_leaver_outcome", id)).isZero();
        assertThat(submit(base + "/leaver-outcomes", "age", "17", "inTouch", "YES", "activity", "F2", "accommodation", "D1")
                .getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("UPDATE", "care_leaver_outcome")).isEqualTo(1);

        String care = page(base).getContentAsString();
        assertThat(care).contains("id=\"advisers\"", "Sam Adviser", "id=\"leaver-outcomes\"", "D1 ");
    }

    @Test
    void aRestrictedChildsPagesAreNotFound() throws Exception {
        long id = child("Restrictedpage", TODAY.minusYears(15));
        cameIntoCare(id, TODAY.minusMonths(14));
        restrict(id);
        String base = "/children/" + id + "/care";
        for (String form : new String[] {"/outcomes", "/family-contacts", "/adviser", "/leaver-outcomes"}) {
            assertThat(page(base + form).getStatus()).as(form).isEqualTo(404);
        }
        MockHttpServletResponse post = submit(base + "/family-contacts",
                join(date("date", TODAY), new String[] {"withWhom", "Uncle", "how", "Visit"}));
        assertThat(post.getStatus()).isEqualTo(404);
        assertThat(post.getContentAsString()).doesNotContain("Restrictedpage");
        assertThat(rows("care_family_contact", id)).isZero();
    }
}
