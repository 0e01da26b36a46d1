package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part2Tables.data;
import static org.kindred.returns.ssda903.rules.Part2Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part2Tables.meta;
import static org.kindred.returns.ssda903.rules.Part2Tables.table;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule331;
import org.kindred.returns.ssda903.rules.adoption.Rule334;
import org.kindred.returns.ssda903.rules.adoption.Rule335;
import org.kindred.returns.ssda903.rules.careleavers.Rule345;
import org.kindred.returns.ssda903.rules.careleavers.Rule347;
import org.kindred.returns.ssda903.rules.careleavers.Rule348;
import org.kindred.returns.ssda903.rules.episodes.Rule352;
import org.kindred.returns.ssda903.rules.episodes.Rule353;
import org.kindred.returns.ssda903.rules.episodes.Rule356;
import org.kindred.returns.ssda903.rules.episodes.Rule357;
import org.kindred.returns.ssda903.rules.episodes.Rule358;
import org.kindred.returns.ssda903.rules.episodes.Rules354And385;
import org.kindred.returns.ssda903.rules.header.Rule301;
import org.kindred.returns.ssda903.rules.placements.Rule336;
import org.kindred.returns.ssda903.rules.uasc.Rule303;
import org.kindred.returns.ssda903.rules.uasc.Rule304;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** SSDA903 rules 301-358 on the reference validator's own test returns. */
class Rules301To358Test {
    @Test
    void rule301BirthNotAfterYearEnd() {
        Table header = table("Header", "CHILD,DOB", "101|01/07/2021", "102|02/06/2000", "103|03/06/2000",
                "104|04/06/2022", "105|~");
        assertThat(flagged(new Rule301().validate(data(meta("01/04/2020", "31/03/2021"), header)), "Header"))
                .containsExactly(0, 3);
    }

    @Test
    void rule303CeasedDateNeedsUascStatus1() {
        Table uasc = table("UASC", "CHILD,DUC", "0|~", "1|04/04/2021", "2|01/06/2020", "3|~", "4|10/04/2020",
                "5|01/03/2021");
        Table header = table("Header", "CHILD,UASC", "0|0", "1|1", "2|0", "3|1", "4|0", "5|1");
        RuleResult result = new Rule303().validate(data(uasc, header));
        assertThat(flagged(result, "UASC")).containsExactly(2, 4);
        assertThat(flagged(result, "Header")).containsExactly(2, 4);
    }

    @Test
    void rule304CeasedOnOrBefore18thBirthday() {
        Table uasc = table("UASC", "DOB,DUC", "01/06/2000|05/06/2019", "02/06/2000|~", "03/06/2000|01/06/2015",
                "04/06/2000|02/06/2020", "~|05/06/2020");
        assertThat(flagged(new Rule304().validate(data(uasc)), "UASC")).containsExactly(0, 3);
    }

    @Test
    void rule331MatchingNotAfterPlacementForAdoption() {
        Table ad1 = table("AD1", "CHILD,DATE_MATCH", "111|01/01/2020", "222|02/06/2020", "333|11/11/2020", "444|~",
                "555|01/02/2020", "66|04/06/2020");
        Table eps = table("Episodes", "CHILD,DECOM,REC", "111|01/01/2020|E12", "222|01/06/2020|E11",
                "333|12/12/2020|E12", "444|01/02/2020|E11", "555|01/01/2020|xX", "555|01/02/2020|E11",
                "555|05/06/2020|E12", "66|01/01/2020|Xx", "66|01/02/2020|oO", "66|05/06/2020|E11", "66|06/07/2020|Oo");
        RuleResult result = new Rule331().validate(data(ad1, eps));
        assertThat(flagged(result, "AD1")).containsExactly(1);
        assertThat(flagged(result, "Episodes")).containsExactly(1);
    }

    @Test
    void rule334DecisionToPlaceNotBeforeLatestCareStart() {
        Table eps = table("Episodes", "CHILD,DECOM,RNE", "101|01/03/1980|S", "102|01/03/1980|o", "102|01/03/1980|S",
                "103|01/02/1970|o", "103|01/03/1979|S", "103|01/01/1980|S", "104|01/03/1979|o", "104|01/01/1981|o",
                "105|01/03/1979|o", "105|01/01/2020|S", "105|26/05/2021|o");
        Table ad1 = table("AD1", "CHILD,DATE_INT", "101|26/05/1978", "102|~", "103|26/05/1981", "104|01/02/1960",
                "105|26/05/2019");
        RuleResult result = new Rule334().validate(data(eps, ad1));
        assertThat(flagged(result, "Episodes")).containsExactly(0, 9);
        assertThat(flagged(result, "AD1")).containsExactly(0, 4);
    }

    @Test
    void rule335FosterCareFlagMustFitThePlacement() {
        Table eps = table("Episodes", "PLACE,REC,CHILD", "A2|E1|10", "--|E1|11", "A1|E1|12", "--|E12|13", "A4|E11|14",
                "--|E1|15", "A5|--|16", "A3|E12|17");
        Table ad1 = table("AD1", "FOSTER_CARE,CHILD", "0|10", "1|11", "0|12", "1|13", "2|14", "former foster carer|15",
                "|16", "~|17");
        RuleResult result = new Rule335().validate(data(eps, ad1));
        assertThat(flagged(result, "Episodes")).containsExactly(0);
        assertThat(flagged(result, "AD1")).containsExactly(0);
    }

