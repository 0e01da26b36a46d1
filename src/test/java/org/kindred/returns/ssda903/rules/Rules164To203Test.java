package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.col;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.cols;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.data;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.flagged;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.r;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.t;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.year;
import static org.kindred.returns.ssda903.rules.Rules131To159Test.claEpisodes;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule184;
import org.kindred.returns.ssda903.rules.adoption.Rules112To171;
import org.kindred.returns.ssda903.rules.adoption.Rules114And175;
import org.kindred.returns.ssda903.rules.adoption.Rules143And177;
import org.kindred.returns.ssda903.rules.careleavers.Rule165;
import org.kindred.returns.ssda903.rules.careleavers.Rule187;
import org.kindred.returns.ssda903.rules.episodes.Rule199;
import org.kindred.returns.ssda903.rules.header.Rule168;
import org.kindred.returns.ssda903.rules.header.Rules202And203;
import org.kindred.returns.ssda903.rules.outcomes.Rule180;
import org.kindred.returns.ssda903.rules.outcomes.Rule181;
import org.kindred.returns.ssda903.rules.outcomes.Rule182;
import org.kindred.returns.ssda903.rules.outcomes.Rule186;
import org.kindred.returns.ssda903.rules.outcomes.Rule188;
import org.kindred.returns.ssda903.rules.outcomes.Rule189;
import org.kindred.returns.ssda903.rules.outcomes.Rule190;
import org.kindred.returns.ssda903.rules.outcomes.Rule191;
import org.kindred.returns.ssda903.rules.outcomes.Rule192;
import org.kindred.returns.ssda903.rules.outcomes.Rule193;
import org.kindred.returns.ssda903.rules.outcomes.Rule197B;
import org.kindred.returns.ssda903.rules.outcomes.Rule197a;
import org.kindred.returns.ssda903.rules.outcomes.Rules158To174;
import org.kindred.returns.ssda903.rules.outcomes.Rules176And196;
import org.kindred.returns.ssda903.rules.outcomes.Rules185And198;
import org.kindred.returns.ssda903.rules.placements.Rule164;
import org.kindred.returns.ssda903.rules.placements.Rule178;
import org.kindred.returns.ssda903.rules.placements.Rules169And179;
import org.kindred.returns.ssda903.rules.reviews.Rule167;
import org.kindred.returns.ssda903.rules.reviews.Rules102And166;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

class Rules164To203Test {
    private static final Metadata YEAR_1980 = year("01/04/1980", "31/03/1981");

    @Test
    void rule164DistanceExceptForUasc() {
        Table eps = t("Episodes", cols("CHILD", "LS", "PL_DISTANCE"),
                r("111", "V3", "0.0"), r("222", "V1", null), r("222", "V5", "-2"), r("333", "V1", "3.5"),
                r("333", "V2", "1000"), r("345", "V7", "1380"));
        Table header = t("Header", cols("CHILD", "UASC"), r("111", "0"), r("222", "0"), r("333", "0"), r("345", "0"));
        Table last = t("Header_last", cols("CHILD", "UASC"), r("111", "0"), r("222", "0"), r("333", "0"), r("345", "1"));
        assertThat(flagged(new Rule164(), data(eps, header, last), "Episodes")).containsExactly(2, 4);
        Table uascLast = t("UASC_last", cols("CHILD", "DUC"), r("333", "something"), r("345", null));
        assertThat(flagged(new Rule164(), data(eps, header, uascLast), "Episodes")).containsExactly(2, 5);
        // no derived distances: skip
        assertThat(new Rule164().validate(data(col("Episodes", "CHILD", "1"), header)).skipped()).isTrue();
    }

