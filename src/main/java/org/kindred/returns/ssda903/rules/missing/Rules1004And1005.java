package org.kindred.returns.ssda903.rules.missing;

import org.kindred.returns.ssda903.rules.kit.DateFieldVersion;
import org.kindred.returns.validation.RuleDefinition;

/** The start date of a missing or away period (1004) must be a valid date, and its end date (1005) where given. */
@RuleDefinition(code = "1004", ruleset = "lac2022_23",
        message = "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START"})
@RuleDefinition(code = "1005", ruleset = "lac2022_23",
        message = "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_END"})
public class Rules1004And1005 extends DateFieldVersion {
    public Rules1004And1005(RuleDefinition definition) {
        super(definition, "1004");
    }
}
