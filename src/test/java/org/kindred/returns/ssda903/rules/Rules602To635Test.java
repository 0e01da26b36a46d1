package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part4Tables.data;
import static org.kindred.returns.ssda903.rules.Part4Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part4Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule602;
import org.kindred.returns.ssda903.rules.careleavers.Rule628;
import org.kindred.returns.ssda903.rules.episodes.Rule607;
import org.kindred.returns.ssda903.rules.header.Rule611;
import org.kindred.returns.ssda903.rules.header.Rule620;
import org.kindred.returns.ssda903.rules.header.Rule621;
import org.kindred.returns.ssda903.rules.header.Rule624;
import org.kindred.returns.ssda903.rules.header.Rule626;
import org.kindred.returns.ssda903.rules.permanence.Rule630;
import org.kindred.returns.ssda903.rules.permanence.Rule632;
import org.kindred.returns.ssda903.rules.permanence.Rule633;
import org.kindred.returns.ssda903.rules.permanence.Rule634;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

class Rules602To635Test {

    @Test
    void rule602FlagsAdoptionDetailsWithoutAnAdoptionInTheYear() {
        Table epi = table("Episodes", "CHILD|DEC|REC",
                "111|08/06/2020|E11", "222|09/07/2020|oo", "333|09/08/2020|T4", "444|25/03/2021|E11",
                "555|22/03/2020|oo", "666|25/04/2021|~", "888|~|E11");
        Table ad1 = table("AD1", "CHILD|DATE_INT|DATE_MATCH",
                "111|~|~", "123|xx|~", "222|~|~", "333|~|~", "345|xx|~", "444|oo|~", "555|~|~", "666|xx|~", "777|~|xx");
        RuleResult r = new Rule602().validate(data("01/04/2020", "31/03/2021", epi, ad1));
        assertThat(flagged(r, "AD1")).containsExactly(1, 4, 7, 8);
        assertThat(new Rule602().validate(data("01/04/2020", "31/03/2021", epi)).skipped()).isTrue();
    }

    private static ReturnData motherData(String female) {
        Table eps = table("Episodes", "CHILD|DEC|REC|LS",
                "101|01/01/2021|~|L1", "102|01/01/2001|A3|V4", "103|20/12/2001|E15|V3", "104|03/01/2020|E46|L4",
                "105|03/04/2020|E48|L1", "105|01/07/2020|X2|XO", "105|10/01/2021|E11|L4", "108|11/02/2021|E48|L1",
                "109|25/01/2002|X1|XO", "110|25/01/2021|E47|~", "111|~|E45|L4", "112|25/08/2020|E46|XO");
        String male = female.equals("F") ? "M" : "1";
        Table header = table("Header", "CHILD|SEX|MOTHER",
                "101|" + female + "|~", "102|" + female + "|0", "103|" + female + "|~", "104|" + female + "|~",
                "105|" + female + "|~", "108|" + male + "|~", "109|" + female + "|0", "110|" + female + "|~",
                "111|" + female + "|0", "112|" + female + "|1");
        return data("01/04/2020", "31/03/2021", eps, header);
    }

    @Test
    void rule607FlagsGirlsLeavingCareWithoutMotherField() {
        RuleResult r = RuleRegistry.version(Rule607.class, "607", "lac2022_23").validate(motherData("2"));
        assertThat(flagged(r, "Header")).containsExactly(4, 7);
        assertThat(flagged(r, "Episodes")).containsExactly(4, 5, 6, 9);
        RuleResult v2025 = RuleRegistry.version(Rule607.class, "607", "lac2024_25").validate(motherData("F"));
        assertThat(flagged(v2025, "Header")).containsExactly(4, 7);
        assertThat(flagged(v2025, "Episodes")).containsExactly(4, 5, 6, 9);
        // The 2024/25 version reads SEX as M/F, so the old codes no longer match.
        assertThat(RuleRegistry.version(Rule607.class, "607", "lac2024_25").validate(motherData("2")).issues()).isEmpty();
    }

    @Test
    void rule611FlagsMothersWithoutChildDateOfBirth() {
        Table header = table("Header", "MOTHER|MC_DOB",
                "1|01/01/2021", "1|19/02/2016", "~|dd/mm/yyyy", "~|31/31/19", "1|~");
        assertThat(flagged(new Rule611().validate(data(header)), "Header")).containsExactly(4);
    }

    @Test
    void rule620FlagsMothersUnderEleven() {
        Table header = table("Header", "MOTHER|DOB",
                "1|~", "1|07/02/2020", "1|03/02/2020", "~|~", "1|18/01/1981", "0|13/02/2020");
        assertThat(flagged(new Rule620().validate(data("01/04/2020", null, header)), "Header")).containsExactly(1, 2);
    }

    @Test
    void rule621FlagsMothersYoungerThanTheirChild() {
        Table header = table("Header", "DOB|MC_DOB",
                "01/12/2021|01/01/2021", "19/02/2016|19/12/2016", "31/01/2019|31/01/2019", "31/01/2019|~", "31/01/2019|01/02/2019");
        assertThat(flagged(new Rule621().validate(data(header)), "Header")).containsExactly(0, 2);
    }

