package org.kindred.returns.ssda903.rules.placements;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import org.kindred.returns.ssda903.rules.kit.Part2Support;

/** The placement provider must be one of the provider codes the Ofsted provider list gives for the episode's URN. */
@RuleDefinition(code = "224", ruleset = "lac2022_23",
        message = "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Provider Info"}, fields = {"PLACE_PROVIDER"})
public class Rule224 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table providers = Part2Support.providerInfo(data);
        if (!data.has("Episodes") || providers == null) {
            return RuleResult.skipped("needs Episodes and the provider list");
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
            boolean invalid = found.isEmpty();
            for (int p : found) {
                String codes = providers.get(p, "PROVIDER_CODES");
                if (Cells.blank(provider) || Cells.blank(codes) || !Arrays.asList(codes.split(",")).contains(provider)) {
                    invalid = true;
                }
            }
            if (invalid) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
