package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance: {@code returns validate} runs to an answer on every fake return in shared/conformance, for every
 * collection year 2023 to 2027: exit 0 or 1, no exception, and no rule reported as an internal error. The exit
 * code 2 (unreadable input) is right only where the input really is unreadable for that year, which is asserted
 * exactly: a CIN file that breaks the year's census schema, and a CIN year that has no rules.
 */
class FakeReturnsValidateTest {
    static final Path SSDA903 = Path.of("../shared/conformance/ssda903/fake_data");
    static final Path CIN = Path.of("../shared/conformance/cin/fake_data");
    static final Path CIN_SCHEMAS = Path.of("../shared/conformance/cin/spec");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReturnsCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The run finished with an answer about the data: exit 0 or 1, valid JSON, no rule broke. */
    static void assertRanEveryRule(Run r, String what) {
        assertThat(r.exit()).as(what + "\n" + r.err()).isIn(0, 1);
        assertThat(r.err()).as(what).doesNotContain("internal error").doesNotContain("Exception");
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("rulesRun").asInt()).as(what).isPositive();
        for (JsonNode s : json.get("rulesSkipped")) {
            assertThat(s.get("reason").asString()).as(what + " rule " + s.get("rule")).doesNotStartWith("internal error");
        }
        assertThat(r.exit()).as(what).isEqualTo(json.get("failures").size() > 0 ? 1 : 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027})
    void ssda903CsvDirectory(int year) {
        String y = Integer.toString(year);
        assertRanEveryRule(run("validate", "--return", "ssda903", "--year", y, SSDA903.toString(), "--json"),
                "CSV " + year);
        // With last year's return and the Ofsted list, the cross-year and URN rules run too.
        assertRanEveryRule(run("validate", "--return", "ssda903", "--year", y, SSDA903.toString(), "--json",
                "--last", SSDA903.toString(), "--providers", SSDA903.resolve("combined_scp_ch_fake.xlsx").toString()),
                "CSV with --last and --providers " + year);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027})
    void ssda903Xml(int year) {
        Path xml = SSDA903.resolve("fake_903.xml");
        String y = Integer.toString(year);
        assertRanEveryRule(run("validate", "--return", "ssda903", "--year", y, xml.toString(), "--json"), "XML " + year);
        assertRanEveryRule(run("validate", "--return", "ssda903", "--year", y, xml.toString(), "--json",
                "--last", xml.toString()), "XML with --last " + year);
    }

    static Stream<Arguments> cinFilesAndYears() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CIN)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        return files.stream().flatMap(f -> Stream.of(2023, 2024, 2025, 2026).map(y -> Arguments.of(f, y)));
    }

    /**
     * Each CIN fake file is first checked against the census schema of the year, as the command does. The fake
     * files come from the reference tools' test data, which were never checked against these schemas: they carry
     * stray text inside ChildIdentifiers, GenderCurrent where a year wants Sex (or the reverse), "true" for a
     * 0/1 flag... So for most file and year pairs the schema rejects the file, and then the correct answer is exit
     * 2 with the validator's file:line:column, not a rule run. Which pairs those are is decided here by the JDK's
     * own schema validator, so the test states the expectation exactly rather than copying the command's output.
     * The rules must still survive every file: they run with --no-schema.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cinFilesAndYears")
    void cinFile(Path file, int year) {
        String y = Integer.toString(year);
        SAXParseException schemaError = schemaError(file, CIN_SCHEMAS.resolve("CIN_schema_" + year + ".xsd"));
        Run checked = run("validate", "--return", "cin", "--year", y, file.toString(), "--json");
        if (schemaError == null) {
            assertRanEveryRule(checked, file + " " + year);
        } else {
            assertThat(checked.exit()).as(checked.err()).isEqualTo(2);
            assertThat(checked.out()).isEmpty();
            assertThat(checked.err()).startsWith(file + ":" + schemaError.getLineNumber() + ":"
                    + schemaError.getColumnNumber() + ": ");
            assertThat(schemaError.getLineNumber()).isPositive();
        }
        assertRanEveryRule(run("validate", "--return", "cin", "--year", y, file.toString(), "--json", "--no-schema"),
                file + " " + year + " --no-schema");
    }

    /** 2026/27 has neither CIN rules nor a CIN schema: a clear usage error naming the years that exist. */
    @ParameterizedTest
    @ValueSource(strings = {"CIN_Census_2026.xml", "fake_CIN_data.xml"})
    void cinYearWithoutRulesIsAClearUsageError(String name) {
        Path file = CIN.resolve(name);
        for (String[] extra : new String[][] {{}, {"--no-schema"}}) {
            String[] args = Stream.concat(Stream.of("validate", "--return", "cin", "--year", "2027", file.toString()),
                    Stream.of(extra)).toArray(String[]::new);
            Run r = run(args);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith(file + ":0:0: no CIN rules are in force for 2026/27; rules exist for ")
                    .contains("2025/26").doesNotContain("Exception");
        }
    }

    private static SAXParseException schemaError(Path file, Path xsd) {
        try {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                    .validate(new StreamSource(file.toFile()));
            return null;
        } catch (SAXParseException e) {
            return e;
        } catch (SAXException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
