package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child aged 10 or over, looked after continuously for 12 months, must have conviction information. */
@RuleDefinition(code = "543", ruleset = "lac2022_23",
        message = "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "OC2"}, fields = {"DOB", "CONVICTED"})
public class Rule543 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("collection period not known");
        }
        Table oc2 = table(data, "OC2");
        Set<String> continuous = continuouslyLookedAfter(table(data, "Episodes"), start, end);
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc2.size(); r++) {
            LocalDate dob = date(oc2, r, "DOB");
            if (continuous.contains(oc2.get(r, "CHILD")) && after(end, plusYears(dob, 10)) && na(oc2.get(r, "CONVICTED"))) {
                result.flagRow("OC2", r);
            }
        }
        return result;
    }
}
