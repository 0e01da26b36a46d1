package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** A missing period cannot start after the end of the collection year. */
public class Rule570 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table missing, int r) {
        return after(date(missing, r, "MIS_START"), collectionEnd(data));
    }
}
