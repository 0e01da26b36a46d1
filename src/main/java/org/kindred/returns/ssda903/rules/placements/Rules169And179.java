package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column, code).
 * <br>169: Episodes: the placement local authority (derived from the placement postcode) must be present, except for V3/V4 short breaks.
 * <br>179: Episodes: the placement location (derived from the placement postcode) must be present, except for V3/V4 short breaks.
 */
public class Rules169And179 extends RuleVersion {
    private final String column = switch (code()) {
        case "179" -> "PL_LOCATION";
        default -> "PL_LA";
    };
    private final String code = switch (code()) {
        case "179" -> "placement locations (PL_LOCATION) were not derived from postcodes";
        default -> "placement local authorities (PL_LA) were not derived from postcodes";
    };

    public Rules169And179(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        if (!t.hasColumn(column)) {
            return RuleResult.skipped(code);
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (!in(t.get(row, "LS"), Set.of("V3", "V4")) && t.get(row, column) == null) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
