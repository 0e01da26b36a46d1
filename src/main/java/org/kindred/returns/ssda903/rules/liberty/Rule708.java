package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A DoLO must start after the child's date of birth. */
@RuleDefinition(code = "708", ruleset = "lac2026_27",
        message = "Dates of DoLOs are before child’s date of birth.",
        years = {"2026/27"},
        tables = {"DoLo"}, fields = {"DOLO_START"})
public class Rule708 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "DoLo", (dolo, r) -> {
            LocalDate start = date(dolo.get(r, "DOLO_START"));
            LocalDate dob = date(dolo.get(r, "DOB"));
            return start != null && dob != null && !start.isAfter(dob);
        });
    }
}
