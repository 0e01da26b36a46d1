package org.kindred.returns.ssda903.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.returns.ssda903.rules.adoption.Rule511;
import org.kindred.returns.ssda903.rules.adoption.Rule521;
import org.kindred.returns.ssda903.rules.adoption.Rule522;
import org.kindred.returns.ssda903.rules.adoption.Rule523;
import org.kindred.returns.ssda903.rules.adoption.Rule525;
import org.kindred.returns.ssda903.rules.adoption.Rule551;
import org.kindred.returns.ssda903.rules.adoption.Rule552;
import org.kindred.returns.ssda903.rules.adoption.Rule554;
import org.kindred.returns.ssda903.rules.adoption.Rule556;
import org.kindred.returns.ssda903.rules.adoption.Rule557;
import org.kindred.returns.ssda903.rules.adoption.Rule558;
import org.kindred.returns.ssda903.rules.adoption.Rule559;
import org.kindred.returns.ssda903.rules.adoption.Rule560;
import org.kindred.returns.ssda903.rules.adoption.Rule561;
import org.kindred.returns.ssda903.rules.adoption.Rule563;
import org.kindred.returns.ssda903.rules.adoption.Rule579;
import org.kindred.returns.ssda903.rules.adoption.Rule582;
import org.kindred.returns.ssda903.rules.adoption.Rule583;
import org.kindred.returns.ssda903.rules.adoption.Rule584;
import org.kindred.returns.ssda903.rules.adoption.Rule601;
import org.kindred.returns.ssda903.rules.adoption.Rules514To524;
import org.kindred.returns.ssda903.rules.adoption.Rules553And555;
import org.kindred.returns.ssda903.rules.episodes.Rule407;
import org.kindred.returns.ssda903.rules.episodes.Rule426;
import org.kindred.returns.ssda903.rules.episodes.Rule431;
import org.kindred.returns.ssda903.rules.episodes.Rule432;
import org.kindred.returns.ssda903.rules.episodes.Rule433;
import org.kindred.returns.ssda903.rules.episodes.Rule437;
import org.kindred.returns.ssda903.rules.episodes.Rule442;
import org.kindred.returns.ssda903.rules.episodes.Rule445;
import org.kindred.returns.ssda903.rules.episodes.Rule446;
import org.kindred.returns.ssda903.rules.episodes.Rule451;
import org.kindred.returns.ssda903.rules.episodes.Rule460;
import org.kindred.returns.ssda903.rules.episodes.Rule501;
import org.kindred.returns.ssda903.rules.episodes.Rule502;
import org.kindred.returns.ssda903.rules.episodes.Rule504;
import org.kindred.returns.ssda903.rules.episodes.Rule562;
import org.kindred.returns.ssda903.rules.header.Rule444;
import org.kindred.returns.ssda903.rules.missing.Rule564;
import org.kindred.returns.ssda903.rules.missing.Rule567;
import org.kindred.returns.ssda903.rules.missing.Rule570;
import org.kindred.returns.ssda903.rules.missing.Rule571;
import org.kindred.returns.ssda903.rules.missing.Rule574;
import org.kindred.returns.ssda903.rules.missing.Rule575;
import org.kindred.returns.ssda903.rules.missing.Rule576;
import org.kindred.returns.ssda903.rules.missing.Rule577;
import org.kindred.returns.ssda903.rules.missing.Rule578;
import org.kindred.returns.ssda903.rules.missing.Rule580;
import org.kindred.returns.ssda903.rules.missing.Rule581;
import org.kindred.returns.ssda903.rules.missing.Rule586;
import org.kindred.returns.ssda903.rules.missing.Rules565And566;
import org.kindred.returns.ssda903.rules.outcomes.Rule542;
import org.kindred.returns.ssda903.rules.outcomes.Rules543To546;
import org.kindred.returns.ssda903.rules.outcomes.Rules544And547;
import org.kindred.returns.ssda903.rules.placements.Rule406;
import org.kindred.returns.ssda903.rules.placements.Rule408;
import org.kindred.returns.ssda903.rules.placements.Rule411;
import org.kindred.returns.ssda903.rules.placements.Rule420;
import org.kindred.returns.ssda903.rules.placements.Rule434;
import org.kindred.returns.ssda903.rules.placements.Rule435;
import org.kindred.returns.ssda903.rules.placements.Rule436;
import org.kindred.returns.ssda903.rules.placements.Rule452;
import org.kindred.returns.ssda903.rules.placements.Rule453;
import org.kindred.returns.ssda903.rules.placements.Rule454;
import org.kindred.returns.ssda903.rules.placements.Rule503Dv2025;
import org.kindred.returns.ssda903.rules.placements.Rule503Dv2026;
import org.kindred.returns.ssda903.rules.placements.Rule516;
import org.kindred.returns.ssda903.rules.placements.Rule526;
import org.kindred.returns.ssda903.rules.placements.Rule550;
import org.kindred.returns.ssda903.rules.placements.Rules503ATo503J;
import org.kindred.returns.ssda903.rules.placements.Rules527To531;
import org.kindred.returns.ssda903.rules.reviews.Rule399;
import org.kindred.returns.ssda903.rules.reviews.Rule440;
import org.kindred.returns.ssda903.rules.reviews.Rule441;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleInvariants;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;

