package org.kindred.returns.ssda903.rules.placements;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.Providers;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * The placement type (219) or provider (224) of an episode with a URN must be one of the codes the Ofsted provider
 * list gives for that URN.
 */
public class Rules219And224 extends RuleVersion {
    private final String field;
    private final String listed;

    public Rules219And224(RuleDefinition definition) {
        super(definition);
        boolean place = code().equals("219");
        this.field = place ? "PLACE" : "PLACE_PROVIDER";
        this.listed = place ? "PLACE_CODES" : "PROVIDER_CODES";
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Providers.flagEpisodes(data, this::mismatch);
    }

    private boolean mismatch(Table episodes, int row, Table providers, List<Integer> found) {
        String value = episodes.get(row, field);
        for (int p : found) {
            if (!Providers.lists(providers.get(p, listed), value)) {
                return true;
            }
        }
        return found.isEmpty();
    }
}