    @Test
    void rule336AdoptionPlacementFollowsFosterPlacement() {
        Table eps = table("Episodes", "CHILD,DECOM,PLACE", "111|01/01/2020|U1", "111|11/01/2020|T1",
                "111|22/01/2020|A3", "123|11/01/2020|A4", "123|01/01/2020|U1", "333|01/01/2020|U1", "333|22/01/2020|A3",
                "333|11/01/2020|T2", "444|22/01/2020|A4", "444|11/01/2020|X1", "444|01/01/2020|A3", "666|01/01/2020|A5",
                "777|11/01/2020|A4", "777|01/01/2020|~");
        assertThat(flagged(new Rule336().validate(data(eps)), "Episodes")).containsExactly(2, 6, 8, 12);
    }

    @Test
    void rule345InTouchNeedsActivityAndAccommodation() {
        Table oc3 = table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "A|No|~|0", "B|YES|0|~", "C|YES|XXX|0", "D|~|~|XXX",
                "E|Yes|XXX|XXX");
        assertThat(flagged(new Rule345().validate(data(oc3)), "OC3")).containsExactly(1, 2);
    }

    @Test
    void rule347FoyerOnlyFor18AndOver() {
        Table oc3 = table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "child1|01/01/1999|Y|Y|T", "child2|01/01/2010|~|~|~",
                "child3|01/01/2000|Y|Y|T", "child4|02/04/2002|Y|Y|T", "child5|01/04/2002|Y|Y|T");
        assertThat(flagged(new Rule347().validate(data(meta("01/04/2020", null), oc3)), "OC3")).containsExactly(3);
    }

    @Test
    void rule348DiedLastYearStaysDied() {
        Table now = table("OC3", "CHILD,IN_TOUCH", "1|DIED", "2|DIED", "3|MORT", "4|SHUFFLED");
        Table last = table("OC3_last", "CHILD,IN_TOUCH", "1|DIED", "2|PASSED", "3|DIED", "4|SHUFFLED");
        assertThat(flagged(new Rule348().validate(data(now, last)), "OC3")).containsExactly(2);
        assertThat(new Rule348().validate(data(now)).skipped()).isTrue();
    }

    @Test
    void rule352CareMustStartBefore18() {
        Table eps = table("Episodes", "CHILD,RNE,DECOM", "101|S|16/03/2021", "102|S|17/06/2020", "101|X1|20/03/2020",
                "102|~|~", "103|S|23/08/2020");
        Table header = table("Header", "CHILD,DOB", "101|16/03/2005", "102|23/09/2002", "103|31/12/2000",
                "103|31/12/2000");
        assertThat(flagged(new Rule352().validate(data(eps, header)), "Episodes")).containsExactly(4);
    }

    @Test
    void rule353NoEpisodeBefore14October1991() {
        Table eps = table("Episodes", "DECOM", "~", "02/06/1980", "06/06/1890", "08/06/2020");
        assertThat(flagged(new Rule353().validate(data(eps)), "Episodes")).containsExactly(1, 2);
    }

    @Test
    void rule354NoEpisodeStartsAfterYearEnd() {
        Table eps = table("Episodes", "DECOM", "01/01/2021", "19/02/2010", "38/04/2019", "01/01/2022", "01/04/2021",
                "01/05/2021", "~", "3rd Dec 1873");
        assertThat(flagged(RuleRegistry.version(Rules354And385.class, "354", "lac2022_23").validate(data(meta(null, "01/04/2021"), eps)), "Episodes"))
                .containsExactly(3, 5);
    }

    @Test
    void rule356EpisodeNotEndingBeforeItStarts() {
        Table eps = table("Episodes", "DECOM,DEC", "14/03/2021|08/12/2020", "16/06/2019|24/08/2021", "03/10/2020|~",
                "07/09/2021|07/09/2021");
        assertThat(flagged(new Rule356().validate(data(eps)), "Episodes")).containsExactly(0);
    }

    @Test
    void rule357FirstEpisodeStartsACareperiod() {
        Table eps = table("Episodes", "CHILD,DECOM,RNE", "000|01/01/2001|!!", "111|11/11/2011|ok", "111|01/01/2000|S",
                "222|11/11/2011|ok", "222|~|ok", "222|01/01/2001|S", "333|12/12/2012|ok", "333|01/01/2001|!!",
                "333|05/05/2005|ok", "444|05/05/2005|~", "555|01/01/1990|ok");
        assertThat(flagged(new Rule357().validate(data(meta("31/03/1995", null), eps)), "Episodes"))
                .containsExactly(0, 7, 9);
    }

    @Test
    void rule358YouthJusticeStatusOnlyFrom10() {
        Table eps = table("Episodes", "CHILD,DECOM,LS", "101|01/01/2009|J3", "102|01/01/2001|X", "103|20/12/2001|L2",
                "104|03/01/2018|J2", "105|03/04/2008|J1", "106|01/01/2002|L2", "107|10/01/2002|X", "108|11/02/2012|J1",
                "109|25/01/2002|L2", "110|25/01/2002|L2", "111|~|J2", "112|25/01/2002|J3");
        Table header = table("Header", "CHILD,DOB", "101|01/01/2000", "102|01/01/2001", "103|20/12/2001",
                "104|01/01/2000", "105|03/01/2000", "106|01/01/2002", "107|10/01/2002", "108|11/01/2002",
                "109|25/01/2002", "110|25/01/2002", "111|25/01/2002", "112|~");
        RuleResult result = new Rule358().validate(data(eps, header));
        assertThat(flagged(result, "Episodes")).containsExactly(0, 4);
        assertThat(flagged(result, "Header")).containsExactly(0, 4);
    }
}
