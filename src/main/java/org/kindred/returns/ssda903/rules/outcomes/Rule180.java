package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC2: the SDQ score must be a whole number from 0 to 40 when given. */
@RuleDefinition(code = "180", ruleset = "lac2022_23",
        message = "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SDQ_SCORE"})
public class Rule180 extends RowRule {
    private static boolean validScore(String cell) {
        try {
            double d = Double.parseDouble(cell.trim());
            return d == Math.rint(d) && d >= 0 && d <= 40;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "SDQ_SCORE") != null && !validScore(t.get(row, "SDQ_SCORE"));
    }
}
