package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Every placement except temporary ones (T0-T4) and Z1 needs a placement provider. */
@RuleDefinition(code = "526", ruleset = "lac2022_23",
        message = "Child is missing a placement provider code for at least one episode.",
        years = {"2022/23", "2023/24", "2024/25"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
public class Rule526 implements Rule {
    private final Set<String> noProvider;

    public Rule526() {
        this(Set.of("T0", "T1", "T2", "T3", "T4", "Z1"));
    }

    /** For later versions of the rule, which differ only in this value. */
    protected Rule526(Set<String> noProvider) {
        this.noProvider = noProvider;
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String place = episodes.get(r, "PLACE");
            String provider = episodes.get(r, "PLACE_PROVIDER");
            if (!in(place, noProvider) && na(provider)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
