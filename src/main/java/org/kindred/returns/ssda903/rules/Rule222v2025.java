package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Placements not registered with Ofsted (P1, P3, R1, R2, R5, T0-T4, Z1) must not record a URN other than XXXXXXX. */
@RuleDefinition(code = "222", ruleset = "lac2024_25",
        message = "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
        years = {"2024/25"},
        tables = {"Episodes"}, fields = {"URN"})
public class Rule222v2025 implements Rule {
    private static final Set<String> PLACES = Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");

    @Override
    public RuleResult validate(ReturnData data) {
        if (!data.has("Episodes")) {
            return RuleResult.skipped("no Episodes table");
        }
        Table episodes = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (Part2Support.in(episodes, r, "PLACE", PLACES) && Part2Support.present(episodes, r, "URN")
                    && !"XXXXXXX".equals(episodes.get(r, "URN"))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
