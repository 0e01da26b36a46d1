package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Where the date or LA of a previous permanence order is given, the previous permanence option must be given too. */
@RuleDefinition(code = "635", ruleset = "lac2022_23",
        message = "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PrevPerm"}, fields = {"LA_PERM", "DATE_PERM", "PREV_PERM"})
public class Rule635 extends RowRule {
    @Override
    public boolean fails(Table pre, int r) {
        return anyPresent(pre, r, "LA_PERM", "DATE_PERM") && na(pre.get(r, "PREV_PERM"));
    }
}
