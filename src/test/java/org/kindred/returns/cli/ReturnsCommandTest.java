package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReturnsCommandTest {
    static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");

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

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027})
    void validatesTheFakeCsvDirectoryAndXmlEveryYear(int year) {
        for (Path in : new Path[] {FAKE, FAKE.resolve("fake_903.xml")}) {
            Run r = run("validate", "--return", "ssda903", "--year", Integer.toString(year), in.toString());
            assertThat(r.exit()).as(r.err()).isIn(0, 1);
            assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
            assertThat(r.out()).contains("SSDA903 " + (year - 1) + "/" + (year % 100) + ":");
        }
    }

    @Test
    void jsonHasTheAgreedShape() throws IOException {
        Run r = run("validate", "--return", "ssda903", "--year", "2024", FAKE.toString(), "--last", FAKE.toString(),
                "--json");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.isObject()).isTrue();
        assertThat(json.propertyNames()).containsExactly("failures", "rulesRun", "rulesSkipped");
        assertThat(json.get("rulesRun").isInt()).isTrue();
        assertThat(json.get("failures").isArray()).isTrue();
        for (JsonNode f : json.get("failures")) {
            assertThat(f.propertyNames()).containsExactly("rule", "message", "table", "row", "child", "field");
        }
        for (JsonNode s : json.get("rulesSkipped")) {
            assertThat(s.propertyNames()).containsExactly("rule", "reason", "columns");
        }
        if (json.get("failures").size() > 0) {
            assertThat(r.exit()).isEqualTo(1);
            JsonNode first = json.get("failures").get(0);
            assertThat(first.get("row").isInt()).isTrue();
            assertThat(first.get("rule").asString()).isNotBlank();
        }
    }

    @Test
    void failuresNameRuleTableRowChildAndField(@TempDir Path dir) throws IOException {
        // Rule1006 (missing type must be M or A) is in every year from 2022/23.
        Files.writeString(dir.resolve("missing.csv"), "CHILD,DOB,MISSING,MIS_START,MIS_END\n"
                + "C1,01/01/2010,M,01/05/2023,02/05/2023\nC2,01/01/2010,X,01/05/2023,02/05/2023\n");
        Run r = run("validate", "--return", "ssda903", "--year", "2024", dir.toString(), "--json");
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        JsonNode f1006 = null;
        for (JsonNode f : json.get("failures")) {
            if (f.get("rule").asString().equals("1006")) {
                f1006 = f;
            }
        }
        assertThat(f1006).isNotNull();
        assertThat(f1006.get("message").asString()).isEqualTo("Missing type invalid.");
        assertThat(f1006.get("table").asString()).isEqualTo("Missing");
        assertThat(f1006.get("row").asInt()).isEqualTo(1);
        assertThat(f1006.get("child").asString()).isEqualTo("C2");
        assertThat(f1006.get("field").asString()).isEqualTo("MISSING");
        assertThat(r.exit()).isEqualTo(1);

        Run text = run("validate", "--return", "ssda903", "--year", "2024", dir.toString());
        assertThat(text.out()).contains("ERROR 1006 Missing row 1 child C2 field MISSING: Missing type invalid.");
        assertThat(text.out()).containsPattern("failures \\(\\d+ errors, \\d+ queries\\) from \\d+ rules run");
    }

    @Test
    void cleanReturnExitsZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("missing.csv"), "CHILD,DOB,MISSING,MIS_START,MIS_END\n");
        Run r = run("validate", "--return", "ssda903", "--year", "2024", dir.toString(), "--json");
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("failures").size()).as(r.out()).isZero();
        assertThat(r.exit()).isZero();
    }

    @Test
    void unreadableInputExitsTwoWithFileLineColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("oc3.csv"), "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM,EXTRA\n1,01/01/2000,YES,F1,B,x\n");
        Run r = run("validate", "--return", "ssda903", "--year", "2024", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().trim()).matches("(?s).*oc3\\.csv:1:6: .*EXTRA.*");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();

        Path xml = dir.resolve("broken.xml");
        Files.writeString(xml, "<EXPSSDA903>\n  <CHILD>\n</EXPSSDA903>\n");
        r = run("validate", "--return", "ssda903", "--year", "2024", xml.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("broken\\.xml:3:\\d+: malformed XML");
        assertThat(r.out()).isEmpty();

        r = run("validate", "--return", "ssda903", "--year", "2024", dir.resolve("absent").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("absent:0:0: no such file or directory");
    }

    @Test
    void readsOfstedCombinedProviderWorkbook() {
        var providers = ProviderListReader.read(FAKE.resolve("scpch_assisted.xlsx"));
        assertThat(providers.columns()).containsExactlyElementsOf(ProviderListReader.COLUMNS);
        assertThat(providers.size()).isGreaterThanOrEqualTo(3);
        assertThat(providers.get(0, "URN")).isEqualTo("ARN00001");
        assertThat(providers.get(0, "PLACE_CODES")).isEqualTo("U1,U2,U3,U4,U5,U6");
        assertThat(providers.get(0, "POSTCODE")).isEqualTo("ND18AD");
        int last = providers.size() - 1;
        assertThat(providers.get(last, "PLACE_CODES")).isEqualTo("H5, K3");
        Run r = run("validate", "--return", "ssda903", "--year", "2024", FAKE.toString(), "--providers",
                FAKE.resolve("combined_scp_ch_fake.xlsx").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        Run bad = run("validate", "--return", "ssda903", "--year", "2024", FAKE.toString(), "--providers",
                FAKE.resolve("ch_fake.xlsx").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("ch_fake.xlsx:1:0:");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("validate", "--return", "ofsted", "--year", "2024", FAKE.toString()).exit()).isEqualTo(2);
        assertThat(run("validate", "--return", "ssda903", FAKE.toString()).exit()).isEqualTo(2);
    }

    @Test
    void cinWithoutItsReaderIsReportedNotThrown(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("cin.xml");
        Files.writeString(xml, "<Message/>");
        Run r = run("validate", "--return", "cin", "--year", "2024", xml.toString(), "--json");
        assertThat(r.exit()).isIn(0, 1, 2);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
