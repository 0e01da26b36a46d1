package org.kindred.returns.ssda903.rules.placements;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import org.kindred.returns.ssda903.rules.kit.Part2Support;

/**
 * A placement with the authority's own provider (PR1) must be at a URN in this authority, and one with
 * another authority (PR2) at a URN elsewhere, judged by the provider list's inferred LA code.
 */
@RuleDefinition(code = "229", ruleset = "lac2022_23",
        message = "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Provider Info"}, fields = {"URN", "PLACE_PROVIDER"})
public class Rule229 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table providers = Part2Support.providerInfo(data);
        String la = data.metadata() == null ? null : data.metadata().localAuthority();
        if (!data.has("Episodes") || providers == null || la == null) {
            return RuleResult.skipped("needs Episodes, the provider list and the local authority");
        }
        Table episodes = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> byUrn = Part2Support.rowsBy(providers, "URN");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String urn = episodes.get(r, "URN");
            if (Cells.blank(urn) || urn.equals("XXXXXXX")) {
                continue;
            }
            String provider = episodes.get(r, "PLACE_PROVIDER");
            List<Integer> found = byUrn.getOrDefault(urn, List.of());
            if (found.isEmpty() && "PR1".equals(provider)) {
                result.flagRow("Episodes", r);
            }
            for (int p : found) {
                boolean sameLa = la.equals(providers.get(p, "LA_CODE_INFERRED"));
                if (("PR1".equals(provider) && !sameLa) || ("PR2".equals(provider) && sameLa)) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
