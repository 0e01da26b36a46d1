package org.kindred.returns.ssda903.rules.socialworkers;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** The reason for a social worker change must be given and be a valid code. */
public class RuleSW13STG1 extends RowRule {

    private static final Set<String> REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
            "SWDIED", "OTHERS");

    @Override
    public boolean fails(Table swe, int r) {
        String reason = swe.get(r, "SW_REASON");
        return reason == null || !REASONS.contains(reason);
    }
}
