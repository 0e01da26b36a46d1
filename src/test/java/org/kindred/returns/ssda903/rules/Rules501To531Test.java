package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part3Tables.collectionYear;
import static org.kindred.returns.ssda903.rules.Part3Tables.data;
import static org.kindred.returns.ssda903.rules.Part3Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part3Tables.flags;
import static org.kindred.returns.ssda903.rules.Part3Tables.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule521;
import org.kindred.returns.ssda903.rules.adoption.Rule523;
import org.kindred.returns.ssda903.rules.adoption.Rule525;
import org.kindred.returns.ssda903.rules.adoption.Rules514To524;
import org.kindred.returns.ssda903.rules.episodes.Rule501;
import org.kindred.returns.ssda903.rules.episodes.Rule502;
import org.kindred.returns.ssda903.rules.episodes.Rule504;
import org.kindred.returns.ssda903.rules.placements.Rule503Dv2025;
import org.kindred.returns.ssda903.rules.placements.Rule503Dv2026;
import org.kindred.returns.ssda903.rules.placements.Rule516;
import org.kindred.returns.ssda903.rules.placements.Rules503ATo503J;
import org.kindred.returns.ssda903.rules.placements.Rules527To531;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

class Rules501To531Test {

    @Test
    void rule501FlagsOverlappingEpisodes() {
        Table episodes = table("Episodes", "CHILD,DECOM,DEC",
                "111|01/06/2020|04/06/2020", "111|02/06/2020|06/06/2020", "111|06/06/2020|~",
                "111|08/06/2020|09/06/2020", "222|10/06/2020|11/06/2020", "333|04/06/2020|07/06/2020",
                "333|05/06/2020|~", "444|08/06/2020|09/06/2020", "444|08/06/2020|10/06/2020", "444|15/06/2020|~");
        assertThat(flags(new Rule501().validate(data(episodes)))).isEqualTo(flagged("Episodes", 1, 6, 8));
    }

    @Test
    void rule502FlagsFirstEpisodeNotMatchingLastYearsOpenEpisode() {
        Table episodes = table("Episodes", "CHILD,DECOM",
                "111|01/06/2020", "111|05/06/2020", "111|06/06/2020", "123|08/06/2020", "222|05/06/2020",
                "333|06/06/2020", "333|07/06/2020", "444|08/06/2020", "444|09/06/2020", "444|15/06/2020", "555|15/06/2020");
        Table last = table("Episodes_last", "CHILD,DECOM,DEC",
                "111|05/06/2020|~", "123|08/06/2020|~", "222|09/06/2020|~", "333|06/06/2020|05/06/2020",
                "333|07/06/2020|05/06/2020", "444|08/06/2020|05/06/2020", "444|09/06/2020|05/06/2020", "444|19/06/2020|~");
        assertThat(flags(new Rule502().validate(data(episodes, last)))).isEqualTo(flagged("Episodes", 0, 4, 7));
        assertThat(new Rule502().validate(data(episodes)).skipped()).isTrue();
    }

    /** Upstream's 503 test layout: column {@code field} differs for the children in {@code failing}. */
    private static void check503(Rule rule, String field) {
        Table episodes = table("Episodes", "CHILD,DEC,DECOM," + field,
                "111|~|01/06/2020|A", "111|~|05/06/2020|B", "123|~|08/06/2020|C", "222|~|05/06/2020|D",
                "333|~|06/06/2020|E", "444|~|08/06/2020|F");
        Table last = table("Episodes_last", "CHILD,DEC,DECOM," + field,
                "111|~|01/06/2020|X", // open, different: flag row 0
                "123|~|08/06/2020|C", // open, same
                "222|05/06/2021|05/06/2020|Z", // closed: ignored
                "333|~|06/06/2020|~", // open, missing last year: flag row 4
                "444|~|08/06/2020|X", "444|~|19/06/2020|F"); // latest is the same
        assertThat(flags(rule.validate(data(collectionYear("2023"), episodes, last))))
                .as(rule.getClass().getSimpleName()).isEqualTo(flagged("Episodes", 0, 4));
        assertThat(rule.validate(data(episodes)).skipped()).isTrue();
    }

