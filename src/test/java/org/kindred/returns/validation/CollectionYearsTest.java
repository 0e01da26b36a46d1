package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionYearsTest {

    @Test
    void aYearRunsFromAprilToMarchAndIsNamedByItsEnd() {
        assertThat(CollectionYears.containing(LocalDate.of(2026, 3, 31))).isEqualTo(2026);
        assertThat(CollectionYears.containing(LocalDate.of(2026, 4, 1))).isEqualTo(2027);
        assertThat(CollectionYears.lastCompleteBefore(LocalDate.of(2027, 4, 2))).isEqualTo(2027);
        assertThat(CollectionYears.lastCompleteBefore(LocalDate.of(2029, 12, 31))).isEqualTo(2029);
    }

    @Test
    void theYearsWithRulesAreEveryYearThereAreRuleClassesFor() {
        for (ReturnKind kind : ReturnKind.values()) {
            assertThat(CollectionYears.withRules(kind)).first().isEqualTo(CollectionYears.latestWithRules(kind));
            for (int year : CollectionYears.withRules(kind)) {
                assertThat(RuleRegistry.inForce(kind, year)).as(kind + " " + year).isNotEmpty();
            }
            assertThat(RuleRegistry.inForce(kind, CollectionYears.latestWithRules(kind) + 1))
                    .as(kind + " has no rules after its latest year").isEmpty();
        }
    }
}
