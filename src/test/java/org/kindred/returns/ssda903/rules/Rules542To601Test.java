package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part3Tables.data;
import static org.kindred.returns.ssda903.rules.Part3Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part3Tables.flags;
import static org.kindred.returns.ssda903.rules.Part3Tables.period;
import static org.kindred.returns.ssda903.rules.Part3Tables.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule551;
import org.kindred.returns.ssda903.rules.adoption.Rule552;
import org.kindred.returns.ssda903.rules.adoption.Rule556;
import org.kindred.returns.ssda903.rules.adoption.Rule557;
import org.kindred.returns.ssda903.rules.adoption.Rule559;
import org.kindred.returns.ssda903.rules.adoption.Rule560;
import org.kindred.returns.ssda903.rules.adoption.Rule561;
import org.kindred.returns.ssda903.rules.adoption.Rule563;
import org.kindred.returns.ssda903.rules.adoption.Rule579;
import org.kindred.returns.ssda903.rules.adoption.Rule583;
import org.kindred.returns.ssda903.rules.adoption.Rule584;
import org.kindred.returns.ssda903.rules.adoption.Rules553And555;
import org.kindred.returns.ssda903.rules.missing.Rule564;
import org.kindred.returns.ssda903.rules.missing.Rule567;
import org.kindred.returns.ssda903.rules.missing.Rule570;
import org.kindred.returns.ssda903.rules.missing.Rule571;
import org.kindred.returns.ssda903.rules.missing.Rule575;
import org.kindred.returns.ssda903.rules.missing.Rule576;
import org.kindred.returns.ssda903.rules.missing.Rule577;
import org.kindred.returns.ssda903.rules.missing.Rule580;
import org.kindred.returns.ssda903.rules.missing.Rule581;
import org.kindred.returns.ssda903.rules.missing.Rule586;
import org.kindred.returns.ssda903.rules.missing.Rules565And566;
import org.kindred.returns.ssda903.rules.outcomes.Rule542;
import org.kindred.returns.ssda903.rules.outcomes.Rules543To546;
import org.kindred.returns.ssda903.rules.outcomes.Rules544And547;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

class Rules542To601Test {
    private static final Metadata YEAR_1981 = period("01/04/1980", "31/03/1981");

    /** Upstream's episodes for the "continuously looked after" checks: 101-105 were, 106 and 107 were not. */
    private static final Table CLA_EPISODES = table("Episodes", "CHILD,DECOM,DEC,LS,REC,RNE",
            "101|01/03/1980|31/03/1981|o|X1|o", "102|01/03/1980|30/03/1981|o|X1|o", "103|01/03/1980|01/01/1981|o|X1|o",
            "104|01/02/1970|~|o|!!|o", "105|01/03/1979|01/01/1981|o|X1|o", "105|01/01/1981|01/01/1983|o|oo|o",
            "106|01/03/1980|01/01/1982|V3|X1|o", "107|01/03/1980|01/01/1982|V3|!!|o");

    @Test
    void rule542FlagsConvictionsUnder10() {
        Table oc2 = table("OC2", "DOB,CONVICTED", "08/03/2020|1", "22/06/2000|~", "~|1", "13/10/2000|1", "10/01/2017|1");
        assertThat(flags(new Rule542().validate(data(period("01/04/2019", "31/03/2020"), oc2))))
                .isEqualTo(flagged("OC2", 0, 4));
        assertThat(new Rule542().validate(data(oc2)).skipped()).isTrue();
    }

    @Test
    void rule543FlagsMissingConvictionsForContinuouslyLookedAfter10PlusYearOlds() {
        Table oc2 = table("OC2", "CHILD,DOB,CONVICTED", "101|08/03/1973|~", "102|22/06/1968|~", "103|~|~",
                "104|13/10/1968|1", "105|10/01/1966|~", "106|01/01/1965|~", "107|01/01/1965|~", "333|01/01/1965|~");
        assertThat(flags(RuleRegistry.version(Rules543To546.class, "543", "lac2022_23").validate(data(YEAR_1981, oc2, CLA_EPISODES)))).isEqualTo(flagged("OC2", 1, 4));
        assertThat(RuleRegistry.version(Rules543To546.class, "543", "lac2022_23").validate(data(oc2, CLA_EPISODES)).skipped()).isTrue();
    }

