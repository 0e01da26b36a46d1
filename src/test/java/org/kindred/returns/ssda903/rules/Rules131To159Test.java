package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.col;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.cols;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.data;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.flagged;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.r;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.t;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.year;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule151;
import org.kindred.returns.ssda903.rules.adoption.Rules112To171;
import org.kindred.returns.ssda903.rules.adoption.Rules119And148;
import org.kindred.returns.ssda903.rules.adoption.Rules143And177;
import org.kindred.returns.ssda903.rules.careleavers.Rule134;
import org.kindred.returns.ssda903.rules.careleavers.Rule153;
import org.kindred.returns.ssda903.rules.careleavers.Rules131To133;
import org.kindred.returns.ssda903.rules.episodes.Rule142;
import org.kindred.returns.ssda903.rules.episodes.Rules144To1009;
import org.kindred.returns.ssda903.rules.outcomes.Rule157;
import org.kindred.returns.ssda903.rules.outcomes.Rule159;
import org.kindred.returns.ssda903.rules.outcomes.Rules158To174;
import org.kindred.returns.ssda903.rules.placements.Rule146;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

class Rules131To159Test {

    @Test
    void rules131To133CareLeaverCodes() {
        assertThat(flagged(RuleRegistry.version(Rules131To133.class, "131", "lac2022_23"), data(col("OC3", "IN_TOUCH", "yes", "YES", "1", "REFUSE", "REFU", "", null)), "OC3"))
                .containsExactly(0, 2, 3, 5, 6);
        assertThat(flagged(RuleRegistry.version(Rules131To133.class, "132", "lac2022_23"), data(col("OC3", "ACTIV", "f1", "F1", "1", "0", "", null)), "OC3"))
                .containsExactly(0, 2, 4, 5);
        assertThat(flagged(RuleRegistry.version(Rules131To133.class, "133", "lac2022_23"), data(col("OC3", "ACCOM", "B1", "B2", null, "S2", "K1", "X", "1")), "OC3"))
                .containsExactly(2, 5, 6);
    }

