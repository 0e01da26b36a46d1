package org.kindred.returns.ssda903.rules.uasc;

import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child with a date UASC status ceased must have UASC status 1 in the Header. */
public class Rule303 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("UASC", "Header") || !Part2Support.table(data, "Header").hasColumn("UASC")) {
            return RuleResult.skipped("needs UASC and a Header with UASC");
        }
        Table header = Part2Support.table(data, "Header");
        Table uasc = Part2Support.table(data, "UASC");
        Map<String, List<Integer>> uascByChild = Part2Support.rowsBy(uasc, "CHILD");
        RuleResult result = new RuleResult();
        for (int h = 0; h < header.size(); h++) {
            if (isOne(header.get(h, "UASC"))) {
                continue;
            }
            for (int u : Part2Support.matches(uascByChild, header, h)) {
                if (Part2Support.present(uasc, u, "DUC")) {
                    result.flagRow("UASC", u);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
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
