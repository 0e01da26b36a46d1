package org.kindred.returns.ssda903.rules.episodes;

import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * 393: A girl (SEX 2) with an episode other than a short break (V3, V4) must have the MOTHER field completed.
 * 393: A girl (SEX F) with an episode other than a short break (V3, V4) must have the MOTHER field completed.
 */
public class Rule393 extends RuleVersion {
    private final String code = switch (ruleset()) {
        case "lac2024_25" -> "F";
        default -> "2";
    };

    public Rule393(RuleDefinition definition) {
        super(definition);
    }
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        Set<String> lookedAfter = new HashSet<>();
        for (int r = 0; r < eps.size(); r++) {
            String ls = eps.get(r, "LS");
            if (ls == null || !SHORT_BREAKS.contains(ls.toUpperCase())) {
                lookedAfter.add(Part2Support.key(eps, r, "CHILD"));
            }
        }
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            if (code.equals(header.get(r, "SEX")) && lookedAfter.contains(Part2Support.key(header, r, "CHILD"))
                    && Part2Support.blank(header, r, "MOTHER")) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