    @Test
    void rule134NoAdoptionDataForCareLeavers() {
        Table oc3 = t("OC3", cols("CHILD", "IN_TOUCH", "ACTIV", "ACCOM"),
                r("A", null, null, null), r("B", "XXX", null, null), r("C", null, "XXX", null), r("D", null, null, "XXX"),
                r("E", null, null, null));
        Table ad1 = t("AD1", cols("CHILD", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
                r("A", null, null, null, null, null, null),
                r("B", null, "XXX", null, null, null, null),
                r("C", "XXX", "XXX", "XXX", "XXX", "XXX", "XXX"),
                r("D", null, null, null, null, null, "XXX"),
                r("E", "XXX", "XXX", "XXX", "XXX", "XXX", "XXX"));
        assertThat(flagged(new Rule134(), data(oc3, ad1), "AD1")).containsExactly(1, 2, 3);
    }

    @Test
    void rules141And147EpisodeDates() {
        Table eps = t("Episodes", cols("DECOM", "DEC"), r("01/01/2021", "38/04/2019"), r("19/02/2010", null),
                r("38/04/2019", "01/01/2021"), r("01/01/19", "01/01/19"), r(null, null));
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "141", "lac2022_23"), data(eps), "Episodes")).containsExactly(2, 3);
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "147", "lac2022_23"), data(eps), "Episodes")).containsExactly(0, 3);
    }

    @Test
    void rule142PreviousEpisodeMustHaveEnded() {
        Table eps = t("Episodes", cols("CHILD", "DECOM", "DEC", "REC"),
                r("111", "01/06/2020", "04/06/2020", "X1"),
                r("111", "05/06/2020", "06/06/2020", null),
                r("111", "06/06/2020", "08/06/2020", "X1"),
                r("111", "08/06/2020", "05/06/2020", "X1"),
                r("222", "05/06/2020", "06/06/2020", null),
                r("333", "06/06/2020", null, "E11"),
                r("333", "07/06/2020", null, null),
                r("444", "08/06/2020", "09/06/2020", "X1"),
                r("444", "09/06/2020", "10/06/2020", "E11"),
                r("444", "15/06/2020", null, null),
                r("555", "11/06/2020", "12/06/2020", "X1"),
                r("6666", "12/06/2020", "13/06/2020", "X1"),
                r("6666", "13/06/2020", "14/06/2020", "X1"),
                r("6666", "14/06/2020", null, "X1"),
                r("6666", "15/06/2020", "16/06/2020", "X1"),
                r("77777", "16/06/2020", "17/06/2020", "X1"),
                r("77777", "17/06/2020", "18/06/2020", "X1"),
                r("77777", "18/06/2020", null, "X1"),
                r("999", "31/06/2020", null, null),
                r("123", null, null, null),
                r(null, null, null, null));
        assertThat(flagged(new Rule142(), data(eps), "Episodes")).containsExactly(1, 5, 13);
    }

    @Test
    void rules143To146EpisodeCodes() {
        assertThat(flagged(RuleRegistry.version(Rules143And177.class, "143", "lac2022_23"), data(col("Episodes", "RNE", "S", "p", "SP", "a", "", null)), "Episodes"))
                .containsExactly(1, 2, 3, 4);
        assertThat(flagged(RuleRegistry.version(Rules144To1009.class, "144", "lac2022_23"), data(col("Episodes", "LS", "C1", "c1", "section 20", "", null)), "Episodes"))
                .containsExactly(1, 2, 3);
        assertThat(flagged(RuleRegistry.version(Rules144To1009.class, "145", "lac2022_23"), data(col("Episodes", "CIN", "N0", "N1", "N9", "n8", "", null)), "Episodes"))
                .containsExactly(0, 2, 3, 4);
        Table place = col("Episodes", "PLACE", "A2", "R4", "Z", "P1", "", "t3", null, "Z14", "H5", "K3", "Z1", "P2");
        assertThat(flagged(RuleRegistry.version(Rule146.class, "146", "lac2022_23"), data(place), "Episodes")).containsExactly(0, 1, 2, 4, 5, 7, 9);
        // as upstream, the 2024/25 list has K3 in lower case
        assertThat(flagged(RuleRegistry.version(Rule146.class, "146", "lac2024_25"), data(place), "Episodes")).containsExactly(0, 1, 2, 4, 5, 7, 9);
        assertThat(flagged(RuleRegistry.version(Rule146.class, "146", "lac2025_26"), data(place), "Episodes")).containsExactly(0, 1, 2, 4, 5, 8, 10, 11);
    }

    @Test
    void rule148EndDateAndReasonTogether() {
        Table eps = t("Episodes", cols("DEC", "REC"), r("04/06/2020", null), r("06/06/2020", "X1"), r(null, "X1"), r(null, null));
        assertThat(flagged(RuleRegistry.version(Rules119And148.class, "148", "lac2022_23"), data(eps), "Episodes")).containsExactly(0, 2);
    }

    @Test
    void rule149ReasonCeasedCodes() {
        assertThat(flagged(RuleRegistry.version(Rules144To1009.class, "149", "lac2022_23"), data(col("Episodes", "REC", "E4A", "E4b", "X", "", null)), "Episodes"))
                .containsExactly(1, 2, 3);
    }

    @Test
    void rule151AdoptionItemsTogether() {
        Table ad1 = t("AD1", cols("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
                r(null, null, null, null, null, null),
                r("01/01/2021", "01/01/2021", "1", "1", "MF", "L0"),
                r("01/01/2021", null, null, null, null, null),
                r(null, null, null, null, null, "L0"));
        assertThat(flagged(new Rule151(), data(ad1), "AD1")).containsExactly(2, 3);
    }

    @Test
    void rule153CareLeaverItemsTogether() {
        Table oc3 = t("OC3", cols("IN_TOUCH", "ACTIV", "ACCOM"), r("XXX", "XXX", "XXX"), r(null, null, null),
                r("XXX", null, null), r(null, "XXX", null), r(null, null, "XXX"), r("XXX", "XXX", null));
        assertThat(flagged(new Rule153(), data(oc3), "OC3")).containsExactly(2, 3, 4, 5);
    }

    /** Upstream's episodes for the continuously-looked-after rules, collection year 1980/81. */
    static Table claEpisodes() {
        return t("Episodes", cols("CHILD", "DECOM", "DEC", "LS", "REC", "RNE"),
                r("1", "01/03/1980", "31/03/1981", "o", "X1", "o"),
                r("2", "01/03/1980", "30/03/1981", "o", "X1", "o"),
                r("3333", "01/03/1980", "01/01/1981", "V3", "X1", "o"),
                r("4", "01/02/1970", null, "o", "!!", "o"),
                r("5", "01/03/1979", "01/01/1981", "o", "X1", "o"),
                r("5", "01/01/1981", null, "o", null, "o"),
                r("6666", "01/03/1979", "01/01/1981", "o", "!!", "o"),
                r("6666", "01/01/1981", null, "o", null, "o"),
                r("7777", "01/03/1979", "01/01/1981", "o", "X1", "o"),
                r("7777", "01/01/1981", "01/07/1981", "o", "o", "S"),
                r("8888", "01/01/1981", "31/03/1999", "o", "o", "S"));
    }

    @Test
    void rule157Sdq1ReasonForFourToSixteen() {
        Table oc2 = t("OC2", cols("CHILD", "SDQ_SCORE", "SDQ_REASON", "DOB"),
                r("9999999999", "OK", "SDQ1", "01/04/1970"),
                r("1", null, "SDQ1", "31/03/1965"),
                r("2", null, "SDQ1", "01/04/1976"),
                r("3333", null, "OK", "01/04/1970"),
                r("99999999", null, null, "01/04/1970"),
                r("8888", "OK", "OK", "01/04/1970"),
                r("5", null, "OK!", "01/07/1970"));
        ReturnData d = data(year("01/04/1980", "31/03/1981"), claEpisodes(), oc2);
        assertThat(flagged(new Rule157(), d, "OC2")).containsExactly(1, 2);
    }

    @Test
    void rules158And159Interventions() {
        Table oc2 = t("OC2", cols("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
                r("1", "1", null), r(null, null, "1"), r("0", "0", "0"), r("1", "1", "1"), r("1", "1", "0"),
                r("1", "0", null), r("1", null, null), r("1", "0", "0"));
        assertThat(flagged(RuleRegistry.version(Rules158To174.class, "158", "lac2022_23"), data(oc2), "OC2")).containsExactly(3, 4);
        assertThat(flagged(new Rule159(), data(oc2), "OC2")).containsExactly(5);
    }
}
