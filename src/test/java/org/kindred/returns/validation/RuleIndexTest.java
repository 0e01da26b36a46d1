package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build-time index must list exactly the rule classes a class path scan finds, with the same years. */
class RuleIndexTest {

    @Test
    void indexMatchesTheScanForEveryReturn() {
        for (ReturnKind kind : ReturnKind.values()) {
            List<RuleIndex.Entry> index = RuleIndex.read(kind);
            assertThat(index).as("rules.idx for " + kind + " (written in process-classes)").isNotNull();
            List<String> scanned = RuleRegistry.load(kind).all().stream()
                    .map(r -> r.getClass().getName() + " " + r.definition().code() + " " + r.definition().ruleset() + " " + Arrays.asList(r.definition().years()))
                    .sorted().toList();
            List<String> indexed = index.stream().map(e -> e.className() + " " + e.code() + " " + e.ruleset() + " " + e.years()).sorted().toList();
            assertThat(indexed).containsExactlyInAnyOrderElementsOf(scanned);
        }
    }

    @Test
    void rulesInForceAreTheRegistrysForTheYear() {
        for (int year = 2023; year <= 2027; year++) {
            List<String> expected = RuleRegistry.load(ReturnKind.SSDA903).forCollectionEnding(year).stream()
                    .map(r -> r.getClass().getName() + " " + r.definition().ruleset()).toList();
            assertThat(RuleRegistry.inForce(ReturnKind.SSDA903, year).stream()
                    .map(r -> r.getClass().getName() + " " + r.definition().ruleset()))
                    .containsExactlyElementsOf(expected);
        }
    }
}
