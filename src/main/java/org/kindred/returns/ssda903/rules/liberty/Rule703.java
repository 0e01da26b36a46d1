package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A DoLO must not start after the end of the collection year. */
public class Rule703 extends ReturnRowRule {
    @Override
    public RuleResult check(ReturnData data) {
        return collectionEnd(data) == null ? RuleResult.skipped("no collection end") : super.check(data);
    }

    @Override
    public boolean fails(ReturnData data, Table dolo, int r) {
        java.time.LocalDate start = date(dolo.get(r, "DOLO_START"));
        return start != null && start.isAfter(collectionEnd(data));
    }
}
