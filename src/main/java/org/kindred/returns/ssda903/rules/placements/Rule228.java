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

/**
 * An episode with a URN must end on or before the provider's Ofsted registration ended; an open episode
 * needs the registration still in force at the end of the collection year.
 */
@RuleDefinition(code = "228", ruleset = "lac2022_23",
        message = "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Provider Info"}, fields = {"URN", "DEC"})
public class Rule228 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table providers = Part2Support.providerInfo(data);
        if (!data.has("Episodes") || providers == null) {
            return RuleResult.skipped("needs Episodes and the provider list");
        }
        Table episodes = Part2Support.table(data, "Episodes");
        LocalDate end = Part2Support.collectionEnd(data);
        Map<String, List<Integer>> byUrn = Part2Support.rowsBy(providers, "URN");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String urn = episodes.get(r, "URN");
            if (Cells.blank(urn) || urn.equals("XXXXXXX")) {
                continue;
            }
            LocalDate dec = Part2Support.date(episodes, r, "DEC");
            for (int p : byUrn.getOrDefault(urn, List.of())) {
                LocalDate regEnd = Part2Support.date(providers, p, "REG_END");
                if (regEnd != null && (dec != null ? dec.isAfter(regEnd) : Part2Support.after(end, regEnd))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
