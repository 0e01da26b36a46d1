package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.LastYear;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** If last year's decision to place for adoption was still in force, this year's decision date must be the same. */
@RuleDefinition(code = "560", ruleset = "lac2022_23",
        message = "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption", "PlacedAdoption_last"}, fields = {"DATE_PLACED", "DATE_PLACED_CEASED"})
public class Rule560 implements Rule, LastYear.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return LastYear.flag(data, "PlacedAdoption", this);
    }

    @Override
    public boolean fails(Table placed, int p, Table last, int l) {
        return present(last.get(l, "DATE_PLACED")) && na(last.get(l, "DATE_PLACED_CEASED"))
                && differs(placed.get(p, "DATE_PLACED"), last.get(l, "DATE_PLACED"));
    }
}
