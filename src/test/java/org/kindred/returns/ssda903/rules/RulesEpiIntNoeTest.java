package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part4Tables.data;
import static org.kindred.returns.ssda903.rules.Part4Tables.flagged;
import static org.kindred.returns.ssda903.rules.Part4Tables.flaggedTables;
import static org.kindred.returns.ssda903.rules.Part4Tables.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.episodes.RuleNoE;
import org.kindred.returns.ssda903.rules.header.RuleEPI;
import org.kindred.returns.ssda903.rules.integrity.RuleINT21;
import org.kindred.returns.ssda903.rules.integrity.RulesINT01ToINT09;
import org.kindred.returns.ssda903.rules.integrity.RulesINT11ToINT18;
import org.kindred.returns.ssda903.rules.integrity.RulesINT31ToINT36;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleRegistry;
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
                new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT01", "lac2022_23"), "AD1"}, new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT02", "lac2022_23"), "PlacedAdoption"},
                new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT03", "lac2022_23"), "Episodes"}, new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT04", "lac2022_23"), "Missing"},
                new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT05", "lac2022_23"), "OC2"}, new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT06", "lac2022_23"), "OC3"},
                new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT07", "lac2022_23"), "PrevPerm"}, new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT08", "lac2022_23"), "Reviews"},
                new Object[] {RuleRegistry.version(RulesINT01ToINT09.class, "INT09", "lac2022_23"), "UASC"});
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
                new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT11", "lac2022_23"), "AD1"}, new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT12", "lac2022_23"), "PlacedAdoption"},
                new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT13", "lac2022_23"), "Missing"}, new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT14", "lac2022_23"), "OC2"},
                new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT15", "lac2022_23"), "OC3"}, new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT16", "lac2022_23"), "PrevPerm"},
                new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT17", "lac2022_23"), "Reviews"}, new Object[] {RuleRegistry.version(RulesINT11ToINT18.class, "INT18", "lac2022_23"), "UASC"});
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
                new Object[] {RuleRegistry.version(RulesINT31ToINT36.class, "INT31", "lac2022_23"), "AD1"}, new Object[] {RuleRegistry.version(RulesINT31ToINT36.class, "INT32", "lac2022_23"), "Header"},
                new Object[] {RuleRegistry.version(RulesINT31ToINT36.class, "INT33", "lac2022_23"), "OC2"}, new Object[] {RuleRegistry.version(RulesINT31ToINT36.class, "INT34", "lac2022_23"), "OC3"},
                new Object[] {RuleRegistry.version(RulesINT31ToINT36.class, "INT35", "lac2022_23"), "PrevPerm"}, new Object[] {RuleRegistry.version(RulesINT31ToINT36.class, "INT36", "lac2022_23"), "UASC"});
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
