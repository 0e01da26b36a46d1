package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.date;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** The start date of a missing or away period (1004) must be a valid date, and its end date (1005) where given. */
@RuleDefinition(code = "1004", ruleset = "lac2022_23",
        message = "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START"})
@RuleDefinition(code = "1005", ruleset = "lac2022_23",
        message = "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_END"})
public class Rules1004And1005 extends RuleVersion implements Rows.Test {
    private final String field = definition().fields()[0];
    private final boolean required = code().equals("1004");

    public Rules1004And1005(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Missing", this);
    }

    @Override
    public boolean fails(Table t, int r) {
        return (required || t.get(r, field) != null) && date(t.get(r, field)) == null;
    }
}
