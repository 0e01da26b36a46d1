package org.kindred.returns.ssda903.rules.placements;

import java.util.List;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** A temporary placement (T0-T4) must have no reason for placement change, nor may the child's previous episode. */
public class Rule226 extends RuleVersion {

    public Rule226(RuleDefinition definition) {
        super(definition);
    }
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            for (int i = 0; i < group.size(); i++) {
                int cur = group.get(i);
                boolean previousReason = i > 0 && Part2Support.present(eps, group.get(i - 1), "REASON_PLACE_CHANGE");
                if (Part2Support.in(eps, cur, "PLACE", TEMPORARY)
                        && (Part2Support.present(eps, cur, "REASON_PLACE_CHANGE") || previousReason)) {
                    result.flagRow("Episodes", cur);
                }
            }
        }
        return result;
    }
}
