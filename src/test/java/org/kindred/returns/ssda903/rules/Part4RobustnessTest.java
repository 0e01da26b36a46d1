package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleInvariants;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** The rules 602-SW17 never throw: on the shared fake return, on tables without columns, and on nonsense cells. */
class Part4RobustnessTest {
    private static final Set<String> CODES = Set.of("602", "607", "611", "612", "620", "621", "624", "625", "626", "628", "630",
            "631", "632", "633", "634", "635", "700", "701", "702", "703", "704", "705", "706", "707", "708", "709", "710",
            "1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010", "1011", "1012", "1014",
            "1015", "1016", "3001", "EPI", "INT01", "INT02", "INT03", "INT04", "INT05", "INT06", "INT07", "INT08", "INT09",
            "INT11", "INT12", "INT13", "INT14", "INT15", "INT16", "INT17", "INT18", "INT21", "INT31", "INT32", "INT33", "INT34",
            "INT35", "INT36", "NoE", "SW01STG1", "SW01aSTG1", "SW01bSTG1", "SW02STG1", "SW03STG1", "SW04STG1", "SW05STG1",
            "SW06STG2", "SW07STG2", "SW08STG2", "SW09STG2", "SW10STG2", "SW11aSTG2", "SW11bSTG2", "SW12STG2", "SW13STG1",
            "SW14STG2", "SW15STG2", "SW16aSTG2", "SW16bSTG2", "SW16cSTG2", "SW17STG2");
    private static final Map<String, String> FILES = Map.ofEntries(Map.entry("Header", "header.csv"),
            Map.entry("Episodes", "episodes.csv"), Map.entry("AD1", "ad1.csv"), Map.entry("Missing", "missing.csv"),
            Map.entry("OC2", "oc2.csv"), Map.entry("OC3", "oc3.csv"), Map.entry("PlacedAdoption", "placed_for_adoption.csv"),
            Map.entry("PrevPerm", "previous_permanence.csv"), Map.entry("Reviews", "reviews.csv"),
            Map.entry("SWEpisodes", "sw_episodes.csv"), Map.entry("UASC", "uasc.csv"), Map.entry("DoLo", "DoLo.csv"));

    private static List<Rule> rules() {
        List<Rule> rules = RuleRegistry.load(ReturnKind.SSDA903).all().stream()
                .filter(r -> CODES.contains(r.definition().code())).toList();
        assertThat(rules).hasSize(98);
        return rules;
    }

    @Test
    void fakeReturnRunsWithoutErrors() throws IOException {
        Path dir = Path.of("../shared/conformance/ssda903/fake_data");
        Map<String, Table> tables = new LinkedHashMap<>();
        for (var e : FILES.entrySet()) {
            Table t = csv(e.getKey(), dir.resolve(e.getValue()));
            tables.put(e.getKey(), t);
            tables.put(e.getKey() + "_last", new Table(e.getKey() + "_last", t.columns(), rowsOf(t)));
        }
        Table providers = new Table("provider_info", List.of("URN"), List.of(List.of("4244474")));
        ReturnData data = new ReturnData(tables,
                new Metadata(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31), "2018", "201", providers, "csv"));
        for (Rule rule : rules()) {
            RuleInvariants.holdFor(rule, data);
        }
    }

    @Test
    void tablesWithoutColumnsOrWithNonsenseRunWithoutErrors() {
        Map<String, Table> empty = new LinkedHashMap<>();
        Map<String, Table> nonsense = new LinkedHashMap<>();
        List<String> columns = List.of("CHILD", "DOB", "DECOM", "DEC", "RNE", "REC", "LS", "PLACE", "SW_DECOM", "SW_DEC",
                "SW_ID", "SW_REASON", "DOLO_START", "DOLO_END", "MC_DOB", "MOTHER", "SEX", "DATE_PERM", "PREV_PERM", "LA_PERM",
                "IN_TOUCH", "ACTIV", "ACCOM", "MIS_START", "MIS_END", "URN", "DATE_PLACED", "PLACEMENT");
        List<List<String>> junk = new ArrayList<>();
        for (String v : new String[] {"", "x", "29/02/2020", "31/02/2020", "ZZ/ZZ/ZZ", "2020-01-01", " ", "1.0"}) {
            List<String> row = new ArrayList<>();
            columns.forEach(c -> row.add(c.equals("CHILD") ? "1" : v));
            junk.add(row);
        }
        junk.add(Arrays.asList(new String[columns.size()]));
        for (String name : List.of("Header", "Episodes", "AD1", "Missing", "OC2", "OC3", "PlacedAdoption", "PrevPerm", "Reviews",
                "SWEpisodes", "UASC", "DoLo", "Episodes_last", "Header_last", "SWEpisodes_last", "DoLo_last")) {
            empty.put(name, new Table(name, List.of(), List.of(List.of(), List.of())));
            nonsense.put(name, new Table(name, columns, junk));
        }
        Metadata none = new Metadata(null, null, null, null, null, null);
        Metadata year = Metadata.forCollectionEnding(2024, "201");
        for (Rule rule : rules()) {
            for (ReturnData data : List.of(new ReturnData(empty, none), new ReturnData(empty, year),
                    new ReturnData(nonsense, none), new ReturnData(nonsense, year), new ReturnData(Map.of(), year))) {
                RuleInvariants.holdFor(rule, data);
            }
        }
    }

    private static List<List<String>> rowsOf(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            rows.add(t.rawRow(r));
        }
        return rows;
    }

    private static Table csv(String name, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> columns = Arrays.asList(lines.get(0).replace("\uFEFF", "").trim().split(",", -1));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            for (String cell : line.split(",", -1)) {
                row.add(cell.isEmpty() ? null : cell.trim());
            }
            rows.add(row);
        }
        return new Table(name, columns, rows);
    }
}
