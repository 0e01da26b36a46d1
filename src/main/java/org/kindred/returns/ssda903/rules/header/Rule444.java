package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A UPN (other than the UN1-UN5 reasons) must be unique within the return. */
public class Rule444 implements Rule {
    private static final Set<String> REASONS = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    @Override
    public RuleResult check(ReturnData data) {
        Table header = table(data, "Header");
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < header.size(); r++) {
            String upn = header.get(r, "UPN");
            if (present(upn) && !REASONS.contains(upn)) {
                counts.merge(upn, 1, Integer::sum);
            }
        }
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            if (counts.getOrDefault(header.get(r, "UPN"), 0) > 1) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
