package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.col;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.cols;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.data;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.flagged;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.format;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.r;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.t;
import static org.kindred.returns.ssda903.rules.Part1Fixtures.year;

import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule117;
import org.kindred.returns.ssda903.rules.adoption.Rule118;
import org.kindred.returns.ssda903.rules.adoption.Rule120;
import org.kindred.returns.ssda903.rules.adoption.Rules112To171;
import org.kindred.returns.ssda903.rules.adoption.Rules114And175;
import org.kindred.returns.ssda903.rules.adoption.Rules119And148;
import org.kindred.returns.ssda903.rules.header.Rule101;
import org.kindred.returns.ssda903.rules.header.Rule103;
import org.kindred.returns.ssda903.rules.header.Rule105;
import org.kindred.returns.ssda903.rules.reviews.Rules102And166;
import org.kindred.returns.ssda903.rules.uasc.Rule104;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

class Rules101To120Test {

    @Test
    void rule101SexCodes() {
        assertThat(flagged(RuleRegistry.version(Rule101.class, "101", "lac2022_23"), data(col("Header", "SEX", "1", "2", "3", null)), "Header")).containsExactly(2, 3);
        assertThat(flagged(RuleRegistry.version(Rule101.class, "101", "lac2024_25"), data(col("Header", "SEX", "M", "F", "U", "1", "X", null)), "Header"))
                .containsExactly(3, 4, 5);
        assertThat(RuleRegistry.version(Rule101.class, "101", "lac2022_23").validate(data()).skipped()).isTrue();
    }

    @Test
    void rule102DateOfBirth() {
        assertThat(flagged(RuleRegistry.version(Rules102And166.class, "102", "lac2022_23"), data(col("Header", "DOB", "01/01/2021", "19/02/2010", "38/04/2019", "01/01/19", null)),
                "Header")).containsExactly(2, 3, 4);
    }

    @Test
    void rule103Ethnicity() {
        assertThat(flagged(new Rule103(), data(col("Header", "ETHNIC", "WBRI", "WIRI", "WOTH", "wbri", "White British", "", null)),
                "Header")).containsExactly(3, 4, 5, 6);
    }

    @Test
    void rule104UascCeased() {
        ReturnData d = data(year("01/04/2019", "31/03/2020"), col("UASC", "DUC", "01/03/2019", "19/02/2020", "03/04/2019",
                "01/01/2019", null, "INNVLAID/DATE/2077"));
        assertThat(flagged(new Rule104(), d, "UASC")).containsExactly(0, 3, 5);
    }

    @Test
    void rule105UascStatusOnlyForXml() {
        Table header = col("Header", "UASC", "0", "1", null, "", "0", "1", "2", "2.0");
        assertThat(new Rule105().validate(data(format("csv"), header)).skipped()).isTrue();
        assertThat(flagged(new Rule105(), data(format("xml"), header), "Header")).containsExactly(2, 3, 6, 7);
    }

    @Test
    void rules112And113AdoptionDates() {
        Table ad1 = t("AD1", cols("DATE_INT", "DATE_MATCH"), r("01/01/2021", "22/11/2015"), r("19/02/2010", "bad"),
                r("38/04/2019", null), r("01/01/19", "01/01/2020"), r(null, "32/01/2020"));
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "112", "lac2022_23"), data(ad1), "AD1")).containsExactly(2, 3);
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "113", "lac2022_23"), data(ad1), "AD1")).containsExactly(1, 4);
    }

    @Test
    void rule114FosterCare() {
        assertThat(flagged(RuleRegistry.version(Rules114And175.class, "114", "lac2022_23"), data(col("AD1", "FOSTER_CARE", "0", "1", "2", "former foster carer", "", null)),
                "AD1")).containsExactly(2, 3, 4);
    }

    @Test
    void rules115And116PlacedDates() {
        Table pa = t("PlacedAdoption", cols("DATE_PLACED", "DATE_PLACED_CEASED"), r("01/01/2021", "38/04/2019"),
                r("38/04/2019", "01/01/2021"), r(null, null), r("01/01/19", "01/01/2020"));
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "115", "lac2022_23"), data(pa), "PlacedAdoption")).containsExactly(1, 3);
        assertThat(flagged(RuleRegistry.version(Rules112To171.class, "116", "lac2022_23"), data(pa), "PlacedAdoption")).containsExactly(0);
    }

    @Test
    void rule117DecisionAfterYearOrLatestEpisode() {
        Table pa = t("PlacedAdoption", cols("CHILD", "DATE_PLACED_CEASED", "DATE_PLACED"),
                r("101", "26/05/2000", "26/05/2000"),
                r("102", "01/07/2018", "26/05/2000"),
                r("103", "26/05/2000", null),
                r("104", "26/05/2017", "01/02/2016"),
                r("105", null, "26/05/2019"));
        Table eps = t("Episodes", cols("CHILD", "DEC", "REC", "DECOM"),
                r("101", "01/01/2009", "E45", "01/01/2009"),
                r("102", "01/01/2001", "A3", "01/01/2001"),
                r("102", "20/12/2001", "E15", "20/12/2001"),
                r("102", "03/01/2019", "E46", "03/01/2019"),
                r("102", "03/04/2008", "E48", "03/04/2008"),
                r("103", "01/01/2002", "X2", "01/01/2002"),
                r("104", "10/01/2002", "E11", "10/01/2002"),
                r("104", "11/02/2010", "X1", "11/02/2010"),
                r("104", "25/01/2002", "X1", "25/01/2002"),
                r("105", "25/01/2002", "E47", "25/01/2002"),
                r("105", null, "E45", null));
        ReturnData d = data(year("01/04/2017", "31/03/2018"), eps, pa);
        assertThat(flagged(new Rule117(), d, "Episodes")).containsExactly(3, 6, 9);
        assertThat(flagged(new Rule117(), d, "PlacedAdoption")).containsExactly(1, 3, 4);
    }

    @Test
    void rule118CeasedBeforeYearOrFirstEpisode() {
        Table pa = t("PlacedAdoption", cols("CHILD", "DATE_PLACED_CEASED"),
                r("101", "08/03/2020"), r("102", "22/06/2020"), r("103", "13/10/2022"), r("104", null));
        Table eps = t("Episodes", cols("CHILD", "LS", "DECOM"),
                r("101", "L1", "01/01/2019"),
                r("102", "V3", "01/01/2022"),
                r("102", "X0", "20/12/2020"),
                r("102", "L1", "03/01/2021"),
                r("102", "L1", "03/04/2022"),
                r("103", "X2", "01/01/2019"),
                r("104", "L1", "01/01/2019"));
        ReturnData d = data(year("01/04/2020", "31/03/2021"), eps, pa);
        assertThat(flagged(new Rule118(), d, "Episodes")).containsExactly(0, 2);
        assertThat(flagged(new Rule118(), d, "PlacedAdoption")).containsExactly(0, 1);
    }

    @Test
    void rule119DateAndReasonTogether() {
        Table pa = t("PlacedAdoption", cols("DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
                r("22/11/2015", "RD1"), r("08/05/2010", null), r(null, "RD1"), r(null, null));
        assertThat(flagged(RuleRegistry.version(Rules119And148.class, "119", "lac2022_23"), data(pa), "PlacedAdoption")).containsExactly(1, 2);
    }

    @Test
    void rule120ReasonCodes() {
        assertThat(flagged(new Rule120(), data(col("PlacedAdoption", "REASON_PLACED_CEASED", "rd1", "RD0", "1", "RD1", "", null)),
                "PlacedAdoption")).containsExactly(0, 1, 2, 4);
    }
}
