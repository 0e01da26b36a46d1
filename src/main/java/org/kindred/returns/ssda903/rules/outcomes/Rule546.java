package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child aged 5 or over, looked after continuously for 12 months, must not have health promotion information. */
@RuleDefinition(code = "546", ruleset = "lac2022_23",
        message = "Children aged 5 or over at 31 March should not have health promotion information completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "OC2"}, fields = {"DOB", "HEALTH_CHECK"})
public class Rule546 implements Rule {
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
            if (continuous.contains(oc2.get(r, "CHILD")) && onOrAfter(end, plusYears(dob, 5)) && present(oc2.get(r, "HEALTH_CHECK"))) {
                result.flagRow("OC2", r);
            }
        }
        return result;
    }
}