    @Test
    void rules545And546CheckHealthPromotionAgainstAge5() {
        Table oc2 = table("OC2", "CHILD,DOB,HEALTH_CHECK", "101|08/03/1973|~", "102|22/06/1977|~", "103|~|~",
                "104|13/10/2000|1", "105|10/01/1978|~", "106|01/01/1978|~", "107|01/01/1978|~", "333|01/01/1978|~");
        assertThat(flags(RuleRegistry.version(Rules543To546.class, "545", "lac2022_23").validate(data(YEAR_1981, oc2, CLA_EPISODES)))).isEqualTo(flagged("OC2", 1, 4));
        Table episodes = table("Episodes", "CHILD,DECOM,DEC,LS,REC,RNE",
                "101|01/03/1980|31/03/1981|o|X1|o", "102|01/03/1980|30/03/1981|o|X1|o", "103|01/03/1980|01/01/1981|V3|X1|o",
                "104|01/02/1970|~|o|!!|o", "105|01/03/1979|01/01/1981|o|X1|o");
        Table oc546 = table("OC2", "CHILD,DOB,HEALTH_CHECK", "101|08/03/1963|1", "102|22/06/1957|1", "103|~|~",
                "104|13/10/2000|1", "105|10/01/1948|~");
        assertThat(flags(RuleRegistry.version(Rules543To546.class, "546", "lac2022_23").validate(data(YEAR_1981, oc546, episodes)))).isEqualTo(flagged("OC2", 0, 1));
    }

    @Test
    void rule547FlagsHealthPromotionWithoutOtherHealthFields() {
        Table oc2 = table("OC2", "HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE",
                "~|~|~|~|~", "1|~|~|~|~", "1|~|~|~|~", "1|1|1|0|0", "1|~|1|1|~", "0|~|~|~|~", "1|1|1|1|1", "~|~|1|0|1");
        assertThat(flags(RuleRegistry.version(Rules544And547.class, "547", "lac2022_23").validate(data(oc2)))).isEqualTo(flagged("OC2", 1, 2, 4));
    }

