package org.kindred.returns.ssda903.rules.uasc;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** The date UASC status ceased must be on or before the child's 18th birthday. */
@RuleDefinition(code = "304", ruleset = "lac2022_23",
        message = "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"UASC"}, fields = {"DUC"})
public class Rule304 extends RowRule {
    @Override
    public boolean fails(Table uasc, int r) {
        LocalDate eighteenth = Dates.plusYears(Dates.date(uasc, r, "DOB"), 18);
        return Dates.after(Dates.date(uasc, r, "DUC"), eighteenth);
    }
}
