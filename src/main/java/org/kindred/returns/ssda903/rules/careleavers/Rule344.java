package org.kindred.returns.ssda903.rules.careleavers;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A care leaver who died or returned home (DIED, RHOM) must have activity and accommodation coded 0. */
@RuleDefinition(code = "344", ruleset = "lac2022_23",
        message = "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC3"}, fields = {"IN_TOUCH", "ACTIV", "ACCOM"})
public class Rule344 extends RowRule {
    private static final Set<String> NOT_IN_CARE_LEAVING = Set.of("DIED", "RHOM");

    @Override
    public boolean fails(Table oc3, int r) {
        return Part2Support.in(oc3, r, "IN_TOUCH", NOT_IN_CARE_LEAVING)
                && (!"0".equals(oc3.get(r, "ACTIV")) || !"0".equals(oc3.get(r, "ACCOM")));
    }
}
