package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who is or was an unaccompanied asylum seeker must have no placement distance. */
public class Rule406 implements Rule {
    /** Adds the children recorded as UASC from the header (UASC = 1) or else from the UASC table (any date given). */
    private static boolean addUasc(ReturnData data, String headerName, String uascName, Set<String> uasc) {
        // The reference tool copies the UASC table into the header's UASC column when it reads CSV files,
        // so a header without that column falls back to the UASC table.
        if (data.has(headerName) && table(data, headerName).hasColumn("UASC")) {
            Table header = table(data, headerName);
            for (int r = 0; r < header.size(); r++) {
                if ("1".equals(header.get(r, "UASC"))) {
                    uasc.add(header.get(r, "CHILD"));
                }
            }
            return true;
        }
        if (data.has(uascName)) {
            Table t = table(data, uascName);
            for (int r = 0; r < t.size(); r++) {
                for (String column : t.columns()) {
                    if (!column.equals("CHILD") && present(t.get(r, column))) {
                        uasc.add(t.get(r, "CHILD"));
                        break;
                    }
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public RuleResult check(ReturnData data) {
        Set<String> uasc = new HashSet<>();
        boolean known = addUasc(data, "Header", "UASC", uasc);
        known |= addUasc(data, "Header_last", "UASC_last", uasc);
        if (!known) {
            return RuleResult.skipped("no UASC information");
        }
        Table episodes = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (uasc.contains(episodes.get(r, "CHILD")) && present(episodes.get(r, "PL_DISTANCE"))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
