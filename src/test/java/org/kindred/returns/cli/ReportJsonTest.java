package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The streamed JSON report: the same document as before, and a rule skipped for an absent column names it. */
class ReportJsonTest {
    @Test
    void aRuleSkippedForAnAbsentColumnNamesItInTextAndJson() {
        String fake = FakeReturnsValidateTest.SSDA903.toString();
        FakeReturnsValidateTest.Run json = FakeReturnsValidateTest.run("validate", "--return", "ssda903", "--year", "2025", fake, "--json");
        JsonNode report = JsonMapper.builder().build().readTree(json.out());
        JsonNode rule231 = null;
        for (JsonNode s : report.get("rulesSkipped")) {
            if (s.get("rule").asString().equals("231")) {
                rule231 = s;
            }
        }
        assertThat(rule231).as("231 reads Header.UASC_STATUS, which a CSV return never has").isNotNull();
        List<String> columns = new ArrayList<>();
        rule231.get("columns").forEach(c -> columns.add(c.asString()));
        assertThat(columns).containsExactly("Header.UASC_STATUS");
        assertThat(rule231.get("reason").asString()).contains("Header.UASC_STATUS");
        assertThat(report.get("failures").size()).isPositive();
        assertThat(report.get("failures").get(0).has("row")).isTrue();

        FakeReturnsValidateTest.Run text = FakeReturnsValidateTest.run("validate", "--return", "ssda903", "--year", "2025", fake);
        assertThat(text.out()).contains("SKIPPED 231: needs column Header.UASC_STATUS");
        assertThat(text.out().lines().filter(l -> l.startsWith("ERROR ") || l.startsWith("QUERY ")).count())
                .isEqualTo(report.get("failures").size());
    }
}
