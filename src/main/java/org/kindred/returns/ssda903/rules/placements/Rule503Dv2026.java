package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** The first episode this year must keep the placement type of the episode left open at the end of last year (the split of Z1 into Z11-Z14 is allowed). */
public class Rule503Dv2026 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        String year = data.metadata() == null ? null : data.metadata().collectionYear();
        boolean h5ToK3Allowed = "2024".equals(year);
        return fieldDifferentFromPrevious(data, "PLACE", (now, before) -> (h5ToK3Allowed && "K3".equals(now) && "H5".equals(before))
                || ("Z1".equals(before) && in(now, Set.of("Z11", "Z12", "Z13", "Z14"))));
    }
}
