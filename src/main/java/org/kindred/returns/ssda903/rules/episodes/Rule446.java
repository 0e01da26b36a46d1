package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Legal status E1 (placement order) cannot be used for episodes starting before December 2005. */
@RuleDefinition(code = "446", ruleset = "lac2022_23",
        message = "E1 is not a valid code for episodes starting before December 2005.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"LS", "DECOM"})
public class Rule446 extends RowRule {
    private static final LocalDate FIRST_ALLOWED = LocalDate.of(2005, 12, 1);

    @Override
    public boolean fails(Table episodes, int r) {
        return "E1".equals(episodes.get(r, "LS")) && before(date(episodes, r, "DECOM"), FIRST_ALLOWED);
    }
}
