package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leavers with no episodes this year must not have motherhood details. */
public class Rule628 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table oc3 = table(data, "OC3");
        Set<String> withEpisodes = children(table(data, "Episodes"));
        Set<String> careLeavers = new HashSet<>();
        for (int r = 0; r < oc3.size(); r++) {
            if (anyPresent(oc3, r, "IN_TOUCH", "ACTIV", "ACCOM")) {
                careLeavers.add(oc3.get(r, "CHILD"));
            }
        }
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            String child = header.get(r, "CHILD");
            if (!withEpisodes.contains(child) && careLeavers.contains(child) && notNa(header.get(r, "MOTHER"))) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
