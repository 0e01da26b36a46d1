package org.kindred.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team manager looks at a child's family, adds a relationship (fixing a mistake first), then clears a pair from the
 * duplicate queue by merging it, and undoes the merge; axe-core finds no WCAG A or AA violation on any of these pages.
 */
class RegisterBrowserIT extends InBrowser {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerSeesTheFamilyAndMergesThenUnmergesADuplicate() throws Exception {
        String manager = user(Role.TEAM_MANAGER);
        String token = Api.token(mvc, manager);
        String family = "Browserby" + (System.nanoTime() % 100000);
        long mother = person(token, "Felicity", family, "1987-05-05", "ADULT");
        long child = person(token, "Wilfred", family, "2016-07-08", "CHILD");
        long brother = person(token, "Alfie", family, "2018-02-01", "CHILD");
        long duplicate = person(token, "Wilf", family, "2016-07-08", "CHILD");
        jdbc.sql("insert into person_relationship (person_id, related_id, kind, created_by) values (?, ?, 'MOTHER', 'test')")
                .params(child, mother).update();

        browser.signIn(manager, PASSWORD);
        browser.open("/children/" + child);
        browser.submit("a[href='/children/" + child + "/family']");
        assertThat(browser.find("h1").getText()).isEqualTo("Family and household");
        assertThat(browser.find("#relationships-table").getText()).contains("Felicity " + family, "Mother");
        assertThat(browser.find("#household-table").getText()).contains("Felicity " + family, "Alfie " + family);
        axe("family page");

        browser.type("relatedId", Long.toString(brother));
        browser.submit("#save-relationship");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Select how they are related");
        assertThat(browser.find("#relatedId").getAttribute("value")).isEqualTo(Long.toString(brother));
        axe("family page with errors");
        browser.click("#kind option[value='SIBLING']");
        browser.submit("#save-relationship");
        assertThat(browser.find("#siblings-table").getText()).contains("Alfie " + family, "Sibling");
        browser.open("/children/" + child + "/names");
        axe("names page");
        browser.open("/children/" + child + "/addresses");
        axe("addresses page");

        browser.open("/register/duplicates");
        axe("duplicate queue");
        browser.submit("#run-sweep");
        for (int i = 0; i < 120 && browser.text().contains("The sweep is running"); i++) {
            Thread.sleep(500);
            browser.open("/register/duplicates");
        }
        long pair = jdbc.sql("select id from person_duplicate where left_id = ? and right_id = ?")
                .params(Math.min(child, duplicate), Math.max(child, duplicate)).query(Long.class).single();
        assertThat(browser.find("#pairs").getText()).contains("Wilf " + family);
        axe("duplicate queue with pairs");

        browser.submit("a[href='/register/duplicates/" + pair + "']");
        assertThat(browser.text()).contains("Are these the same person?", "Differs");
        axe("pair comparison");
        browser.click("#survivor" + (child < duplicate ? "" : "-right"));
        browser.type("reason", "Same child: the school confirmed the date of birth");
        browser.submit("#merge");
        assertThat(browser.currentPath()).isEqualTo("/children/" + child);
        assertThat(browser.text()).contains("Records merged");
        axe("survivor after merge");

        browser.open("/children/" + duplicate);
        assertThat(browser.find("#merged-into").getText()).contains("This record was merged into", "record " + child);
        axe("merged record");
        browser.submit("#unmerge");
        assertThat(browser.text()).contains("Merge undone");
        assertThat(browser.all("#merged-into")).isEmpty();

        browser.open("/children/" + child + "/merge?otherId=" + duplicate);
        assertThat(browser.find("#comparison").getText()).contains("Wilf " + family, "Wilfred " + family);
        axe("merge page");
    }

    private long person(String token, String given, String family, String dob, String kind) throws Exception {
        String body = mvc.perform(post("/api/v1/people").header("Authorization", Api.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"%s","givenNames":"%s","familyName":"%s","dateOfBirth":"%s","sex":"MALE",
                                 "addressLine1":"12 Browser Street","postcode":"ZY8 8AB","nhsNumber":"%s"}"""
                                .formatted(kind, given, family, dob, "")))
                .andReturn().getResponse().getContentAsString();
        return Api.JSON.readTree(body).get("id").asLong();
    }
}
