package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child missing when they turned 18 and left care must have reason for leaving E8. */
public class Rule580 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Missing", "Episodes", Join.Flag.MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table missing, int m) {
        java.time.LocalDate end = date(missing, m, "MIS_END");
        return sameDate(plusYears(date(missing, m, "DOB"), 18), end);
    }

    @Override
    public boolean fails(ReturnData data, Table missing, int m, Table episodes, int e) {
        return sameDate(date(missing, m, "MIS_END"), date(episodes, e, "DEC")) && !"E8".equals(episodes.get(e, "REC"));
    }
}
