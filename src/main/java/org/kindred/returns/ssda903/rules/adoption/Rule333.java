package org.kindred.returns.ssda903.rules.adoption;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** When a date of matching is given, the date of the decision to place for adoption must be given and not be later. */
@RuleDefinition(code = "333", ruleset = "lac2022_23",
        message = "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"DATE_INT"})
public class Rule333 extends RowRule {
    @Override
    public boolean fails(Table ad1, int r) {
        LocalDate match = Dates.date(ad1, r, "DATE_MATCH");
        LocalDate decision = Dates.date(ad1, r, "DATE_INT");
        return match != null && (decision == null || decision.isAfter(match));
    }
}
