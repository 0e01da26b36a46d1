package org.kindred.returns.ssda903.rules.placements;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * For placements of type K1, K2, R3 or S1 with a URN, the placement postcode must be the provider's
 * postcode in the Ofsted list.
 */
public class Rule221 extends RuleVersion {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private final Set<String> places;

    public Rule221(RuleDefinition definition) {
        super(definition);
        this.places = switch (definition.ruleset()) {
            case "lac2023_24" -> Set.of("H5", "K1", "K2", "R3", "S1");
            case "lac2024_25" -> Set.of("K1", "K2", "R3", "S1");
            default -> Set.of("K1", "K2", "R3", "S1");
        };
    }

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
            String postcode = episodes.get(r, "PL_POST");
            if (Cells.blank(urn) || urn.equals("XXXXXXX") || Part2Support.in(episodes, r, "LS", SHORT_BREAKS)
                    || !Part2Support.in(episodes, r, "PLACE", places) || Cells.blank(postcode)) {
                continue;
            }
            String compact = postcode.replace(" ", "");
            List<Integer> found = byUrn.getOrDefault(urn, List.of());
            boolean mismatch = found.isEmpty();
            for (int p : found) {
                if (!compact.equals(providers.get(p, "POSTCODE"))) {
                    mismatch = true;
                }
            }
            if (mismatch) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
