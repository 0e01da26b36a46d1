package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.Providers;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * A placement with the authority's own provider (PR1) must be at a URN in this authority, and one with
 * another authority (PR2) at a URN elsewhere, judged by the provider list's inferred LA code.
 */
public class Rule229 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        String la = data.metadata() == null ? null : data.metadata().localAuthority();
        if (Part2Support.providerInfo(data) == null || la == null) {
            return RuleResult.skipped("needs Episodes, the provider list and the local authority");
        }
        return Providers.flagEpisodes(data, (episodes, r, providers, found) -> {
            String provider = episodes.get(r, "PLACE_PROVIDER");
            if (found.isEmpty() && "PR1".equals(provider)) {
                return true;
            }
            for (int p : found) {
                boolean sameLa = la.equals(providers.get(p, "LA_CODE_INFERRED"));
                if (("PR1".equals(provider) && !sameLa) || ("PR2".equals(provider) && sameLa)) {
                    return true;
                }
            }
            return false;
        });
    }
}
