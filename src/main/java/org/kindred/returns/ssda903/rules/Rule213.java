package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes with placement type T0,T1,T2,T3,T4 must not record a placement provider. */
@RuleDefinition(code = "213", ruleset = "lac2022_23",
        message = "Placement provider information not required.",
        years = {"2022/23", "2023/24", "2024/25"},
        tables = {"Episodes"}, fields = {"PLACE_PROVIDER"})
public class Rule213 implements Rule {
    private final Set<String> places;

    public Rule213() {
        this(Set.of("T0", "T1", "T2", "T3", "T4"));
    }

    /** For later versions of the rule, which differ only in this value. */
    protected Rule213(Set<String> places) {
        this.places = places;
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (Part2Support.in(episodes, r, "PLACE", places) && Part2Support.present(episodes, r, "PLACE_PROVIDER")) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
