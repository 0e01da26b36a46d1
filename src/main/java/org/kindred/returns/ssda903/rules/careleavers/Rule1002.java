package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information needs episodes of care for the child this year or last year. */
public class Rule1002 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes, Episodes_last and OC3");
        }
        Set<String> withEpisodes = new java.util.HashSet<>(children(table(data, "Episodes")));
        withEpisodes.addAll(children(table(data, "Episodes_last")));
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            if (!withEpisodes.contains(oc3.get(r, "CHILD"))) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }
}
