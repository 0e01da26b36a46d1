package org.kindred.returns.ssda903.rules.uasc;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.badDate;
import static org.kindred.returns.ssda903.rules.kit.Dates.before;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionStart;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** UASC: the date UASC status ceased must be a valid date, not before the collection year. */
@RuleDefinition(code = "104", ruleset = "lac2022_23",
        message = "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"UASC"}, fields = {"DUC"})
public class Rule104 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        Table t = data.table("UASC").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            String duc = t.get(row, "DUC");
            if (badDate(duc) || before(dmy(duc), start)) {
                result.flagRow("UASC", row);
            }
        }
        return result;
    }
}
