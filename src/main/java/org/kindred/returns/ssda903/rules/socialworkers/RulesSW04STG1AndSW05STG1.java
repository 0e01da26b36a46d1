package org.kindred.returns.ssda903.rules.socialworkers;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.DateFieldVersion;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.RuleDefinition;

/**
 * The social worker episode's start date (SW04) must be a valid date, and its end date (SW05) where given; unknown
 * parts may be ZZ.
 */
@RuleDefinition(code = "SW04STG1", ruleset = "lac2023_24",
        message = "Date social worker episode began is not a valid date..",
        years = {"2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_DECOM"})
@RuleDefinition(code = "SW05STG1", ruleset = "lac2023_24",
        message = "Date social worker episode began is not a valid date.",
        years = {"2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_DEC"})
public class RulesSW04STG1AndSW05STG1 extends DateFieldVersion {
    public RulesSW04STG1AndSW05STG1(RuleDefinition definition) {
        super(definition, "SW04STG1");
    }

    @Override
    protected LocalDate read(String cell) {
        return Dates.partialDate(cell);
    }
}
