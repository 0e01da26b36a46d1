package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC2: the reason for no SDQ score must be blank when a score is given. */
@RuleDefinition(code = "197a", ruleset = "lac2022_23",
        message = "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SDQ_SCORE", "SDQ_REASON"})
public class Rule197a extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "SDQ_SCORE") != null && t.get(row, "SDQ_REASON") != null;
    }
}
