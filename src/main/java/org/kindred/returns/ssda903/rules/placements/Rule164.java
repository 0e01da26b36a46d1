package org.kindred.returns.ssda903.rules.placements;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: the placement distance (derived from postcodes) must be 0.0-999.9 miles, except for children who are or were UASC. */
public class Rule164 implements Rule {
    /**
     * Adds the children marked UASC "1" in the header table, or else listed with any UASC detail in the UASC table.
     * Returns whether either table gave UASC information.
     */
    private static boolean uascChildren(ReturnData data, String headerName, String uascName, Set<String> into) {
        Table header = data.table(headerName).orElse(null);
        if (header != null) {
            for (int r = 0; r < header.size(); r++) {
                if ("1".equals(header.get(r, "UASC"))) {
                    into.add(header.get(r, "CHILD"));
                }
            }
            return header.hasColumn("UASC");
        }
        Table uasc = data.table(uascName).orElse(null);
        if (uasc == null) {
            return false;
        }
        for (int r = 0; r < uasc.size(); r++) {
            for (String c : uasc.columns()) {
                if (!c.equals("CHILD") && uasc.get(r, c) != null) {
                    into.add(uasc.get(r, "CHILD"));
                    break;
                }
            }
        }
        return true;
    }

    private static Double number(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return Double.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = data.table("Episodes").orElseThrow();
        if (!eps.hasColumn("PL_DISTANCE")) {
            return RuleResult.skipped("placement distances (PL_DISTANCE) were not derived from postcodes");
        }
        // children who are or were UASC this year or last year; without any UASC information the rule cannot tell
        Set<String> uasc = new HashSet<>();
        boolean known = uascChildren(data, "Header", "UASC", uasc) | uascChildren(data, "Header_last", "UASC_last", uasc);
        if (!known) {
            return RuleResult.skipped("no UASC information");
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < eps.size(); row++) {
            String child = eps.get(row, "CHILD");
            Double distance = number(eps.get(row, "PL_DISTANCE"));
            if (!uasc.contains(child) && distance != null && (distance < 0.0 || distance > 999.9)) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
