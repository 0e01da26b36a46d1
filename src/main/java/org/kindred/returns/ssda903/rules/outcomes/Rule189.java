package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** OC2: a child more than 17 years old at the start of the year must have neither an SDQ score nor a reason for none. */
public class Rule189 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table oc2, int row) {
        LocalDate dob = dmy(oc2.get(row, "DOB"));
        // The DfE's rule: "If <DOB> >17 years prior to <COLLECTION_START_DATE> then <SDQ_SCORE> and <SDQ_REASON>
        // should not be provided": strictly more than 17 years, so a child whose 17th birthday is 1 April, the
        // first day of the year, is not flagged (the reference tool compares with < as well; rule 186 does not
        // expect an SDQ for that child either, so one is allowed, not required). docs/returns.md, rule 189.
        return before(plusYears(dob, 17), collectionStart(data))
                && (oc2.get(row, "SDQ_SCORE") != null || oc2.get(row, "SDQ_REASON") != null);
    }
}
