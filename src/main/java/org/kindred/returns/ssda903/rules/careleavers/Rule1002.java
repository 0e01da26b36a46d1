package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information needs episodes of care for the child this year or last year. */
@RuleDefinition(code = "1002", ruleset = "lac2022_23",
        message = "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "OC3", "Episodes_last"}, fields = {"IN_TOUCH", "ACTIV", "ACCOM"})
public class Rule1002 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes, Episodes_last and OC3");
        }
        Set<String> withEpisodes = new java.util.HashSet<>(children(table(data, "Episodes")));
        withEpisodes.addAll(children(table(data, "Episodes_last")));
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            if (!withEpisodes.contains(oc3.get(r, "CHILD"))) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }
}
