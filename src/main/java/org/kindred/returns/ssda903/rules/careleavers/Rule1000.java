package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who died in care (REC E2, this year or last) must not have care leaver information. */
public class Rule1000 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Set<String> died = diedInCare(table(data, "Episodes"));
        if (data.has("Episodes_last")) {
            died.addAll(diedInCare(table(data, "Episodes_last")));
        }
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            if (died.contains(oc3.get(r, "CHILD"))) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }

    private static Set<String> diedInCare(Table episodes) {
        Set<String> children = new HashSet<>();
        for (int r = 0; r < episodes.size(); r++) {
            String rec = episodes.get(r, "REC");
            if (rec != null && rec.toUpperCase(Locale.ROOT).equals("E2")) {
                children.add(episodes.get(r, "CHILD"));
            }
        }
        return children;
    }
}
