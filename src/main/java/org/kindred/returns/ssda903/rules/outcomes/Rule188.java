package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** OC2: a child under 4 at the end of the year must have neither an SDQ score nor a reason for none. */
public class Rule188 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table oc2, int row) {
        return before(collectionEnd(data), plusYears(dmy(oc2.get(row, "DOB")), 4))
                && (oc2.get(row, "SDQ_SCORE") != null || oc2.get(row, "SDQ_REASON") != null);
    }
}
