package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC2: a child under 4 at the end of the year must have neither an SDQ score nor a reason for none. */
@RuleDefinition(code = "188", ruleset = "lac2022_23",
        message = "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SDQ_SCORE", "SDQ_REASON"})
public class Rule188 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table oc2, int row) {
        return before(collectionEnd(data), plusYears(dmy(oc2.get(row, "DOB")), 4))
                && (oc2.get(row, "SDQ_SCORE") != null || oc2.get(row, "SDQ_REASON") != null);
    }
}
