package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** The first episode this year must keep the placement type of the episode left open at the end of last year. */
@RuleDefinition(code = "503D", ruleset = "lac2022_23",
        message = "The placement type in the first episode does not match open episode at end of last year",
        years = {"2022/23", "2023/24"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PLACE"})
public class Rule503D implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return fieldDifferentFromPrevious(data, "PLACE", (now, before) -> false);
    }
}
