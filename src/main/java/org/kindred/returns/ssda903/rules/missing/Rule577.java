package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period must end within the period of care it belongs to, and cannot stay open after care ended. */
public class Rule577 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<PeriodOfCare>> periods = periodsOfCareByChild(table(data, "Episodes"));
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int m = 0; m < missing.size(); m++) {
            LocalDate start = date(missing, m, "MIS_START");
            if (start == null) {
                continue;
            }
            LocalDate end = date(missing, m, "MIS_END");
            String child = missing.get(m, "CHILD");
            boolean anyPeriod = false;
            boolean allOutside = true;
            for (PeriodOfCare period : periods.getOrDefault(child, List.of())) {
                anyPeriod = true;
                boolean outside = (end == null && period.end() != null)
                        || (end == null && before(start, period.start()))
                        || after(end, period.end())
                        || before(end, period.start());
                allOutside &= outside;
            }
            if (anyPeriod && allOutside) {
                result.flagRow("Missing", m);
            }
        }
        return result;
    }
}
