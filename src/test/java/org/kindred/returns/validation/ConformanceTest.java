package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the DfE rule unit cases of shared/conformance through Kindred's rule engine.
 * The files come from the system property {@code kindred.conformance.cases} (comma-separated),
 * by default the two dev samples. Its last line of output is "N passed, M failed".
 */
class ConformanceTest {
    private static final String DEFAULT_CASES =
            "../shared/conformance/ssda903/rule_unit_cases_dev_sample.jsonl,"
                    + "../shared/conformance/cin/rule_unit_cases_dev_sample.jsonl";

    @Test
    void everyRuleCasePasses() throws IOException {
        List<String> failures = new ArrayList<>();
        int[] passed = {0};
        for (String file : System.getProperty("kindred.conformance.cases", DEFAULT_CASES).split(",")) {
            failures.addAll(RuleCaseRunner.failures(Path.of(file.trim()), passed));
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
        System.out.println(passed[0] + " passed, " + failures.size() + " failed");
        assertThat(failures).isEmpty();
    }
}
