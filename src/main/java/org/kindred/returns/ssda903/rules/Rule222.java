package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Placements not registered with Ofsted (H5, P1-P3, R1, R2, R5, T0-T4, Z1) must not record a URN other than XXXXXXX. */
@RuleDefinition(code = "222", ruleset = "lac2022_23",
        message = "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
        years = {"2022/23"},
        tables = {"Episodes"}, fields = {"URN"})
public class Rule222 implements Rule {
    private final Set<String> places;

    public Rule222() {
        this(Set.of("H5", "P1", "P2", "P3", "R1", "R2", "R5",
            "T0", "T1", "T2", "T3", "T4", "Z1"));
    }

    /** For later versions of the rule, which differ only in this value. */
    protected Rule222(Set<String> places) {
        this.places = places;
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (Part2Support.in(episodes, r, "PLACE", places) && Part2Support.present(episodes, r, "URN")
                    && !"XXXXXXX".equals(episodes.get(r, "URN"))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
