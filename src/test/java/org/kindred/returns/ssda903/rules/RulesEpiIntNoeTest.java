package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part4Tables.data;
import static org.kindred.returns.ssda903.rules.Part4Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part4Tables.flaggedTables;
import static org.kindred.returns.ssda903.rules.Part4Tables.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** EPI, NoE and the internal integrity checks INT01-INT36, on upstream's shared INT fixture. */
class RulesEpiIntNoeTest {

    private static Table header() {
        return table("Header", "CHILD|DOB|SEX",
                "101|01/04/2020|M", "102|~|F", "103|01/04/2020|M", "104|~|F",
                "101|01/04/2020|M", "102|~|F", "103|01/04/2020|M", "104|~|F");
    }

    private static Table file(String name) {
        return table(name, "CHILD|DOB|SEX", "101|01/04/2020|M", "102|~|F", "103|04/01/2020|F", "105|01/04/2020|F");
    }

    @Test
    void childrenMissingFromTheHeaderAreFlagged() {
        List<Object[]> cases = List.of(
                new Object[] {new RuleINT01(), "AD1"}, new Object[] {new RuleINT02(), "PlacedAdoption"},
                new Object[] {new RuleINT03(), "Episodes"}, new Object[] {new RuleINT04(), "Missing"},
                new Object[] {new RuleINT05(), "OC2"}, new Object[] {new RuleINT06(), "OC3"},
                new Object[] {new RuleINT07(), "PrevPerm"}, new Object[] {new RuleINT08(), "Reviews"},
                new Object[] {new RuleINT09(), "UASC"});
        for (Object[] c : cases) {
            Rule rule = (Rule) c[0];
            String name = (String) c[1];
            RuleResult r = rule.validate(data(header(), file(name)));
            assertThat(flagged(r, name)).as(rule.definition().code()).containsExactly(3);
            assertThat(flaggedTables(r)).as(rule.definition().code()).containsExactly(name);
            assertThat(rule.validate(data(file(name))).skipped()).isTrue();
        }
    }

    @Test
    void datesOfBirthDifferentFromTheHeaderAreFlagged() {
        List<Object[]> cases = List.of(
                new Object[] {new RuleINT11(), "AD1"}, new Object[] {new RuleINT12(), "PlacedAdoption"},
                new Object[] {new RuleINT13(), "Missing"}, new Object[] {new RuleINT14(), "OC2"},
                new Object[] {new RuleINT15(), "OC3"}, new Object[] {new RuleINT16(), "PrevPerm"},
                new Object[] {new RuleINT17(), "Reviews"}, new Object[] {new RuleINT18(), "UASC"});
        for (Object[] c : cases) {
            Rule rule = (Rule) c[0];
            String name = (String) c[1];
            assertThat(flagged(rule.validate(data(header(), file(name))), name)).as(rule.definition().code()).containsExactly(2);
        }
    }

    @Test
    void int21FlagsSexDifferentFromTheHeader() {
        assertThat(flagged(new RuleINT21().validate(data(header(), file("UASC"))), "UASC")).containsExactly(2);
    }

    @Test
    void childrenAppearingMoreThanOnceAreFlagged() {
        List<Object[]> cases = List.of(
                new Object[] {new RuleINT31(), "AD1"}, new Object[] {new RuleINT32(), "Header"},
                new Object[] {new RuleINT33(), "OC2"}, new Object[] {new RuleINT34(), "OC3"},
                new Object[] {new RuleINT35(), "PrevPerm"}, new Object[] {new RuleINT36(), "UASC"});
        for (Object[] c : cases) {
            Rule rule = (Rule) c[0];
            String name = (String) c[1];
            Table t = table(name, "CHILD", "101", "102", "101", "103", "~", "~");
            assertThat(flagged(rule.validate(data(t)), name)).as(rule.definition().code()).containsExactly(0, 2);
        }
    }

    @Test
    void epiFlagsHeaderChildrenWithoutEpisodesOrCareLeaverData() {
        Table header = table("Header", "CHILD", "101", "102", "103", "106");
        Table epi = table("Episodes", "CHILD", "101", "101", "103");
        assertThat(flagged(new RuleEPI().validate(data(header, epi)), "Header")).containsExactly(1, 3);
        Table oc3 = table("OC3", "CHILD", "106");
        assertThat(flagged(new RuleEPI().validate(data(header, epi, oc3)), "Header")).containsExactly(1);
    }

    @Test
    void noeFlagsEpisodesStartedBeforeTheYearWithoutLastYearsEpisodes() {
        Table epi = table("Episodes", "CHILD|DECOM", "101|14/03/2021", "102|08/09/2021", "103|03/10/2020");
        Table last = table("Episodes_last", "CHILD|DECOM", "101|14/03/2021", "102|16/06/2019");
        assertThat(flagged(new RuleNoE().validate(data("01/04/2021", null, epi, last)), "Episodes")).containsExactly(2);
    }
}
