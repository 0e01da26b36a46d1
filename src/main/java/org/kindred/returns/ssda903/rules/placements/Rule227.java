package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import org.kindred.returns.ssda903.rules.kit.Part2Support;

/** An episode with a URN must start before the provider's Ofsted registration ended. */
@RuleDefinition(code = "227", ruleset = "lac2022_23",
        message = "Ofsted Unique reference number (URN) is not valid for the episode start date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Provider Info"}, fields = {"URN", "DECOM"})
public class Rule227 implements Rule {
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
            LocalDate decom = Part2Support.date(episodes, r, "DECOM");
            for (int p : byUrn.getOrDefault(urn, List.of())) {
                if (Part2Support.onOrAfter(decom, Part2Support.date(providers, p, "REG_END"))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
