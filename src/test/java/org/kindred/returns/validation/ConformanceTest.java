package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the DfE rule unit cases of shared/conformance through Kindred's rule engine.
 * The files come from the system property {@code kindred.conformance.cases} (comma-separated),
 * by default the two dev samples. Its last line of output is "N passed, M failed".
 */
class ConformanceTest {
    private static final String DEFAULT_CASES =
            "../shared/conformance/ssda903/rule_unit_cases_dev_sample.jsonl,"
                    + "../shared/conformance/cin/rule_unit_cases_dev_sample.jsonl";

    private final Map<String, RuleRegistry> registries = Map.of(
            "ssda903", RuleRegistry.load(ReturnKind.SSDA903),
            "cin_census", RuleRegistry.load(ReturnKind.CIN));

    @Test
    void everyRuleCasePasses() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (String file : System.getProperty("kindred.conformance.cases", DEFAULT_CASES).split(",")) {
            for (String line : Files.readAllLines(Path.of(file.trim()))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                RuleCase c = RuleCase.from(node);
                String outcome = run(c);
                if (outcome == null) {
                    passed++;
                } else {
                    failures.add(c.id() + ": " + outcome);
                }
            }
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
        System.out.println(passed + " passed, " + failures.size() + " failed");
        assertThat(failures).isEmpty();
    }

    /** Null when the case passes, else what went wrong. */
    private String run(RuleCase c) {
        RuleRegistry registry = registries.get(c.suite());
        if (registry == null) {
            return "unknown suite " + c.suite();
        }
        Rule rule = registry.find(c.code(), c.ruleset()).orElse(null);
        if (rule == null) {
            return "no rule " + c.code() + " in " + c.ruleset();
        }
        try {
            RuleResult result = rule.validate(c.input());
            return c.passes(result) ? null
                    : "expected " + c.expected() + (c.expectReturnLevel() ? " and a return-level failure" : "")
                    + ", found " + c.found(result) + (result.returnLevelFailure() ? " and a return-level failure" : "");
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }
}
