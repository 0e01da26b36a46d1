package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period that started during an episode which has ended must also have an end date. */
public class Rule575 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return Join.flag(data, "Missing", "Episodes", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table missing, int m) {
        // A row without a start can fail no test below; its start is read first, as the rule always read it.
        return date(missing, m, "MIS_START") != null && !present(missing.get(m, "MIS_END"));
    }

    @Override
    public boolean fails(ReturnData data, Table missing, int m, Table episodes, int e) {
        java.time.LocalDate start = date(missing, m, "MIS_START");
        java.time.LocalDate dec = date(episodes, e, "DEC");
        return dec != null && onOrAfter(start, date(episodes, e, "DECOM")) && onOrBefore(start, dec);
    }
}