/** Every rule of codes 399-601 runs on the shared fake return and on degenerate tables without throwing. */
class Rules399To601RobustnessTest {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");
    private static final Map<String, String> FILES = Map.of(
            "Episodes", "episodes.csv", "Header", "header.csv", "Reviews", "reviews.csv", "AD1", "ad1.csv",
            "PlacedAdoption", "placed_for_adoption.csv", "Missing", "missing.csv", "OC2", "oc2.csv", "UASC", "uasc.csv");

    private static final List<Rule> RULES = List.of(
            new Rule399(), new Rule406(), new Rule407(), new Rule408(), new Rule411(), new Rule420(),
            new Rule426(), new Rule431(), new Rule432(), new Rule433(), new Rule434(), new Rule435(),
            new Rule436(), new Rule437(), new Rule440(), new Rule441(), new Rule442(), new Rule444(),
            new Rule445(), new Rule446(), new Rule451(), new Rule452(), new Rule453(), new Rule454(),
            new Rule460(), new Rule501(), new Rule502(), RuleRegistry.version(Rules503ATo503J.class, "503A", "lac2022_23"), RuleRegistry.version(Rules503ATo503J.class, "503B", "lac2022_23"), RuleRegistry.version(Rules503ATo503J.class, "503C", "lac2022_23"),
            RuleRegistry.version(Rules503ATo503J.class, "503D", "lac2022_23"), new Rule503Dv2025(), new Rule503Dv2026(), RuleRegistry.version(Rules503ATo503J.class, "503E", "lac2022_23"), RuleRegistry.version(Rules503ATo503J.class, "503F", "lac2022_23"), RuleRegistry.version(Rules503ATo503J.class, "503G", "lac2022_23"),
            RuleRegistry.version(Rules503ATo503J.class, "503H", "lac2022_23"), RuleRegistry.version(Rules503ATo503J.class, "503J", "lac2022_23"), new Rule504(), new Rule511(), RuleRegistry.version(Rules514To524.class, "514", "lac2022_23"), new Rule516(),
            RuleRegistry.version(Rules514To524.class, "517", "lac2022_23"), RuleRegistry.version(Rules514To524.class, "518", "lac2022_23"), RuleRegistry.version(Rules514To524.class, "519", "lac2022_23"), RuleRegistry.version(Rules514To524.class, "520", "lac2022_23"), new Rule521(), new Rule522(),
            new Rule523(), RuleRegistry.version(Rules514To524.class, "524", "lac2022_23"), new Rule525(), RuleRegistry.version(Rule526.class, "526", "lac2022_23"), RuleRegistry.version(Rule526.class, "526", "lac2025_26"), RuleRegistry.version(Rules527To531.class, "527", "lac2022_23"),
            RuleRegistry.version(Rules527To531.class, "528", "lac2022_23"), RuleRegistry.version(Rules527To531.class, "529", "lac2022_23"), RuleRegistry.version(Rules527To531.class, "530", "lac2022_23"), RuleRegistry.version(Rules527To531.class, "531", "lac2022_23"), new Rule542(), RuleRegistry.version(Rules543To546.class, "543", "lac2022_23"),
            RuleRegistry.version(Rules544And547.class, "544", "lac2022_23"), RuleRegistry.version(Rules543To546.class, "545", "lac2022_23"), RuleRegistry.version(Rules543To546.class, "546", "lac2022_23"), RuleRegistry.version(Rules544And547.class, "547", "lac2022_23"), new Rule550(), new Rule551(),
            new Rule552(), RuleRegistry.version(Rules553And555.class, "553", "lac2022_23"), new Rule554(), RuleRegistry.version(Rules553And555.class, "555", "lac2022_23"), new Rule556(), RuleRegistry.version(Rule557.class, "557", "lac2022_23"),
            RuleRegistry.version(Rule557.class, "557", "lac2024_25"), new Rule558(), new Rule559(), new Rule560(), new Rule561(), new Rule562(),
            new Rule563(), new Rule564(), RuleRegistry.version(Rules565And566.class, "565", "lac2022_23"), RuleRegistry.version(Rules565And566.class, "566", "lac2022_23"), new Rule567(), new Rule570(),
            new Rule571(), new Rule574(), new Rule575(), new Rule576(), new Rule577(), new Rule578(),
            new Rule579(), new Rule580(), new Rule581(), new Rule582(), new Rule583(), new Rule584(),
            new Rule586(), new Rule601());

