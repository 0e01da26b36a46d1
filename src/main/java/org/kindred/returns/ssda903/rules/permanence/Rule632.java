package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The date of the previous permanence order must be a valid (possibly partly unknown) date before the first episode started. */
@RuleDefinition(code = "632", ruleset = "lac2022_23",
        message = "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "PrevPerm"}, fields = {"DATE_PERM", "DECOM"})
public class Rule632 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table epi = table(data, "Episodes");
        Table pre = table(data, "PrevPerm");
        LocalDate[] decom = dates(epi, "DECOM");
        Map<String, List<Integer>> preRows = rowsByChild(pre);
        RuleResult result = new RuleResult();
        for (int e : extremeRowByChild(epi, decom, allRows(epi), false).values()) {
            for (int p : rowsOf(preRows, epi.get(e, "CHILD"))) {
                String raw = pre.get(p, "DATE_PERM");
                LocalDate datePerm = partialDate(raw);
                if ((datePerm != null && !datePerm.isBefore(decom[e])) || (raw != null && datePerm == null)) {
                    result.flagRow("Episodes", e);
                    result.flagRow("PrevPerm", p);
                }
            }
        }
        return result;
    }
}
