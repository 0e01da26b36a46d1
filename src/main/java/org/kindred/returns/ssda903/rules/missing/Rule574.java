package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period cannot start while the previous one is still open, and periods must not overlap. */
public class Rule574 implements Rule {
    private static LocalDate endOrStart(Table missing, int r) {
        LocalDate end = date(missing, r, "MIS_END");
        return end != null ? end : date(missing, r, "MIS_START");
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table missing = table(data, "Missing");
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < missing.size(); r++) {
            order.add(r);
        }
        order.sort(Comparator.comparing((Integer r) -> missing.get(r, "CHILD"), TEXT_NULLS_LAST)
                .thenComparing(r -> endOrStart(missing, r), DATE_NULLS_LAST)
                .thenComparing(r -> date(missing, r, "MIS_START"), DATE_NULLS_LAST));
        RuleResult result = new RuleResult();
        for (int i = 1; i < order.size(); i++) {
            int current = order.get(i);
            int previous = order.get(i - 1);
            LocalDate previousEnd = date(missing, previous, "MIS_END");
            if (same(missing.get(current, "CHILD"), missing.get(previous, "CHILD"))
                    && (previousEnd == null || before(date(missing, current, "MIS_START"), previousEnd))) {
                result.flagRow("Missing", current);
            }
        }
        return result;
    }
}
