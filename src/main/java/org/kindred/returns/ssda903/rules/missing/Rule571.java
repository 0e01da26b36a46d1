package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** A missing period cannot end before the start or after the end of the collection year. */
public class Rule571 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table missing, int r) {
        return before(date(missing, r, "MIS_END"), collectionStart(data)) || after(date(missing, r, "MIS_END"), collectionEnd(data));
    }
}