    @Test
    void rule624FlagsChildDateOfBirthDifferentFromLastYear() {
        Table header = table("Header", "CHILD|MC_DOB",
                "111|01/06/2020", "222|04/06/2020", "333|~", "444|08/09/2020", "555|~", "66|01/02/2020");
        Table last = table("Header_last", "CHILD|MC_DOB",
                "111|01/06/2020", "222|04/06/2020", "333|01/06/2019", "444|10/09/2020", "555|~", "66|~");
        assertThat(flagged(new Rule624().validate(data(header, last)), "Header")).containsExactly(2, 3);
        assertThat(new Rule624().validate(data(header)).skipped()).isTrue();
    }

    @Test
    void rule626FlagsNewMothersWithChildBornBeforeTheYear() {
        Table header = table("Header", "CHILD|MOTHER|MC_DOB",
                "111|1|~", "222|1|04/01/2020", "333|0|~", "444|1.0|01/04/2020");
        Table last = table("Header_last", "CHILD|MOTHER", "111|1", "222|0.0", "333|1", "444|0");
        assertThat(flagged(new Rule626().validate(data("01/04/2020", null, header, last)), "Header")).containsExactly(1);
    }

    @Test
    void rule628FlagsMotherhoodDetailsForCareLeaversWithoutEpisodes() {
        Table header = table("Header", "CHILD|MOTHER", "0|1", "1|~", "2|0", "3|1", "4|0", "5|1", "6|1");
        Table epi = table("Episodes", "CHILD", "a", "1", "3", "3", "3", "4", "5");
        Table oc3 = table("OC3", "CHILD|IN_TOUCH|ACTIV|ACCOM",
                "0|Whatever|~|Whatever", "2|~|~|~", "6|Whatever|~|~", "5|Whatever|~|~");
        assertThat(flagged(new Rule628().validate(data(header, epi, oc3)), "Header")).containsExactly(0, 6);
    }

    @Test
    void rule630FlagsNewEntrantsWithoutPreviousPermanenceDetails() {
        Table epi = table("Episodes", "CHILD|DECOM|RNE",
                "0|01/04/2021|T", "1|01/04/2021|S", "2|01/04/2021|S", "3|01/04/2021|P", "4|31/03/2021|S",
                "5|01/04/2021|S", "6|01/04/2021|S", "7|01/04/2021|S", "8|01/04/2021|S");
        Table pre = table("PrevPerm", "CHILD|PREV_PERM|LA_PERM|DATE_PERM",
                "2|Z1|~|~", "4|P1|352|~", "5|P1|~|01/05/2000", "6|Z1|~|~", "7|~|~|~", "8|P1|352|05/05/2020");
        assertThat(flagged(new Rule630().validate(data("01/04/2021", null, epi, pre)), "Episodes")).containsExactly(1, 5, 7);
    }

    @Test
    void rule632FlagsInvalidOrLatePermanenceOrderDates() {
        Table pre = table("PrevPerm", "CHILD|DATE_PERM",
                "101|xx/10/2011", "102|17/06/2001", "103|01/05/2000", "104|~", "105|05/ZZ/2020", "106|ZZ/05/2021",
                "107|ZZ/ZZ/ZZZZ", "108|ZZ/ZZ/1993", "109|ZZ/ZZ/ZZ", "110|01/13/2000");
        Table epi = table("Episodes", "CHILD|DECOM",
                "101|20/10/2011", "102|19/11/2021", "102|17/06/2001", "103|~", "104|11/09/2015", "105|01/03/2021",
                "106|01/07/2021", "107|01/07/2021", "108|01/07/2021", "109|01/07/2021", "110|01/07/2021");
        RuleResult r = new Rule632().validate(data(pre, epi));
        assertThat(flagged(r, "Episodes")).containsExactly(0, 2, 9, 10);
        assertThat(flagged(r, "PrevPerm")).containsExactly(0, 1, 8, 9);
    }

    @Test
    void rule633FlagsUnknownLocalAuthorityCodes() {
        Table pre = table("PrevPerm", "CHILD|LA_PERM", "101|~", "102|SCO", "103|204", "6|458", "7|176", "8|212");
        assertThat(flagged(new Rule633().validate(data(pre)), "PrevPerm")).containsExactly(3, 4);
    }

    @Test
    void rule634FlagsPermanenceDetailsForChildrenWhoStartedCareBeforeTheYear() {
        Table pre = table("PrevPerm", "CHILD|PREV_PERM|LA_PERM|DATE_PERM",
                "101|Z1|~|~", "102|~|352|~", "103|~|~|01/05/2000", "6|Z1|352|~", "7|~|~|~", "8|P1|352|05/05/2020");
        Table epi = table("Episodes", "CHILD|DECOM",
                "101|20/10/2011", "102|19/11/2021", "102|17/06/2001", "103|04/04/2002", "103|11/09/2015", "103|01/03/2016");
        RuleResult r = new Rule634().validate(data("01/04/2016", null, pre, epi));
        assertThat(flagged(r, "PrevPerm")).containsExactly(0, 2);
        assertThat(flagged(r, "Episodes")).containsExactly(0, 3, 4, 5);
    }
}
