package org.kindred.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page forms for previous permanence, decisions to place for adoption and the adoption match (AD1). */
class AdoptionPagesIT extends CarePageSupport {
    @Test
    void permanenceDecisionsAndAMatchAreRecordedOnPages() throws Exception {
        long id = child("Adoptionpage", TODAY.minusYears(3));
        LocalDate start = TODAY.minusYears(1);
        cameIntoCare(id, start);
        String base = "/children/" + id + "/care";
        assertThat(page(base).getContentAsString()).contains("href=\"" + base + "/adoption\"",
                "href=\"" + base + "/adoption-decisions\"", "href=\"" + base + "/previous-permanence\"");
        assertThat(page(base + "/adoption").getStatus()).isEqualTo(200);

        MockHttpServletResponse z1WithAuthority = submit(base + "/previous-permanence",
                join(date("periodStart", start), new String[] {"previousPermanence", "Z1", "localAuthority", "Leeds"}));
        assertThat(z1WithAuthority.getContentAsString()).contains("Leave the authority and order date blank",
                "value=\"Leeds\"", "value=\"Z1\" selected");
        assertThat(rows("care_previous_permanence", id)).isZero();
        assertThat(submit(base + "/previous-permanence", join(date("periodStart", start),
                new String[] {"previousPermanence", "Z1"})).getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("UPDATE", "care_previous_permanence")).isEqualTo(1);

        LocalDate decided = TODAY.minusMonths(6);
        assertThat(submit(base + "/adoption-decisions", date("decided", decided)).getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("CREATE", "care_adoption_decision")).isEqualTo(1);
        String ceaseLink = base + "/adoption-decisions?decided=" + decided;
        assertThat(page(base).getContentAsString()).contains("id=\"adoption-decisions\"", "Open", "href=\"" + ceaseLink + "\"");
        assertThat(page(ceaseLink).getContentAsString().replaceAll("\\s+", " ")).contains("name=\"decidedDay\" type=\"text\" inputmode=\"numeric\" value=\""
                + decided.getDayOfMonth() + "\"");

        String[] match = join(date("dateShouldBePlaced", decided), date("dateMatched", TODAY.minusMonths(2)),
                new String[] {"fosterCarers", "no", "adopters", "2", "adoptersLegalStatus", "L11"});
        MockHttpServletResponse wrongSex = submit(base + "/adoption", join(match, new String[] {"adoptersSex", "M1"}));
        assertThat(wrongSex.getContentAsString()).contains("The adopters&#39; sex must match the number of adopters",
                "value=\"M1\" selected", "value=\"L11\" selected");
        assertThat(rows("care_adoption", id)).isZero();
        assertThat(submit(base + "/adoption", join(match, new String[] {"adoptersSex", "MF"})).getRedirectedUrl()).isEqualTo(base);
        assertThat(audits("CREATE", "care_adoption")).isEqualTo(1);

        assertThat(submit(base + "/adoption-decisions", join(date("decided", decided), date("ceased", TODAY.minusDays(3)),
                new String[] {"reasonCeased", "RD4"})).getRedirectedUrl()).isEqualTo(base);
        String care = page(base).getContentAsString();
        assertThat(care).contains("id=\"adoption\"", "2 (MF, L11)", "RD4", "id=\"previous-permanence\"", ">Z1<");
    }

    @Test
    void aRestrictedChildsAdoptionPagesAreNotFound() throws Exception {
        long id = child("Adoptionhidden", TODAY.minusYears(3));
        cameIntoCare(id, TODAY.minusYears(1));
        restrict(id);
        String base = "/children/" + id + "/care";
        for (String form : new String[] {"/adoption", "/adoption-decisions", "/previous-permanence"}) {
            assertThat(page(base + form).getStatus()).as(form).isEqualTo(404);
        }
        assertThat(submit(base + "/adoption-decisions", date("decided", TODAY.minusMonths(1))).getStatus()).isEqualTo(404);
        assertThat(rows("care_adoption_decision", id)).isZero();
    }
}