    @Test
    void rule165MotherStatus() {
        Table oc3 = t("OC3", cols("CHILD", "IN_TOUCH", "ACTIV", "ACCOM"),
                r("101", null, null, null), r("102", null, null, null), r("103", null, null, null), r("104", null, null, null),
                r("105", null, null, null), r("106", null, null, null), r("107", null, null, null), r("108", "YES", "XXX", null),
                r("109", null, null, "XXX"), r("110", null, null, null), r("111", null, null, null));
        Table eps = t("Episodes", cols("CHILD", "DECOM", "DEC", "LS"),
                r("101", "01/01/2020", "01/05/2020", "C2"),
                r("102", "11/01/2020", "11/05/2020", "C2"),
                r("103", "30/03/2020", "30/05/2020", "C2"),
                r("103", "30/03/2020", "30/05/2020", "C2"),
                r("104", "01/01/2020", "01/05/2020", "C2"),
                r("105", "11/05/2020", "11/08/2020", "C2"),
                r("105", "01/01/2020", "01/05/2020", "C2"),
                r("106", "22/01/2020", "22/05/2020", "C2"),
                r("107", "11/01/2020", "11/05/2020", "C2"),
                r("108", "22/01/2020", "22/05/2020", "C2"),
                r("109", "25/03/2020", "25/03/2020", "C2"),
                r("110", "01/01/2020", "01/05/2020", "V3"),
                r("110", "01/11/2021", "01/11/2021", "C2"),
                r("111", "01/11/2020", "01/11/2020", "V3"));
        Table header = t("Header", cols("CHILD", "SEX", "MOTHER"),
                r("101", "1", null), r("102", "2", "0"), r("103", "2", "0"), r("104", "2", "1"), r("105", "2", null),
                r("106", "2", "2"), r("107", "1", "1"), r("108", "2", null), r("109", "2", null), r("110", "2", "1"),
                r("111", "2", null));
        ReturnData d = data(year("01/04/2020", "31/03/2021"), header, eps, oc3);
        assertThat(flagged(new Rule165(), d, "Header")).containsExactly(4, 5, 6, 7);
        assertThat(flagged(new Rule165(), d, "OC3")).containsExactly(4, 5, 6, 7);
    }

    @Test
    void rules166And167Reviews() {
        Table reviews = t("Reviews", cols("REVIEW", "REVIEW_CODE"), r("01/02/2020", "pr0"), r("31/03/2020", "child too young"),
                r("12/12/2019", "PN3"), r("05/07/2020", ""), r(null, null), r("38/04/2019", "PN1"), r(null, "PN1"));
        assertThat(flagged(RuleRegistry.version(Rules102And166.class, "166", "lac2022_23"), data(reviews), "Reviews")).containsExactly(4, 5, 6);
        assertThat(flagged(new Rule167(), data(reviews), "Reviews")).containsExactly(0, 1, 3, 6);
    }

    @Test
    void rule168Upn() {
        Table header = col("Header", "UPN", "UN3", "E07295962325C1556", "UN5", "UN7", "UPN3sDSG", "X06805040829A",
                "5035247309594", null, "L086819786126", "K06014812931", "J000947841350156", "M0940709", "I072272729588",
                "N075491517151", "Z041674136429", "E043016488226", "S074885779408");
        assertThat(flagged(new Rule168(), data(header), "Header")).containsExactly(1, 3, 4, 6, 9, 10, 11, 12, 16);
    }

    @Test
    void rules169And179DerivedPlacementFields() {
        Table eps = t("Episodes", cols("LS", "PL_LA", "PL_LOCATION"), r("C2", "NIR", "IN"), r("C2", "E03934134", null),
                r("C2", null, "OUT"), r("V3", null, null), r("V4", null, null));
        assertThat(flagged(RuleRegistry.version(Rules169And179.class, "169", "lac2022_23"), data(eps), "Episodes")).containsExactly(2);
        assertThat(flagged(RuleRegistry.version(Rules169And179.class, "179", "lac2022_23"), data(eps), "Episodes")).containsExactly(1);
        assertThat(RuleRegistry.version(Rules169And179.class, "169", "lac2022_23").validate(data(col("Episodes", "LS", "C2"))).skipped()).isTrue();
    }

