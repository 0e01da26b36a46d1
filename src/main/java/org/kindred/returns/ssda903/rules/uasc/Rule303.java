package org.kindred.returns.ssda903.rules.uasc;

import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child with a date UASC status ceased must have UASC status 1 in the Header. */
public class Rule303 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("UASC", "Header") || !Part2Support.table(data, "Header").hasColumn("UASC")) {
            return RuleResult.skipped("needs UASC and a Header with UASC");
        }
        return Join.flagBlankAsMissing(data, "Header", "UASC", Join.Flag.MATCH_AND_ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table header, int h) {
        return !isOne(header.get(h, "UASC"));
    }

    @Override
    public boolean fails(ReturnData data, Table header, int h, Table uasc, int u) {
        return Part2Support.present(uasc, u, "DUC");
    }

    private static boolean isOne(String cell) {
        if (Cells.blank(cell)) {
            return false;
        }
        try {
            return Double.parseDouble(cell.trim()) == 1.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
