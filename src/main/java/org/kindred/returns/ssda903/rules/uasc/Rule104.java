package org.kindred.returns.ssda903.rules.uasc;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** UASC: the date UASC status ceased must be a valid date, not before the collection year. */
public class Rule104 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table t, int row) {
        String duc = t.get(row, "DUC");
        return badDate(duc) || before(dmy(duc), collectionStart(data));
    }
}