    private static final Metadata METADATA = new Metadata(java.time.LocalDate.of(2017, 4, 1),
            java.time.LocalDate.of(2018, 3, 31), "2018", "E09000001", null, "csv");

    @Test
    void coversEveryRuleOfThePart() {
        assertThat(RULES).hasSize(98);
        assertThat(RULES).allSatisfy(rule -> assertThat(rule.definition()).isNotNull());
    }

    @Test
    void rulesRunOnTheFakeReturn() throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (var file : FILES.entrySet()) {
            Table t = csv(file.getKey(), FAKE.resolve(file.getValue()));
            tables.put(file.getKey(), t);
            tables.put(file.getKey() + "_last", csv(file.getKey() + "_last", FAKE.resolve(file.getValue())));
        }
        ReturnData data = new ReturnData(tables, METADATA);
        for (Rule rule : RULES) {
            assertThat(RuleInvariants.holdFor(rule, data).skipped()).as(rule.getClass().getSimpleName()).isFalse();
        }
    }

    @Test
    void rulesTolerateMissingColumnsAndBadValues() throws IOException {
        Map<String, Table> childOnly = new LinkedHashMap<>();
        Map<String, Table> garbage = new LinkedHashMap<>();
        for (var file : FILES.entrySet()) {
            for (String name : List.of(file.getKey(), file.getKey() + "_last")) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(Arrays.asList((String) null));
                rows.add(List.of("1"));
                rows.add(List.of(""));
                childOnly.put(name, new Table(name, List.of("CHILD"), rows));
                List<String> columns = csv(name, FAKE.resolve(file.getValue())).columns();
                List<List<String>> bad = new ArrayList<>();
                for (String value : new String[] {"??", "", "31/02/2020", "1", null}) {
                    List<String> row = new ArrayList<>();
                    for (String column : columns) {
                        row.add(column.equals("CHILD") ? "1" : value);
                    }
                    bad.add(row);
                }
                garbage.put(name, new Table(name, columns, bad));
            }
        }
        Metadata empty = new Metadata(null, null, null, null, null, null);
        for (Rule rule : RULES) {
            for (ReturnData data : List.of(new ReturnData(childOnly, METADATA), new ReturnData(garbage, METADATA),
                    new ReturnData(garbage, empty), new ReturnData(Map.of(), empty))) {
                RuleInvariants.holdFor(rule, data);
            }
        }
    }

    @Test
    void rulesSkipWithoutTheirTables() {
        ReturnData none = new ReturnData(Map.of(), METADATA);
        for (Rule rule : RULES) {
            assertThat(rule.validate(none).skipped()).as(rule.getClass().getSimpleName()).isTrue();
        }
    }

    private static Table csv(String name, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> columns = Arrays.asList(lines.get(0).trim().split(",", -1));
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
