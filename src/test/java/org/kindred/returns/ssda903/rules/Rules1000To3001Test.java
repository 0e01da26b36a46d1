package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part4Tables.data;
import static org.kindred.returns.ssda903.rules.Part4Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part4Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule1003;
import org.kindred.returns.ssda903.rules.careleavers.Rule1000;
import org.kindred.returns.ssda903.rules.careleavers.Rule1001;
import org.kindred.returns.ssda903.rules.careleavers.Rule1007;
import org.kindred.returns.ssda903.rules.careleavers.Rule1011;
import org.kindred.returns.ssda903.rules.careleavers.Rule1016;
import org.kindred.returns.ssda903.rules.careleavers.Rule3001;
import org.kindred.returns.ssda903.rules.episodes.Rule1012;
import org.kindred.returns.ssda903.rules.episodes.Rules144To1009;
import org.kindred.returns.ssda903.rules.missing.Rules1004And1005;
import org.kindred.returns.ssda903.rules.placements.Rule1008;
import org.kindred.returns.ssda903.rules.placements.Rule1015;
import org.kindred.returns.ssda903.rules.uasc.Rule1014;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

class Rules1000To3001Test {

    @Test
    void rule1000FlagsCareLeaversWhoDiedInCare() {
        Table last = table("Episodes_last", "CHILD|REC", "101|X1", "101|~", "102|~", "102|E2", "103|E4a");
        Table epi = table("Episodes", "CHILD|REC", "104|X1", "105|E2");
        Table oc3 = table("OC3", "CHILD", "101", "102", "103", "104", "105");
        assertThat(flagged(new Rule1000().validate(data(epi, last, oc3)), "OC3")).containsExactly(1, 4);
        assertThat(flagged(new Rule1000().validate(data(epi, oc3)), "OC3")).containsExactly(4);
    }

    @Test
    void rule1001FlagsCareLeaversWhoWereNotRelevantChildren() {
        // Upstream's own case: DOB 01/01/2000, previous year holds each child's first episode (and a few repeats).
        Table current = table("Episodes", "CHILD|LS|DECOM|DEC|REC",
                "1111|C2|01/02/2015|01/06/2015|o", "1111|C2|01/01/2016|01/02/2016|o",
                "2222|C2|01/01/2010|~|o", "2222|C2|25/12/2015|01/02/2016|o",
                "3333|C2|25/12/2015|04/01/2016|o",
                "4444|C2|25/12/2016|01/04/2017|o",
                "5555|C2|25/12/2015|04/01/2016|o",
                "6006|C2|01/01/2014|01/02/2014|o", "6006|C2|01/02/2015|01/08/2015|o",
                "7777|C2|01/01/2013|01/03/2014|o", "7777|V3|01/01/2015|01/02/2015|o", "7777|C2|25/12/2015|04/01/2016|o",
                "8888|C2|01/01/2014|01/02/2014|o", "8888|C2|01/02/2015|01/08/2015|o", "8888|C2|01/02/2016|01/03/2016|o",
                "8888|C2|01/03/2017|01/05/2017|E11",
                "9999|C2|01/01/2010|01/05/2012|o", "9999|C2|01/06/2017|~|o");
        Table previous = table("Episodes_last", "CHILD|LS|DECOM|DEC|REC",
                "1111|C2|01/01/2014|01/02/2014|o", "2222|C2|01/01/2010|01/02/2014|o", "3333|C2|01/01/2010|01/03/2014|o",
                "4444|C2|01/01/2016|01/02/2016|o", "5555|C2|01/01/2010|01/05/2012|o", "6006|C2|01/01/2014|01/02/2014|o",
                "7777|C2|01/01/2013|01/03/2014|o", "8888|C2|01/01/2014|01/02/2014|o", "9999|C2|01/01/2010|01/05/2012|o");
        Table oc3 = table("OC3", "CHILD", "1111", "2222", "3333", "4444", "6006", "7777", "8888", "99991010101010");
        Table header = table("Header", "CHILD|DOB",
                "1111|01/01/2000", "2222|01/01/2000", "3333|01/01/2000", "4444|01/01/2000", "6006|01/01/2000",
                "7777|01/01/2000", "8888|01/01/2000", "1010101010|01/01/2000");
        RuleResult r = new Rule1001().validate(data(null, "01/10/2017", current, oc3, header, previous));
        assertThat(flagged(r, "OC3")).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(new Rule1001().validate(data(null, "01/10/2017", current, oc3, header)).skipped()).isTrue();
    }

