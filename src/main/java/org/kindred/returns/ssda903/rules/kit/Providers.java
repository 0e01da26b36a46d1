package org.kindred.returns.ssda903.rules.kit;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The loop of the Ofsted provider list rules (219-229): each episode with a URN against the list's rows for it. */
public final class Providers {
    /** A rule's test of one episode against the provider rows listed under its URN (none when it is not listed). */
    public interface Test {
        boolean fails(Table episodes, int row, Table providers, List<Integer> listed);
    }

    private Providers() {
    }

    /**
     * The Episodes rows with a URN (neither blank nor the placeholder XXXXXXX) that fail {@code test}; skipped
     * without the provider list.
     */
    public static RuleResult flagEpisodes(ReturnData data, Test test) {
        Table providers = Part2Support.providerInfo(data);
        if (providers == null) {
            return RuleResult.skipped("needs Episodes and the provider list");
        }
        Table episodes = data.table("Episodes").orElseThrow();
        Map<String, List<Integer>> byUrn = Part2Support.rowsBy(providers, "URN");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String urn = episodes.get(r, "URN");
            if (!Cells.blank(urn) && !urn.equals("XXXXXXX")
                    && test.fails(episodes, r, providers, byUrn.getOrDefault(urn, List.of()))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }

    /** Whether the comma-separated list of codes holds the code; a blank code or list holds nothing. */
    public static boolean lists(String codes, String code) {
        if (Cells.blank(code) || Cells.blank(codes)) {
            return false;
        }
        for (String c : codes.split(",")) {
            if (c.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
