package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** The date of birth of a mother's first child must be after the mother's own date of birth. */
@RuleDefinition(code = "621", ruleset = "lac2022_23",
        message = "Mother’s field has been completed but date of birth shows that the mother is younger than her child.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"DOB", "MC_DOB"})
public class Rule621 extends RowRule {
    @Override
    public boolean fails(Table header, int r) {
        LocalDate mcDob = date(header.get(r, "MC_DOB"));
        LocalDate dob = date(header.get(r, "DOB"));
        return mcDob != null && (dob == null || !mcDob.isAfter(dob));
    }
}
