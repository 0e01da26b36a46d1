package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyMissing;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** AD1: the adoption items must all be given or all be blank. */
@RuleDefinition(code = "151", ruleset = "lac2022_23",
        message = "All data items relating to a childs adoption must be coded or left blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTER", "SEX_ADOPTR", "LS_ADOPTR"})
public class Rule151 implements Rule {
    private static final List<String> ITEMS =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "AD1", (t, row) -> anyPresent(t, row, ITEMS) && anyMissing(t, row, ITEMS));
    }
}
