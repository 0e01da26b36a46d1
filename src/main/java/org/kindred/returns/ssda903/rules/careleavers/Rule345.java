package org.kindred.returns.ssda903.rules.careleavers;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A care leaver the authority is in touch with (YES) must not have activity or accommodation coded 0. */
@RuleDefinition(code = "345", ruleset = "lac2022_23",
        message = "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC3"}, fields = {"IN_TOUCH", "ACTIV", "ACCOM"})
public class Rule345 extends RowRule {
    @Override
    public boolean fails(Table oc3, int r) {
        return "YES".equals(oc3.get(r, "IN_TOUCH"))
                && ("0".equals(oc3.get(r, "ACTIV")) || "0".equals(oc3.get(r, "ACCOM")));
    }
}
