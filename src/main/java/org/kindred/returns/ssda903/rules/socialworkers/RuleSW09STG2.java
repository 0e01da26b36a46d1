package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A social worker episode must not start and end on the same day. */
@RuleDefinition(code = "SW09STG2", ruleset = "lac2023_24",
        message = "Social worker episode appears to have lasted for less than 24 hours.",
        years = {"2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_DECOM", "SW_DEC"})
public class RuleSW09STG2 extends RowRule {
    @Override
    public boolean fails(Table swe, int r) {
        String dec = swe.get(r, "SW_DEC");
        return dec != null && dec.equals(swe.get(r, "SW_DECOM"));
    }
}
