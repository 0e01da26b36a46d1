package org.kindred.returns.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs rule unit cases (the JSONL format of shared/conformance) through Kindred's rules; one line per failure. */
final class RuleCaseRunner {
    private static final Map<String, RuleRegistry> REGISTRIES = Map.of(
            "ssda903", RuleRegistry.load(ReturnKind.SSDA903),
            "cin_census", RuleRegistry.load(ReturnKind.CIN));

    private RuleCaseRunner() {
    }

    /** The cases of the file that fail, as "id: what went wrong"; {@code passed[0]} counts the others. */
    static List<String> failures(Path file, int[] passed) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            RuleCase c = RuleCase.from(json.readTree(line));
            String outcome = run(c);
            if (outcome == null) {
                passed[0]++;
            } else {
                failures.add(c.id() + ": " + outcome);
            }
        }
        return failures;
    }

    /** Null when the case passes, else what went wrong. */
    static String run(RuleCase c) {
        RuleRegistry registry = REGISTRIES.get(c.suite());
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
