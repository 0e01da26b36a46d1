package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A social worker change reason must be a valid code, and must be given for episodes starting from 1 April 2023. */
@RuleDefinition(code = "SW13STG1", ruleset = "lac2024_25",
        message = "The reason for social worker change is not valid.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_REASON"})
public class RuleSW13STG1v2025 extends RowRule {

    private static final Set<String> REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
            "SWDIED", "OTHERS");

    private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 1);

    @Override
    public boolean fails(Table swe, int r) {
        String reason = swe.get(r, "SW_REASON");
        LocalDate decom = date(swe.get(r, "SW_DECOM"));
        boolean missingSinceApril2023 = reason == null && decom != null && !decom.isBefore(APRIL_2023);
        return missingSinceApril2023 || (reason != null && !REASONS.contains(reason));
    }
}