    @Test
    void rules503CompareFirstEpisodeWithLastYearsOpenEpisode() {
        check503(RuleRegistry.version(Rules503ATo503J.class, "503A", "lac2022_23"), "RNE");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503B", "lac2022_23"), "LS");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503C", "lac2022_23"), "CIN");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503D", "lac2022_23"), "PLACE");
        check503(new Rule503Dv2025(), "PLACE");
        check503(new Rule503Dv2026(), "PLACE");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503E", "lac2022_23"), "PLACE_PROVIDER");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503F", "lac2022_23"), "URN");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503G", "lac2022_23"), "PL_DISTANCE");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503H", "lac2022_23"), "PL_LA");
        check503(RuleRegistry.version(Rules503ATo503J.class, "503J", "lac2022_23"), "PL_LOCATION");
    }

    @Test
    void rules503DAllowTheCodeChangesOfTheirYear() {
        Table episodes = table("Episodes", "CHILD,DEC,DECOM,PLACE",
                "555|~|08/06/2020|K3", "888|~|08/06/2020|Z13", "999|~|08/06/2020|H3");
        Table last = table("Episodes_last", "CHILD,DEC,DECOM,PLACE",
                "555|~|01/06/2020|H5", "888|~|01/06/2020|Z1", "999|~|01/06/2020|H5");
        assertThat(flags(RuleRegistry.version(Rules503ATo503J.class, "503D", "lac2022_23").validate(data(collectionYear("2023"), episodes, last))))
                .isEqualTo(flagged("Episodes", 0, 1, 2));
        assertThat(flags(new Rule503Dv2025().validate(data(collectionYear("2024"), episodes, last))))
                .isEqualTo(flagged("Episodes", 1, 2));
        assertThat(flags(new Rule503Dv2025().validate(data(collectionYear("2022"), episodes, last))))
                .isEqualTo(flagged("Episodes", 0, 1, 2));
        assertThat(flags(new Rule503Dv2026().validate(data(collectionYear("2026"), episodes, last))))
                .isEqualTo(flagged("Episodes", 0, 2));
    }

    @Test
    void rule504FlagsCategoryOfNeedChangeWithinPeriodOfCare() {
        Table episodes = table("Episodes", "CHILD,DECOM,DEC,REC,CIN",
                "111|01/06/2020|04/06/2020|X1|N1", "111|04/06/2020|06/06/2020|X1|N2", "111|06/06/2020|~|X1|N3",
                "111|08/06/2020|09/06/2020|X1|N2", "222|10/06/2020|11/06/2020|X1|N3", "333|04/06/2020|07/06/2020|X1|N4",
                "333|07/06/2020|~|X1|N1", "444|08/06/2020|09/06/2020|X1|N2", "444|08/06/2020|10/06/2020|X1|N3",
                "444|10/06/2020|~|X1|N4");
        assertThat(flags(new Rule504().validate(data(episodes)))).isEqualTo(flagged("Episodes", 1, 2, 6, 9));
    }

    @Test
    void rulesOnAdopterLegalStatusAndGender() {
        Table ad514 = table("AD1", "LS_ADOPTR,SEX_ADOPTR", "L0|M1", "xx|F1", "L0|xx", "~|~", "L0|xxx");
        assertThat(flags(RuleRegistry.version(Rules514To524.class, "514", "lac2022_23").validate(data(ad514)))).isEqualTo(flagged("AD1", 2, 4));
        Table ad517 = table("AD1", "LS_ADOPTR,SEX_ADOPTR", "L3|MF", "L1|MF", "~|MM", "L3|M1", "L3|FF", "L4|F1", "L3|xxxxx");
        assertThat(flags(RuleRegistry.version(Rules514To524.class, "517", "lac2022_23").validate(data(ad517)))).isEqualTo(flagged("AD1", 3, 4, 6));
        Table ad519 = table("AD1", "LS_ADOPTR,SEX_ADOPTR", "L2|MM", "L4|FF", "~|MM", "L2|M1", "L2|MF", "L2|~", "L4|xxxxx");
        assertThat(flags(RuleRegistry.version(Rules514To524.class, "519", "lac2022_23").validate(data(ad519)))).isEqualTo(flagged("AD1", 3, 5));
        Table ad520 = table("AD1", "LS_ADOPTR,SEX_ADOPTR", "L11|MM", "L11|FF", "~|MM", "L4|M1", "L11|MF", "L1|F1", "L4|xxxxx");
        assertThat(flags(RuleRegistry.version(Rules514To524.class, "520", "lac2022_23").validate(data(ad520)))).isEqualTo(flagged("AD1", 0, 1));
        Table ad524 = table("AD1", "LS_ADOPTR,SEX_ADOPTR", "L12|MM", "L12|FF", "~|MM", "L12|M1", "L12|MF", "L4|F1", "L12|xxxxx");
        assertThat(flags(RuleRegistry.version(Rules514To524.class, "524", "lac2022_23").validate(data(ad524)))).isEqualTo(flagged("AD1", 3, 4, 6));
        assertThat(RuleRegistry.version(Rules514To524.class, "514", "lac2022_23").validate(data()).skipped()).isTrue();
    }

    @Test
    void rule516FlagsSpecialGuardianshipToCarersOutsideFosterPlacements() {
        Table episodes = table("Episodes", "REC,PLACE", "E45|U1", "E46|U2", "~|U3", "E45|Z1", "E46|S1", "E45|R1",
                "E45|U4", "E2|K2", "E2|K2", "E46|T1", "E46|U6", "E46|xx");
        assertThat(flags(new Rule516().validate(data(episodes)))).isEqualTo(flagged("Episodes", 3, 4, 5, 9, 11));
    }

    @Test
    void rule521FlagsBestInterestDecisionAfterPlacementForAdoption() {
        Table ad1 = table("AD1", "DATE_INT,CHILD", "08/03/2020|111", "22/07/2020|123", "13/10/2021|333",
                "22/06/2020|444", "~|678");
        Table episodes = table("Episodes", "CHILD,DECOM,PLACE",
                "111|01/01/2020|A6", "111|01/11/2020|A5", "111|22/01/2020|X1", "123|~|A5", "123|11/01/2020|X1",
                "333|01/01/2020|A6", "333|22/01/2020|X1", "333|11/01/2020|U1", "444|22/06/2020|A3",
                "444|11/01/2020|X1", "444|01/01/2020|A3", "678|01/01/2020|A4");
        assertThat(flags(new Rule521().validate(data(episodes, ad1))))
                .isEqualTo(flagged("Episodes", List.of(0, 5, 10), "AD1", List.of(0, 2, 3)));
    }

    @Test
    void rule523FlagsDecisionDatesThatDiffer() {
        Table placed = table("PlacedAdoption", "DATE_PLACED,CHILD", "08/03/2020|1", "22/06/2020|2", "13/10/2022|3",
                "24/10/2021|4", "~|5", "~|6", "£1st/Februart|7", "11/11/2020|10");
        Table ad1 = table("AD1", "DATE_INT,CHILD", "08/03/2020|1", "22/07/2020|2", "13/10/2021|3", "22/06/2020|4",
                "26/05/2018|5", "~|6", "01/10/2020|7", "01/10/2020|333");
        assertThat(flags(new Rule523().validate(data(ad1, placed))))
                .isEqualTo(flagged("AD1", List.of(1, 2, 3), "PlacedAdoption", List.of(1, 2, 3)));
    }

    @Test
    void rule525FlagsAdoptionDetailsAfterReversedDecision() {
        Table placed = table("PlacedAdoption", "DATE_PLACED_CEASED,CHILD", "08/03/2020|104", "22/06/2020|105",
                "13/10/2022|107", "24/10/2021|108", "~|109");
        Table ad1 = table("AD1", "CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "104|~|~|~|~|~|~", "105|~|XXX|~|~|~|~", "107|XXX|XXX|XXX|XXX|XXX|XXX", "108|~|~|~|~|~|XXX",
                "109|XXX|XXX|XXX|XXX|XXX|XXX");
        assertThat(flags(new Rule525().validate(data(placed, ad1))))
                .isEqualTo(flagged("AD1", List.of(1, 2, 3), "PlacedAdoption", List.of(1, 2, 3)));
    }

    @Test
    void rulesOnPlacementProviders() {
        Table e527 = table("Episodes", "PLACE,PLACE_PROVIDER", "P1|PR1", "A3|PR3", "K1|PR4", "R2|PR1", "P1|PR1", "X1|PR1");
        assertThat(flags(RuleRegistry.version(Rules527To531.class, "527", "lac2022_23").validate(data(e527)))).isEqualTo(flagged("Episodes", 0, 3, 4));
        Table e528 = table("Episodes", "PLACE,PLACE_PROVIDER", "P1|PR2", "A3|PR3", "K1|PR2", "P1|PR4", "P1|PR5", "R2|PR2");
        assertThat(flags(RuleRegistry.version(Rules527To531.class, "528", "lac2022_23").validate(data(e528)))).isEqualTo(flagged("Episodes", 0, 5));
        Table e529 = table("Episodes", "PLACE_PROVIDER,PLACE", "PR0|U1", "PR1|U2", "PR3|U3", "PR3|T1", "~|~", "PR3|A3");
        assertThat(flags(RuleRegistry.version(Rules527To531.class, "529", "lac2022_23").validate(data(e529)))).isEqualTo(flagged("Episodes", 2, 5));
        Table e531 = table("Episodes", "PLACE,PLACE_PROVIDER", "P1|PR5", "A3|PR3", "K1|PR4", "P1|PR4", "P1|PR5", "P1|PRO");
        assertThat(flags(RuleRegistry.version(Rules527To531.class, "531", "lac2022_23").validate(data(e531)))).isEqualTo(flagged("Episodes", 0, 4));
        assertThat(RuleRegistry.version(Rules527To531.class, "531", "lac2022_23").validate(data()).skipped()).isTrue();
    }
}
