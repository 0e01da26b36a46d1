package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A placement located inside the authority (IN) must have the authority itself as placement LA. */
public class Rule411 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        String localAuthority = data.metadata() == null ? null : data.metadata().localAuthority();
        if (localAuthority == null) {
            return RuleResult.skipped("local authority not known");
        }
        // PL_LA is an ONS code: the authority's own, when it is given as its DfE LA number.
        String ons = org.kindred.geography.LocalAuthorities.onsCode(localAuthority);
        String own = ons != null ? ons : localAuthority;
        Table episodes = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if ("IN".equals(episodes.get(r, "PL_LOCATION")) && !own.equals(episodes.get(r, "PL_LA"))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
