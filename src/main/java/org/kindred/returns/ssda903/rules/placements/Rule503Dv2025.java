package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** The first episode this year must keep the placement type of the episode left open at the end of last year (in 2024/25 a move from H5 to K3 is allowed). */
public class Rule503Dv2025 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        String year = data.metadata() == null ? null : data.metadata().collectionYear();
        // 2024/25 only: semi-independent placements (H5) became supported accommodation (K3). The tool keys the
        // collection by its first year ("2024"); Kindred by its last ("2025").
        boolean h5ToK3Allowed = "2024".equals(year) || "2025".equals(year);
        return fieldDifferentFromPrevious(data, "PLACE", (now, before) -> h5ToK3Allowed && "K3".equals(now) && "H5".equals(before));
    }
}
