package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyMissing;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC3: in touch, activity and accommodation must all be given or all be blank. */
@RuleDefinition(code = "153", ruleset = "lac2022_23",
        message = "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC3"}, fields = {"IN_TOUCH", "ACTIV", "ACCOM"})
public class Rule153 extends RowRule {
    private static final List<String> ITEMS = List.of("IN_TOUCH", "ACTIV", "ACCOM");

    @Override
    public boolean fails(Table t, int row) {
        return anyPresent(t, row, ITEMS) && anyMissing(t, row, ITEMS);
    }
}