    @Test
    void rules171And174MothersChild() {
        Table header = t("Header", cols("SEX", "MC_DOB"), r("1", null), r("1", "19/02/2010"), r("2", null), r("2", "38/04/2019"),
                r("M", "19/02/2010"), r("F", "01/01/19"));
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "171", "lac2022_23"), data(header), "Header")).containsExactly(3, 5);
        assertThat(flagged(RuleRegistry.version(Rules158To174.class, "174", "lac2022_23"), data(header), "Header")).containsExactly(1);
        assertThat(flagged(RuleRegistry.version(Rules158To174.class, "174", "lac2024_25"), data(header), "Header")).containsExactly(4);
    }

    @Test
    void rules175To177AdopterCodes() {
        assertThat(flagged(RuleRegistry.version(Rules114And175.class, "175", "lac2022_23"), data(col("AD1", "NB_ADOPTR", "0", "1", "2", "", null)), "AD1")).containsExactly(0, 3);
        assertThat(flagged(RuleRegistry.version(Rules176And196.class, "176", "lac2022_23"), data(col("AD1", "SEX_ADOPTR", "m1", "F1", "MM", "1", "", null)), "AD1"))
                .containsExactly(0, 3, 4);
        assertThat(flagged(RuleRegistry.version(Rules143And177.class, "177", "lac2022_23"), data(col("AD1", "LS_ADOPTR", "L0", "L11", "L1", "l2", "", null)), "AD1"))
                .containsExactly(2, 3, 4);
    }

    @Test
    void rule178PlacementProvider() {
        Table eps = t("Episodes", cols("PLACE_PROVIDER", "PLACE"), r("PR0", "U1"), r("PR1", "T0"), r("", "U2"), r(null, "Z1"),
                r("", "T1"), r(null, null), r("pr4", "U1"), r("PR5", "Z14"), r(null, "Z11"), r("PR5", "z12"), r("PR2", "Z1"));
        assertThat(flagged(RuleRegistry.version(Rule178.class, "178", "lac2022_23"), data(eps), "Episodes")).containsExactly(1, 2, 4, 6, 10);
        assertThat(flagged(RuleRegistry.version(Rule178.class, "178", "lac2025_26"), data(eps), "Episodes")).containsExactly(1, 2, 4, 6, 7);
    }

    @Test
    void rules180To182Oc2Items() {
        assertThat(flagged(new Rule180(), data(col("OC2", "SDQ_SCORE", "10", "41", "58", "0", "40", "39.5", "20.0", null, "XX")),
                "OC2")).containsExactly(1, 2, 5, 8);
        Table items = t("OC2", cols("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
                        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
                r("1", "1", "1", "1", "1", "0", "0", "1"),
                r(null, null, null, null, null, null, null, null),
                r(null, null, null, "0", "1", "0", "1", null),
                r("2", "2", null, null, null, "1", "1", "0"),
                r("1", null, null, null, null, null, null, null));
        assertThat(flagged(new Rule181(), data(items), "OC2")).containsExactly(3);
        assertThat(flagged(new Rule182(), data(items), "OC2")).containsExactly(2, 3, 4);
    }

    @Test
    void rule184PlacedBeforeBirth() {
        Table header = t("Header", cols("CHILD", "DOB"), r("111", "01/10/2017"), r("112", "31/05/2018"), r("113", "10/03/2019"),
                r("114", "19/08/2020"));
        Table pa = t("PlacedAdoption", cols("CHILD", "DATE_PLACED"), r("111", "01/10/2017"), r("112", "10/02/2019"),
                r("113", "10/02/2019"), r("114", null));
        assertThat(flagged(new Rule184(), data(header, pa), "PlacedAdoption")).containsExactly(2);
    }

    @Test
    void rules185And198NotContinuouslyLookedAfter() {
        Table oc2 = t("OC2", cols("CHILD", "SDQ_SCORE", "SDQ_REASON"), r("999999", "!!!!!", "!!!!!"), r("1", null, null),
                r("2", "OO", "OO"), r("3333", "!!", "!!"), r("9999", null, null), r("8888", "!!", "!!"));
        ReturnData d = data(YEAR_1980, claEpisodes(), oc2);
        assertThat(flagged(RuleRegistry.version(Rules185And198.class, "185", "lac2022_23"), d, "OC2")).containsExactly(0, 3, 5);
        assertThat(flagged(RuleRegistry.version(Rules185And198.class, "198", "lac2022_23"), d, "OC2")).containsExactly(0, 3, 5);
    }

    @Test
    void rule186SdqForFourToSixteen() {
        Table oc2 = t("OC2", cols("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON"),
                r("999999", "01/01/1974", "OO", null), r("1", "01/04/1976", null, null), r("2", "01/01/1978", "OO", null),
                r("3333", "01/01/1974", "OO", null), r("9999", "01/01/1974", null, null), r("8888", "01/01/1974", null, null),
                r("5", "01/01/1955", null, null), r("789", "01/04/1976", null, "SDQ1"));
        assertThat(flagged(new Rule186(), data(YEAR_1980, claEpisodes(), oc2), "OC2")).containsExactly(1);
    }

    @Test
    void rule186AcceptsAScoreOrAReasonForNoScore() {
        Table epi = t("Episodes", cols("CHILD", "DECOM", "DEC", "LS", "REC", "RNE"),
                r("A", "01/03/1979", null, "C2", null, "S"), r("B", "01/03/1979", null, "C2", null, "S"),
                r("C", "01/03/1979", null, "C2", null, "S"));
        Table oc2 = t("OC2", cols("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON"),
                r("A", "01/04/1970", "10", null), r("B", "01/04/1970", null, "SDQ1"), r("C", "01/04/1970", null, null));
        assertThat(flagged(new Rule186(), data(YEAR_1980, epi, oc2), "OC2")).containsExactly(2);
    }

    @Test
    void rule187NoAdoptionOrCareLeaverDataWhenContinuouslyLookedAfter() {
        Table oc3 = t("OC3", cols("CHILD", "IN_TOUCH", "ACTIV", "ACCOM"), r("9999999999", "OK", null, null),
                r("1", "!!!", null, null), r("2", null, null, null), r("3333", "OK", null, null), r("8888", null, null, null));
        Table ad1 = t("AD1", cols("CHILD", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
                r("1", null, null, null, null, null, null), r("2", null, null, null, null, null, null),
                r("3333", "OK", null, null, null, null, null), r("7777", "OK", null, null, null, null, null),
                r("5", "!!!", null, null, null, null, null));
        ReturnData d = data(YEAR_1980, claEpisodes(), oc3, ad1);
        assertThat(flagged(new Rule187(), d, "OC3")).containsExactly(1);
        assertThat(flagged(new Rule187(), d, "AD1")).containsExactly(4);
    }

    @Test
    void rules188And189SdqAgeLimits() {
        Table oc2 = t("OC2", cols("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON"),
                r("0", "01/01/1970", "OK", null), r("1", "01/01/1980", "!!!", null), r("2", "01/01/1970", null, null),
                r("3", "31/03/1977", "OK", null), r("4", "01/04/1977", "!!!", null), r("5", "01/04/1963", null, "SDQ1"),
                r("6", "02/04/1963", "OK", null), r("7", "31/03/1963", "OK", null));
        ReturnData d = data(YEAR_1980, oc2);
        assertThat(flagged(new Rule188(), d, "OC2")).containsExactly(1, 4);
        // 189: "If <DOB> >17 years prior to <COLLECTION_START_DATE>" (DfE): 17 on 31 March is flagged; 17 on
        // 1 April, the collection start, is exactly 17 years prior and is not.
        assertThat(flagged(new Rule189(), d, "OC2")).containsExactly(7);
    }

    @Test
    void rules190And191TwelveMonthItems() {
        Table oc2 = t("OC2", cols("CHILD", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
                        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
                r("9999999999", "!!!", null, null, null, null, null, null, null),
                r("1", "OK", null, null, "1", "1", "1", null, null),
                r("2", null, null, "1", "1", "1", "1", null, null),
                r("8888", "!!!", null, null, null, null, null, null, null),
                r("5", "OK", null, "1", "1", "1", "1", null, null));
        ReturnData d = data(YEAR_1980, claEpisodes(), oc2);
        assertThat(flagged(new Rule190(), d, "OC2")).containsExactly(0, 3);
        assertThat(flagged(new Rule191(), d, "OC2")).containsExactly(1);
        // child 4 is continuously looked after but has no OC2 record: its first episode is flagged
        assertThat(flagged(new Rule191(), d, "Episodes")).containsExactly(3);
    }

    @Test
    void rules192To197aSubstanceMisuseAndSdq() {
        Table oc2 = t("OC2", cols("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED", "SDQ_SCORE", "SDQ_REASON"),
                r("0", "0", "0", "0", "XXX"),
                r(null, null, null, null, null),
                r("0", "1", "1", "10", null),
                r("1", "1", "1", "1", "SDQ2"),
                r("1", null, null, null, "sdq2"),
                r(null, null, "0", null, ""));
        assertThat(flagged(new Rule192(), data(oc2), "OC2")).containsExactly(4);
        assertThat(flagged(new Rule193(), data(oc2), "OC2")).containsExactly(0, 2, 5);
        assertThat(flagged(RuleRegistry.version(Rules176And196.class, "196", "lac2022_23"), data(oc2), "OC2")).containsExactly(0, 4, 5);
        assertThat(flagged(new Rule197a(), data(oc2), "OC2")).containsExactly(0, 3);
    }

    @Test
    void rule197BSdqAtFourOrSeventeen() {
        Table eps = t("Episodes", cols("CHILD", "DECOM", "DEC", "LS", "REC", "RNE"),
                r("1", "01/03/1980", "31/03/1981", "o", "X1", "o"),
                r("2", "01/03/1980", "30/03/1981", "o", "X1", "o"),
                r("3333", "01/03/1980", "01/01/1981", "V3", "X1", "o"),
                r("9009", "01/03/1980", "31/03/1981", "o", "X1", "o"),
                r("1010", "01/03/1980", "31/03/1981", "o", "X1", "o"),
                r("8888", "01/01/1981", "31/03/1999", "o", "o", "S"));
        Table oc2 = t("OC2", cols("CHILD", "SDQ_SCORE", "SDQ_REASON", "DOB"),
                r("9999999999", "OK", "SDQ1", "01/04/1970"),
                r("1", null, null, "31/03/1964"),
                r("2", null, null, "31/03/1977"),
                r("3333", null, "OK", "01/04/1970"),
                r("8888", "OK", "OK", "01/04/1970"),
                r("9009", null, null, "01/01/1977"),
                r("1010", null, null, "09/09/1963"),
                r("1", "OK", null, "31/03/1964"));
        assertThat(flagged(new Rule197B(), data(YEAR_1980, eps, oc2), "OC2")).containsExactly(1, 2, 5, 6);
    }

    @Test
    void rule199AdoptedBefore() {
        Table last = t("Episodes_last", cols("CHILD", "DECOM", "DEC", "REC"),
                r("101", "15/06/2016", "20/12/2020", "E11"),
                r("102", "08/10/2017", "03/03/2018", "E11"),
                r("102", "06/03/2018", "12/08/2020", "E4A"),
                r("103", "11/05/2015", "07/04/2019", "E12"),
                r("104", "26/11/2017", "19/07/2020", "E12"),
                r("107", "26/11/2017", null, "E12"));
        Table eps = t("Episodes", cols("CHILD", "DECOM", "DEC", "REC"),
                r("104", "19/07/2020", "02/03/2021", "E13"),
                r("103", "16/04/2020", null, null),
                r("103", "16/04/2020", null, "OO"),
                r("105", "02/12/2021", "03/12/2021", "X1"),
                r("105", "03/12/2021", "04/12/2021", "E11"),
                r("105", "03/12/2022", "04/12/2022", "E11"),
                r("105", "12/12/2021", null, null),
                r("107", "04/12/2021", null, "XXX"),
                r("107", "26/11/2017", "04/12/2021", "E12"));
        assertThat(flagged(new Rule199(), data(eps), "Episodes")).containsExactly(5, 6, 7);
        assertThat(flagged(new Rule199(), data(eps, last), "Episodes")).containsExactly(0, 1, 2, 5, 6, 7);
    }

    @Test
    void rules202And203AgreeWithLastYear() {
        Table header = t("Header", cols("CHILD", "SEX", "DOB"),
                r("101", "1", "16/03/2020"), r("102", "2", "23/09/2016"), r("103", "1", "31/12/19"), r("104", "2", "31/02/2018"),
                r("105", null, null), r("106", "1", "10/08/2014"), r("108", null, null), r("109", "2", "20/01/2017"),
                r("110", "3", "31/06/2020"));
        Table last = t("Header_last", cols("CHILD", "SEX", "DOB"),
                r("101", "1", "16/03/2020"), r("102", "1", "22/09/2016"), r("103", "2", "31/12/2019"), r("104", "2", "31/02/2018"),
                r("105", null, null), r("107", "1", "11/11/2021"), r("108", "2", "04/06/2017"), r("109", null, null),
                r("110", "2", "30/06/2020"));
        assertThat(flagged(RuleRegistry.version(Rules202And203.class, "202", "lac2022_23"), data(header, last), "Header")).containsExactly(1, 2, 6, 7, 8);
        assertThat(flagged(RuleRegistry.version(Rules202And203.class, "203", "lac2022_23"), data(header, last), "Header")).containsExactly(1, 2, 6, 7, 8);
        assertThat(RuleRegistry.version(Rules202And203.class, "202", "lac2022_23").validate(data(header)).skipped()).isTrue();
    }
}
