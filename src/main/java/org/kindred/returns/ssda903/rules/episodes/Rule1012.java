package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Children with no episodes this year must have no data in the other episode-related tables. */
public class Rule1012 implements Rule {

    private static final String[] TABLES = {"PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2"};

    @Override
    public RuleResult check(ReturnData data) {
        Set<String> withEpisodes = children(table(data, "Episodes"));
        RuleResult result = new RuleResult();
        for (String name : TABLES) {
            Table t = table(data, name);
            if (t == null) {
                continue;
            }
            for (int r = 0; r < t.size(); r++) {
                if (!withEpisodes.contains(t.get(r, "CHILD"))) {
                    result.flagRow(name, r);
                }
            }
        }
        return result;
    }
}
