package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A social worker change reason must be a valid code, and must be given for episodes starting from 1 April 2023. */
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