    @Test
    void rule1003FlagsAdoptionDecisionBeforeCareStarted() {
        Table epi = table("Episodes", "CHILD|DECOM|RNE",
                "101|01/03/1980|S", "102|01/03/1980|o", "102|01/03/1980|S", "103|01/02/1970|o", "103|01/03/1979|S",
                "103|01/01/1981|S", "104|01/03/1979|o", "104|01/01/1981|o", "105|01/03/1979|o", "105|01/01/1981|o",
                "105|01/01/1981|S");
        Table placed = table("PlacedAdoption", "CHILD|DATE_PLACED",
                "101|26/05/1978", "102|~", "103|26/05/1970", "104|01/02/1960", "105|26/05/2019");
        RuleResult r = new Rule1003().validate(data(epi, placed));
        assertThat(flagged(r, "Episodes")).containsExactly(0, 4);
        assertThat(flagged(r, "PlacedAdoption")).containsExactly(0, 2);
    }

    @Test
    void rules1004And1005FlagInvalidMissingDates() {
        Table missing = table("Missing", "MIS_START|MIS_END",
                "08/03/2020|08/03/2020", "22/06/2020|~", "~|22/06/2020", "13/10/2021|13/10/21", "10/24/2021|~");
        assertThat(flagged(RuleRegistry.version(Rules1004And1005.class, "1004", "lac2022_23").validate(data(missing)), "Missing")).containsExactly(2, 4);
        assertThat(flagged(RuleRegistry.version(Rules1004And1005.class, "1005", "lac2022_23").validate(data(missing)), "Missing")).containsExactly(3);
    }

    @Test
    void rule1007FlagsCareLeaverDataForChildrenInCareOnTheirBirthday() {
        Table oc3 = table("OC3", "CHILD|DOB|IN_TOUCH|ACTIV|ACCOM",
                "F|01/02/2000|notNA|~|~", "G|01/09/1999|notNA|~|~", "H|01/02/2000|notNA|~|~", "I|01/09/1999|~|~|~");
        Table epi = table("Episodes", "CHILD|DECOM|DEC",
                "F|01/02/2015|01/03/2017", "G|01/09/2015|01/09/2016", "H|01/02/2015|01/01/2017", "I|01/09/2015|01/09/2017");
        assertThat(flagged(new Rule1007().validate(data(null, "31/03/2017", epi, oc3)), "OC3")).containsExactly(0);
    }

    @Test
    void rule1008FlagsUrnsNotOnTheProviderList() {
        Table epi = table("Episodes", "CHILD|URN",
                "1111|SC999999", "1111|~", "1111|1234567", "2222|XXXXXXX", "3333|1234567", "3333|2345", "4444|999999",
                "5555|5b67891", "5555|XXXXXX");
        Table providers = table("provider_info", "URN", "1234567", "SC999999", "999999");
        RuleResult r = new Rule1008().validate(data(new Metadata(null, null, null, null, providers, null), epi));
        assertThat(flagged(r, "Episodes")).containsExactly(5, 7, 8);
        assertThat(new Rule1008().validate(data(epi)).skipped()).isTrue();
    }

    @Test
    void rule1009FlagsUnknownPlacementChangeReasons() {
        Table epi = table("Episodes", "REASON_PLACE_CHANGE", "CARPL", "OTHER", "other", "NA", "", "~");
        assertThat(flagged(RuleRegistry.version(Rules144To1009.class, "1009", "lac2022_23").validate(data(epi)), "Episodes")).containsExactly(2, 3, 4);
    }

    @Test
    void rule1011FlagsCareLeaverDataAfterTransferToAnotherLa() {
        Table epi = table("Episodes", "CHILD|DECOM|REC",
                "111|01/06/2020|E3", "111|05/06/2020|E11", "111|06/06/2020|E3", "123|08/06/2020|X1", "222|05/06/2020|E3",
                "333|06/06/2020|X1", "333|07/06/2020|E3", "444|08/06/2020|E3", "444|09/06/2020|E3", "444|15/06/2020|X1",
                "555|15/06/2020|E3", "666|15/06/2020|~");
        Table oc3 = table("OC3", "CHILD|IN_TOUCH|ACTIV|ACCOM",
                "111|Whatever|~|Whatever", "222|~|~|~", "333|Whatever|~|~", "777|Whatever|~|~", "555|Whatever|~|~");
        assertThat(flagged(new Rule1011().validate(data(epi, oc3)), "OC3")).containsExactly(0, 2, 4);
    }

    @Test
    void rule1012FlagsRowsOfChildrenWithoutEpisodes() {
        Table epi = table("Episodes", "CHILD", "111", "222", "333", "444", "555", "555", "666", "666");
        Table placed = table("PlacedAdoption", "CHILD", "777", "222", "333", "444", "555", "666");
        Table missing = table("Missing", "CHILD", "111", "888", "333", "444", "555", "666");
        Table oc2 = table("OC2", "CHILD", "111", "222", "333", "444", "555", "1212");
        RuleResult r = new Rule1012().validate(data(epi, placed, missing, oc2));
        assertThat(flagged(r, "PlacedAdoption")).containsExactly(0);
        assertThat(flagged(r, "Missing")).containsExactly(1);
        assertThat(flagged(r, "OC2")).containsExactly(5);
    }

