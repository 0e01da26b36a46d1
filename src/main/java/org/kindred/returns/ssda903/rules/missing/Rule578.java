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

/** A missing period cannot start outside every period of care of the child. */
public class Rule578 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<PeriodOfCare>> periods = periodsOfCareByChild(table(data, "Episodes"));
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int m = 0; m < missing.size(); m++) {
            LocalDate start = date(missing, m, "MIS_START");
            String child = missing.get(m, "CHILD");
            boolean anyPeriod = false;
            boolean allOutside = true;
            for (PeriodOfCare period : periods.getOrDefault(child, List.of())) {
                anyPeriod = true;
                allOutside &= before(start, period.start()) || after(start, period.end());
            }
            if (anyPeriod && allOutside) {
                result.flagRow("Missing", m);
            }
        }
        return result;
    }
}
