package org.kindred.returns.ssda903.rules.placements;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode's Ofsted URN must be on the Ofsted provider list (or the placeholder XXXXXXX). */
public class Rule1008 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table providers = data.metadata() == null ? null : data.metadata().providerInfo();
        if (!data.has("Episodes") || providers == null) {
            return RuleResult.skipped("needs Episodes and the provider list");
        }
        Set<String> known = new HashSet<>();
        for (int r = 0; r < providers.size(); r++) {
            known.add(providers.get(r, "URN"));
        }
        Table epi = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < epi.size(); r++) {
            String urn = epi.get(r, "URN");
            if (urn != null && !urn.equals("XXXXXXX") && !known.contains(urn)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
