package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A decision to place for adoption that ended last year cannot be reported again with the same date. */
@RuleDefinition(code = "561", ruleset = "lac2022_23",
        message = "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption", "PlacedAdoption_last"}, fields = {"DATE_PLACED"})
public class Rule561 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "PlacedAdoption", this);
    }

    @Override
    public boolean fails(Table placed, int p, Table last, int l) {
        return same(placed.get(p, "DATE_PLACED"), last.get(l, "DATE_PLACED"))
                && (present(last.get(l, "REASON_PLACED_CEASED")) || present(last.get(l, "DATE_PLACED_CEASED")));
    }
}
