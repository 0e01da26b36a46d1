package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** The first episode this year must keep the placement provider of the episode left open at the end of last year. */
@RuleDefinition(code = "503E", ruleset = "lac2022_23",
        message = "The placement provider in the first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PLACE_PROVIDER"})
public class Rule503E implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return fieldDifferentFromPrevious(data, "PLACE_PROVIDER", (now, before) -> false);
    }
}
