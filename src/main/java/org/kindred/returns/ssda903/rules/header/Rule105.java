package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.metadata;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Header (XML returns only): the UASC status must be 0 or 1. */
public class Rule105 implements Rule {
    /** As a number, 0 or 1 ("1.0" counts). */
    private static boolean isZeroOrOne(String cell) {
        if (cell == null) {
            return false;
        }
        try {
            double d = Double.parseDouble(cell.trim());
            return d == 0 || d == 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public RuleResult check(ReturnData data) {
        String format = metadata(data).fileFormat();
        if (format == null || format.equals("csv")) {
            return RuleResult.skipped("UASC status is derived, not reported, in CSV returns");
        }
        Table t = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (!isZeroOrOne(t.get(row, "UASC"))) {
                result.flagRow("Header", row);
            }
        }
        return result;
    }
}
