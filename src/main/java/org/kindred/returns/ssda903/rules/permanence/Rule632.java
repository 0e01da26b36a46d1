package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The date of the previous permanence order must be a valid (possibly partly unknown) date before the first episode started. */
public class Rule632 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table epi = table(data, "Episodes");
        Table pre = table(data, "PrevPerm");
        LocalDate[] decom = dates(epi, "DECOM");
        Map<String, List<Integer>> preRows = rowsByChild(pre);
        RuleResult result = new RuleResult();
        for (int e : extremeRowByChild(epi, decom, allRows(epi), false).values()) {
            for (int p : rowsOf(preRows, epi.get(e, "CHILD"))) {
                String raw = pre.get(p, "DATE_PERM");
                LocalDate datePerm = partialDate(raw);
                if ((datePerm != null && !datePerm.isBefore(decom[e])) || (raw != null && datePerm == null)) {
                    result.flagRow("Episodes", e);
                    result.flagRow("PrevPerm", p);
                }
            }
        }
        return result;
    }
}
