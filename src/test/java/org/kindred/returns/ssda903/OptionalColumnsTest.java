package org.kindred.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.Table;
import org.kindred.returns.validation.ValidationReport;
import org.kindred.returns.validation.Validator;

/**
 * Every rule, with each table's optional columns (those a CSV return does not carry: the postcode-derived ones, the
 * UASC flags) present and then removed, one at a time, from the fake return: a rule that flags rows while the column
 * is there must, without it, either still flag or be reported as skipped naming the column. It never passes silently.
 */
class OptionalColumnsTest {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");

    /** Each optional column and values for it that make the rules reading it find something to say. */
    private static final Map<String, List<String>> OPTIONAL = Map.of(
            "Header.UASC", List.of("1", "0"),
            "Header.UASC_STATUS", List.of("1", "0", "Z"),
            "Episodes.HOME_LA", List.of("ZZZ", "925", "801"),
            "Episodes.PL_LA", List.of("ZZZ", "925", "WAL", "SCO", "NUK"),
            "Episodes.PL_LOCATION", List.of("IN", "OUT", "Z"),
            "Episodes.PL_DISTANCE", List.of("1000.5", "-3", "0.0", "12.25", "ZZ"));

    @ParameterizedTest
    @ValueSource(ints = {2023, 2025, 2027})
    void noRulePassesSilentlyForWantOfAColumn(int year) {
        List<Rule> rules = RuleRegistry.inForce(ReturnKind.SSDA903, year);
        Map<String, Table> base = Ssda903Reader.read(FAKE).tables();
        Metadata metadata = new Metadata(LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31), Integer.toString(year),
                "925", null, "csv");
        List<String> problems = new ArrayList<>();
        for (var optional : OPTIONAL.entrySet()) {
            String table = optional.getKey().substring(0, optional.getKey().indexOf('.'));
            String column = optional.getKey().substring(table.length() + 1);
            Map<String, Table> with = new LinkedHashMap<>(base);
            with.put(table, withColumn(without(base.get(table), column), column, optional.getValue()));
            Map<String, Table> withoutIt = new LinkedHashMap<>(base);
            withoutIt.put(table, without(base.get(table), column));
            ValidationReport present = Validator.validate(rules, new ReturnData(with, metadata));
            ValidationReport absent = Validator.validate(rules, new ReturnData(withoutIt, metadata));
            Set<String> flaggedWith = present.failures().stream().map(Failure::rule).collect(Collectors.toSet());
            Set<String> flaggedWithout = absent.failures().stream().map(Failure::rule).collect(Collectors.toSet());
            Map<String, ValidationReport.Skipped> skipped = absent.skipped().stream()
                    .collect(Collectors.toMap(ValidationReport.Skipped::rule, s -> s, (a, b) -> a));
            for (String rule : new TreeSet<>(flaggedWith)) {
                if (flaggedWithout.contains(rule)) {
                    continue;
                }
                ValidationReport.Skipped s = skipped.get(rule);
                if (s == null || !s.reason().contains(column)) {
                    problems.add(rule + " passes without " + optional.getKey() + (s == null ? "" : " (skipped: " + s.reason() + ")"));
                }
            }
            // The JSON report names the column as well as the text does.
            absent.skipped().stream().filter(s -> !s.columns().isEmpty())
                    .forEach(s -> assertThat(s.columns()).allMatch(c -> s.reason().contains(c)));
            assertThat(present.internalErrors() + absent.internalErrors()).as(optional.getKey()).isZero();
        }
        assertThat(problems).as("rules passing silently for want of a column, %d", year).isEmpty();
    }

    private static Table without(Table t, String column) {
        List<String> columns = new ArrayList<>(t.columns());
        int at = columns.indexOf(column);
        if (at < 0) {
            return t;
        }
        columns.remove(at);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            List<String> row = new ArrayList<>(t.rawRow(r));
            row.remove(at);
            rows.add(row);
        }
        return new Table(t.name(), columns, rows);
    }

    /** The column added, its values taken in turn from {@code values} row by row. */
    private static Table withColumn(Table t, String column, List<String> values) {
        List<String> columns = new ArrayList<>(t.columns());
        columns.add(column);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            List<String> row = new ArrayList<>(t.rawRow(r));
            row.add(values.get(r % values.size()));
            rows.add(row);
        }
        return new Table(t.name(), columns, rows);
    }
}
