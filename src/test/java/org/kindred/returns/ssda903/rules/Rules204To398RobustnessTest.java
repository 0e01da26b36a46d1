package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kindred.returns.ssda903.rules.Part2Tables.data;
import static org.kindred.returns.ssda903.rules.Part2Tables.meta;
import static org.kindred.returns.ssda903.rules.Part2Tables.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleInvariants;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** Every SSDA903 rule 204-398 copes with the fake return, with garbage cells and with missing tables. */
class Rules204To398RobustnessTest {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");
    private static final String[] TABLES = {"Header", "Episodes", "UASC", "OC2", "OC3", "AD1"};

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : RuleRegistry.load(ReturnKind.SSDA903).all()) {
            String digits = r.definition().code().replaceAll("^(\\d+).*$", "$1");
            if (digits.matches("\\d+") && Integer.parseInt(digits) >= 204 && Integer.parseInt(digits) <= 398) {
                rules.add(r);
            }
        }
        return rules;
    }

    private static Table csv(String name, String file) throws IOException {
        List<String> lines = Files.readAllLines(FAKE.resolve(file));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split(",", -1)) {
                cells.add(cell.isEmpty() ? null : cell);
            }
            rows.add(cells);
        }
        return new Table(name, Arrays.asList(lines.get(0).split(",")), rows);
    }

    @Test
    void theRangeHasAllHundredVersions() {
        assertThat(rules()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void fakeReturnWithLastYearAndProviders() throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        String[][] files = {{"Header", "header.csv"}, {"Episodes", "episodes.csv"}, {"UASC", "uasc.csv"},
            {"OC2", "oc2.csv"}, {"OC3", "oc3.csv"}, {"AD1", "ad1.csv"}};
        for (String[] f : files) {
            tables.put(f[0], csv(f[0], f[1]));
            tables.put(f[0] + "_last", csv(f[0] + "_last", f[1]));
        }
        Table providers = table("provider_info", "URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,REG_END,LA_CODE_INFERRED",
                "4244474|A3,K2|PR1|EG197TT|01/01/2017|E09000001", "8969628|~|~|~|~|~");
        Metadata m = meta("01/04/2017", "31/03/2018", "E09000001", providers, "csv");
        ReturnData fake = new ReturnData(tables, m);
        for (Rule rule : rules()) {
            RuleInvariants.holdFor(rule, fake);
        }
    }

    @Test
    void garbageCellsAndMissingColumns() {
        List<Table> tables = new ArrayList<>();
        for (String name : TABLES) {
            tables.add(table(name, "CHILD,DOB,DECOM,DEC,DUC,UASC,LS,PLACE,REC,RNE,URN,DATE_INT,DATE_MATCH",
                    "1|31/02/2020|99/99/9999|x|2020-13-01||V3|T1|X1|S|XXXXXXX|yesterday|",
                    "1|~|~|~|~|~|~|~|~|~|~|~|~", "~|01/01/2000|01/01/2000|01/01/2000|01/01/2000|1|L1|A3|E11|P|1|~|~",
                    "2"));
            tables.add(table(name + "_last", "OTHER", "x"));
        }
        ReturnData garbage = data(meta("01/04/2020", "31/03/2021", "LA", table("provider_info", "URN"), "xml"),
                tables.toArray(new Table[0]));
        ReturnData empty = data(meta(null, null));
        for (Rule rule : rules()) {
            RuleInvariants.holdFor(rule, garbage);
            assertThat(rule.validate(empty).issues()).as(rule.getClass().getSimpleName()).isEmpty();
        }
    }
}
