package org.kindred.returns.ssda903.rules.socialworkers;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** The reason for a social worker change must be given and be a valid code. */
@RuleDefinition(code = "SW13STG1", ruleset = "lac2023_24",
        message = "The reason for social worker change is either not valid or has not been entered.",
        years = {"2023/24"},
        tables = {"SWEpisodes"}, fields = {"SW_REASON"})
public class RuleSW13STG1 extends RowRule {

    private static final Set<String> REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
            "SWDIED", "OTHERS");

    @Override
    public boolean fails(Table swe, int r) {
        String reason = swe.get(r, "SW_REASON");
        return reason == null || !REASONS.contains(reason);
    }
}