    @Test
    void rule1014FlagsUascDataForCareLeaversNotInCareThisYear() {
        Table uasc = table("UASC", "CHILD|DOB|DUC",
                "101|01/06/2000|05/06/2019", "102|02/06/2000|~", "105|03/06/2000|01/06/2015", "107|04/06/2000|02/06/2020",
                "110|~|05/06/2020", "111|~|05/06/2020");
        Table oc3 = table("OC3", "CHILD|IN_TOUCH|ACTIV|ACCOM",
                "101|~|~|~", "102|YES|~|~", "103|YES|XXX|~", "104|~|~|XXX", "105|Yes|XXX|XXX", "106|No|~|~",
                "107|YES|~|~", "108|YES|XXX|~", "109|~|~|XXX", "110|~|XXX|~", "111|!!|!!|~");
        Table epi = table("Episodes", "CHILD|DECOM|DEC",
                "101|01/01/2020|01/01/2020", "102|11/01/2020|11/01/2020", "103|30/03/2020|30/03/2020",
                "104|01/01/2020|01/01/2020", "105|11/05/2020|11/05/2020", "105|01/01/2020|01/01/2020",
                "106|22/01/2020|22/01/2020", "107|11/01/2020|11/01/2020", "108|22/01/2020|22/01/2020",
                "109|25/03/2020|25/03/2020", "110|01/01/2020|01/01/2020", "110|01/11/2021|01/11/2021",
                "111|01/11/2019|31/03/2021");
        RuleResult r = new Rule1014().validate(data("01/04/2020", "31/03/2021", uasc, epi, oc3));
        assertThat(flagged(r, "UASC")).containsExactly(1, 3, 4);
        assertThat(flagged(r, "OC3")).containsExactly(1, 6, 9);
    }

    @Test
    void rule1015ComparesDerivedPlacementAuthoritiesOnly() {
        org.kindred.returns.validation.Metadata m = new org.kindred.returns.validation.Metadata(java.time.LocalDate.of(2020, 4, 1),
                java.time.LocalDate.of(2021, 3, 31), "2021", "850", null, "csv");
        Table underived = table("Episodes", "CHILD|PLACE|LS|PLACE_PROVIDER", "1|K2|C2|PR1");
        assertThat(new Rule1015().validate(data(m, underived)).skipped()).isTrue();
        Table derived = table("Episodes", "CHILD|PLACE|LS|PLACE_PROVIDER|PL_LA",
                "1|K2|C2|PR1|850", "2|K2|C2|PR1|886", "3|U1|C2|PR1|886", "4|K2|C2|PR4|886");
        assertThat(flagged(new Rule1015().validate(data(m, derived)), "Episodes")).containsExactly(1);
    }

    @Test
    void rule1016FlagsCareLeaverDataForOlderTeenagersWhoLeftAfterTheir17thBirthday() {
        Table oc3 = table("OC3", "CHILD|DOB|IN_TOUCH|ACTIV|ACCOM",
                "child1|31/03/2002|Y|Y|Y", "child2|01/01/2001|~|~|~", "child3|01/01/2000|Y|Y|Y", "child4|01/01/2002|Y|Y|Y",
                "child5|01/01/2002|Y|Y|Y", "child6|01/01/2002|Y|Y|Y", "child7|01/01/2002|~|~|~", "child8|01/09/2002|Y|Y|Y",
                "child9|01/09/2002|Y|Y|Y", "child10|01/09/2001|Y|Y|Y");
        Table epi = table("Episodes", "CHILD|DEC",
                "child1|31/03/2020", "child2|~", "child3|~", "child4|01/01/2020", "child6|~", "child4|~",
                "child8|31/08/20020", "child9|02/09/2020", "child10|02/09/2020");
        assertThat(flagged(new Rule1016().validate(data(null, "31/03/2020", epi, oc3)), "OC3")).containsExactly(0, 3, 8, 9);
    }

    @Test
    void rule3001FlagsFormerFosterCareAccommodationAroundThe17thBirthday() {
        Table oc3 = table("OC3", "CHILD|ACCOM", "101|Z1", "102|Z2", "101|T1", "102|~", "103|Z1", "102|Z3");
        Table header = table("Header", "CHILD|DOB", "101|16/03/2004", "102|23/09/2003", "103|31/12/2006");
        assertThat(flagged(new Rule3001().validate(data("01/04/2020", "31/03/2021", oc3, header)), "OC3")).containsExactly(0, 1);
    }
}