    @Test
    void rule551FlagsAdoptionPlacementWithoutDecisionDate() {
        Table episodes = table("Episodes", "CHILD,PLACE", "0|x", "A|A3", "B|A4", "C|A5", "D|A6", "E|A3", "F|A4",
                "G|x", "H|A3", "I|A5");
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED", "A|~", "B|~", "C|~", "D|~", "E|01/01/2020",
                "F|15/04/2020", "G|~", "H|28th Jan 1930");
        assertThat(flags(new Rule551().validate(data(episodes, placed)))).isEqualTo(flagged("Episodes", 1, 2, 3, 4, 9));
    }

    @Test
    void rule552FlagsDecisionAfterFirstAdoptionPlacement() {
        Table placed = table("PlacedAdoption", "DATE_PLACED,CHILD", "08/03/2020|104", "22/06/2020|105",
                "13/10/2022|107", "24/10/2021|108", "~|109", "~|110", "baddate/2021|111");
        Table episodes = table("Episodes", "DECOM,CHILD,PLACE", "08/03/2020|104|A3", "22/07/2020|105|A4",
                "13/10/2021|107|A6", "22/06/2020|108|D5", "26/05/2018|109|A3", "~|110|A5", "01/02/2013|111|A4");
        assertThat(flags(new Rule552().validate(data(placed, episodes))))
                .isEqualTo(flagged("Episodes", List.of(2), "PlacedAdoption", List.of(2)));
    }

    @Test
    void rules553And555FlagOrdersWithoutOpenDecision() {
        Table e553 = table("Episodes", "CHILD,LS,DEC,PLACE", "111|E1|01/06/2020|T3", "222|E1|05/06/2020|P3",
                "333|T1|06/06/2020|T3", "444|E1|~|T3", "555|E1|~|T3", "777|E1|~|T3");
        Table p553 = table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "111|01/06/2020|01/06/2020|A", "222|01/06/2020|01/06/2020|~", "333|01/06/2020|01/06/2020|A",
                "123|01/06/2020|01/06/2020|A", "555|01/06/2020|~|A", "777|~|01/06/2020|~");
        assertThat(flags(RuleRegistry.version(Rules553And555.class, "553", "lac2022_23").validate(data(e553, p553))))
                .isEqualTo(flagged("Episodes", List.of(3), "PlacedAdoption", List.of(4, 5)));
        Table e555 = table("Episodes", "CHILD,LS,DEC,PLACE", "111|E1|01/06/2020|T3", "222|D1|05/06/2020|P3",
                "333|D1|06/06/2020|T3", "444|D1|~|T3", "555|D1|~|T3", "666|D1|~|T3");
        Table p555 = table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "111|01/06/2020|01/06/2020|A", "222|01/06/2020|01/06/2020|A", "333|01/06/2020|01/06/2020|A",
                "666|01/06/2020|~|A", "123|01/06/2020|01/06/2020|A", "984|~|01/06/2020|A");
        assertThat(flags(RuleRegistry.version(Rules553And555.class, "555", "lac2022_23").validate(data(e555, p555))))
                .isEqualTo(flagged("Episodes", List.of(3, 4), "PlacedAdoption", List.of(3)));
    }

    @Test
    void rule556FlagsDecisionAfterFreeingOrder() {
        Table episodes = table("Episodes", "CHILD,LS,DECOM", "A|C1|~", "B|D1|15/03/2020", "C|D1|15/03/2020");
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED", "A|~", "B|15/04/2020", "C|15/02/2020");
        assertThat(flags(new Rule556().validate(data(episodes, placed)))).isEqualTo(flagged("Episodes", 1));
    }

    @Test
    void rules557FlagLeavingCareWithoutClosingTheAdoptionDecision() {
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "11|~|~", "202|01/02/2003|invalid dont matter", "3003|~|~", "40004|~|~", "606|~|~");
        Table e2022 = table("Episodes", "CHILD,PLACE,LS,REC", "11|A3|x|x", "202|x|D1|x", "3003|A4|D1|E12",
                "40004|x|E1|E12", "5005|A5|x|x", "606|A6|x|x", "77|x|x|x", "8|A6|x|X1");
        assertThat(flags(RuleRegistry.version(Rule557.class, "557", "lac2022_23").validate(data(e2022, placed))))
                .isEqualTo(flagged("Episodes", List.of(0, 4, 5), "PlacedAdoption", List.of(0, 4)));
        Table e2025 = table("Episodes", "CHILD,PLACE,LS,REC", "11|A3|x|x", "202|x|E1|x", "3003|A4|E1|E12",
                "40004|x|E1|EEE", "5005|A5|x|x", "606|A6|x|x", "77|x|x|x", "8|A6|x|X1", "909|x|D1|x");
        assertThat(flags(RuleRegistry.version(Rule557.class, "557", "lac2024_25").validate(data(e2025, placed))))
                .isEqualTo(flagged("Episodes", List.of(0, 3, 4, 5), "PlacedAdoption", List.of(0, 3, 4)));
    }

    @Test
    void rules559To561CompareDecisionsWithLastYear() {
        Table placed559 = table("PlacedAdoption", "CHILD,DATE_PLACED", "101|26/05/2022", "102|26/05/2021", "103|~",
                "104|01/02/2016", "105|26/05/2019", "106|01/01/2019");
        Table last559 = table("PlacedAdoption_last", "CHILD,DATE_PLACED", "101|26/05/2000", "102|~", "103|26/05/2000",
                "104|01/02/2016", "105|~");
        assertThat(flags(new Rule559().validate(data(period("01/04/2020", "31/03/2021"), placed559, last559))))
                .isEqualTo(flagged("PlacedAdoption", 4, 5));

        Table placed560 = table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED,DATE_PLACED",
                "101|26/05/2000|26/05/2019", "102|01/07/2018|26/05/2000", "103|26/05/2000|~", "104|26/05/2017|01/02/2016",
                "105|~|27/05/2019", "106|34rd/Dec/-1000A.D|34rd/Dec/-1000A.D", "107|different|also different");
        Table last560 = table("PlacedAdoption_last", "CHILD,DATE_PLACED_CEASED,DATE_PLACED",
                "101|~|26/05/2000", "102|01/07/2018|26/05/2000", "103|26/05/2000|~", "104|26/05/2017|01/02/2016",
                "105|~|26/05/2019", "106|~|34rd/Dec/-1000A.D", "107|34rd/Dec/-1000A.D|20/20/2020");
        assertThat(flags(new Rule560().validate(data(placed560, last560)))).isEqualTo(flagged("PlacedAdoption", 0, 4));

        Table placed561 = table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED,DATE_PLACED,REASON_PLACED_CEASED",
                "101|26/05/2000|26/05/2019|xx", "102|01/07/2018|26/05/2000|xx", "103|26/05/2000|~|xx",
                "104|26/05/2017|01/02/2016|xx", "106|~|26/05/2029|xx");
        Table last561 = table("PlacedAdoption_last", "CHILD,DATE_PLACED_CEASED,DATE_PLACED,REASON_PLACED_CEASED",
                "101|~|26/05/2019|xx", "102|01/07/2018|26/05/2000|xx", "103|26/05/2000|~|xx",
                "104|26/05/2017|01/02/2016|xx", "105|~|26/05/2019|~", "106|xx|01/07/2019|xx");
        assertThat(flags(new Rule561().validate(data(placed561, last561)))).isEqualTo(flagged("PlacedAdoption", 0, 1, 3));
        assertThat(new Rule561().validate(data(placed561)).skipped()).isTrue();
    }

    @Test
    void rule563FlagsCeasedDecisionWithoutDecisionDate() {
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED,DATE_PLACED",
                "11|~|~|26/05/2000", "202|01/02/2003|invalid dont matter|26/05/2000", "3003|~|~|26/05/2000",
                "40004|26/05/2001|some sample reason|~", "606|~|~|26/05/2000");
        assertThat(flags(new Rule563().validate(data(placed)))).isEqualTo(flagged("PlacedAdoption", 3));
    }

    @Test
    void rulesOnSingleMissingPeriods() {
        Table m564 = table("Missing", "MISSING,MIS_START", "M|~", "A|07/02/2020", "A|03/02/2020", "~|~", "m|~", "A|13/02/2020");
        assertThat(flags(new Rule564().validate(data(m564)))).isEqualTo(flagged("Missing", 0, 4));
        Table m565 = table("Missing", "MISSING,MIS_START", "M|~", "~|07/02/2020", "A|03/02/2020", "~|~", "M|~", "A|13/02/2020");
        assertThat(flags(RuleRegistry.version(Rules565And566.class, "565", "lac2022_23").validate(data(m565)))).isEqualTo(flagged("Missing", 1));
        Table m567 = table("Missing", "MIS_START,MIS_END", "01/06/2020|05/06/2020", "02/06/2020|~",
                "03/06/2020|01/06/2020", "04/06/2020|02/06/2020", "~|05/06/2020");
        assertThat(flags(new Rule567().validate(data(m567)))).isEqualTo(flagged("Missing", 2, 3));
        Table m570 = table("Missing", "MIS_START", "08/04/2020", "22/06/2020", "~", "13/10/2005", "10/05/2001");
        assertThat(flags(new Rule570().validate(data(period("01/04/2019", "31/03/2020"), m570))))
                .isEqualTo(flagged("Missing", 0, 1));
        Table m571 = table("Missing", "MIS_START,MIS_END", "08/03/2020|08/03/2020", "22/06/2020|~", "~|22/06/2020",
                "13/10/2021|13/10/21", "10/24/2021|~", "01/05/2020|01/05/2020");
        assertThat(flags(new Rule571().validate(data(period("01/04/2020", "31/03/2021"), m571))))
                .isEqualTo(flagged("Missing", 0));
        Table m586 = table("Missing", "DOB,MIS_START", "01/02/2020|~", "02/02/2020|07/02/2020", "04/02/2020|03/02/2020",
                "06/02/2020|~", "07/02/2020|01/02/2020", "08/02/2020|13/02/2020");
        assertThat(flags(new Rule586().validate(data(m586)))).isEqualTo(flagged("Missing", 2, 4));
    }

    @Test
    void rule575FlagsOpenMissingPeriodInAnEndedEpisode() {
        Table episodes = table("Episodes", "CHILD,DECOM,DEC", "111|01/06/2020|10/06/2020", "123|08/06/2020|10/06/2020",
                "222|05/06/2020|10/06/2020", "333|06/06/2020|~", "333|07/06/2020|10/06/2020", "444|08/06/2020|10/06/2020",
                "444|08/06/2020|~");
        Table missing = table("Missing", "CHILD,MIS_START,MIS_END", "111|01/06/2020|05/06/2020", "123|08/06/2020|~",
                "222|05/06/2020|05/06/2020", "333|06/06/2020|~", "444|08/06/2020|05/06/2020", "444|09/06/2020|~",
                "444|19/06/2020|05/06/2020");
        assertThat(flags(new Rule575().validate(data(episodes, missing)))).isEqualTo(flagged("Missing", 1, 5));
    }

    @Test
    void rule576FlagsOpenPeriodFromLastYearNotContinued() {
        Table last = table("Missing_last", "CHILD,MIS_START,MIS_END", "111|07/02/2020|07/02/2020", "222|07/02/2020|~",
                "333|03/02/2020|07/02/2020", "444|07/02/2020|~", "555|01/02/2020|~", "666|13/02/2020|07/02/2020");
        Table missing = table("Missing", "CHILD,MIS_START", "111|07/02/2020", "222|08/02/2020", "333|03/02/2020",
                "444|~", "555|01/02/2020", "666|13/02/2020");
        assertThat(flags(new Rule576().validate(data(last, missing)))).isEqualTo(flagged("Missing", 1, 3));
    }

    @Test
    void rule577FlagsMissingPeriodsOutsideTheirPeriodOfCare() {
        Table missing = table("Missing", "CHILD,MIS_START,MIS_END", "1|01/01/1981|~", "2|01/01/1981|02/06/2020",
                "3|01/01/1981|03/06/2022", "3|01/01/1981|03/06/2020", "4|01/01/1981|04/06/2020", "5|01/01/1981|01/01/1982",
                "5|01/01/1981|01/01/2000", "6|01/01/1981|01/01/1981", "7|~|01/01/1981", "8|01/01/1981|~",
                "9|01/01/2020|~", "9|01/01/2021|~", "9|04/06/2020|04/06/2021");
        Table episodes = table("Episodes", "CHILD,DECOM,DEC,LS,REC",
                "1|01/04/1977|31/03/1981|o|X1", "2|01/04/1979|30/03/1981|o|~", "88|01/05/1980|01/01/1981|o|xx",
                "3|01/04/1980|01/01/1981|V3|kk", "3|01/04/2020|01/01/2021|V3|kk", "3|01/01/2021|05/10/2021|V3|kk",
                "4|01/04/1981|~|o|!!", "5|01/04/1978|01/01/1981|o|xx", "5|01/01/1981|01/01/1990|o|xx",
                "5|01/04/1983|04/06/2020|o|kk", "6|01/04/1983|04/06/2020|o|kk", "7|01/04/1983|04/06/2020|o|kk",
                "8|01/04/1983|04/06/2020|o|xx", "9|01/01/2020|04/06/2020|o|<--", "9|04/06/2020|11/08/2020|o|-",
                "9|11/08/2020|01/12/2020|o|-->", "9|22/12/2020|25/12/2020|o|<->", "9|01/01/2021|22/02/2021|o|<--",
                "9|22/02/2021|08/08/2021|V3|-", "9|08/08/2021|~|o|--o");
        assertThat(flags(new Rule577().validate(data(episodes, missing)))).isEqualTo(flagged("Missing", 0, 1, 2, 7, 9, 10));
    }

    @Test
    void rule579FlagsOverlappingAdoptionDecisions() {
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "111|01/06/2020|05/06/2020", "111|04/06/2020|~", "222|03/06/2020|04/06/2020", "222|04/06/2020|~",
                "222|07/06/2020|09/06/2020", "333|02/06/2020|04/06/2020", "333|03/06/2020|09/06/2020",
                "555|~|05/06/2020", "555|~|05/06/2020");
        assertThat(flags(new Rule579().validate(data(placed)))).isEqualTo(flagged("PlacedAdoption", 1, 4, 6));
    }

    @Test
    void rule580FlagsMissingAt18WithoutReasonE8() {
        Table episodes = table("Episodes", "CHILD,DEC,REC", "111|01/06/2020|E7", "123|08/06/2020|E7", "222|05/06/2020|E8",
                "333|06/06/2020|E5", "444|07/06/2020|E8", "555|19/06/2020|E4", "777|19/06/2020|E4");
        Table missing = table("Missing", "CHILD,MISSING,MIS_END,DOB", "111|M|01/06/2020|01/06/2002",
                "123|M|08/06/2020|08/06/2002", "222|M|05/06/2020|05/06/2002", "333|M|06/06/2020|06/06/2002",
                "444|M|08/06/2020|08/06/2002", "444|M|09/06/2020|09/06/2002", "555|M|19/06/2020|19/06/2002",
                "777|A|19/06/2020|19/06/2002");
        assertThat(flags(new Rule580().validate(data(episodes, missing)))).isEqualTo(flagged("Episodes", 0, 1, 3, 5, 6));
    }

    @Test
    void rule581FlagsMissingPeriodsOutsideAnyEpisode() {
        Table episodes = table("Episodes", "CHILD,DECOM,DEC", "111|01/06/2020|10/06/2020", "123|08/06/2020|10/06/2020",
                "222|06/06/2020|10/06/2020", "333|06/06/2020|~", "333|07/06/2020|10/06/2020", "444|08/06/2020|10/06/2020",
                "444|12/06/2020|~", "555|15/06/2020|20/06/2020");
        Table missing = table("Missing", "CHILD,MIS_START,MIS_END", "111|01/06/2020|05/06/2020", "123|08/06/2020|~",
                "222|05/06/2020|05/06/2020", "333|12/06/2020|~", "444|08/06/2020|05/06/2020", "444|11/06/2020|11/06/2020",
                "444|19/06/2020|05/06/2020", "555|21/06/2020|21/06/2020", "999|01/01/2020|~");
        assertThat(flags(new Rule581().validate(data(episodes, missing)))).isEqualTo(flagged("Missing", 2, 5, 7));
    }

    @Test
    void rule583FlagsEarlierDecisionsLeftOpen() {
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "child1|01/02/2020|02/02/2020", "child1|03/02/2020|04/02/2020", "child2|01/02/2020|~",
                "child2|02/02/2020|~", "child3|01/02/2020|02/02/2020", "child3|03/02/2020|~",
                "child4|01/02/2020|02/02/2020", "child4|01/01/2020|~");
        assertThat(flags(new Rule583().validate(data(placed)))).isEqualTo(flagged("PlacedAdoption", 2, 3, 7));
    }

    @Test
    void rule584FlagsDecisionNotLaterThanLastYearsEndedOne() {
        Table placed = table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "child1|01/02/2020|01/02/2020|xx", "child2|01/02/2020|01/02/2021|xx", "child3|01/02/2020|01/02/2020|xx",
                "child4|01/02/2020|~|~", "child5|01/02/2021|01/02/2021|~", "child6|01/02/2020|01/02/2021|XX",
                "child7|~|01/02/2021|XX");
        Table last = table("PlacedAdoption_last", "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "child1|01/02/2021|01/02/2021|xx", "child2|01/02/2021|~|xx", "child3|01/02/2021|01/02/2021|~",
                "child4|01/02/2020|01/02/2020|xx", "child5|01/02/2020|02/02/2020|xx", "child6|~|01/02/2020|xx",
                "child7|01/01/2020|01/02/2020|xx");
        assertThat(flags(new Rule584().validate(data(placed, last)))).isEqualTo(flagged("PlacedAdoption", 0, 1, 2, 3, 6));
    }
}
