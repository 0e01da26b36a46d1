package org.kindred.returns.cin.rules.overlaps;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN Section 47: within one CIN episode an enquiry cannot start while another is ongoing (from its start to
 * its initial conference, or to the reference date when it has no conference and one is required).
 */
public class Rule8890 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        LocalDate reference = Cin.referenceDate(data);
        return Cin.laterStarts(s47, Cin.groupBy(s47, "LAchildID", "CINdetailsID").values(), "S47ActualStartDate",
                "DateOfInitialCPC", (a, b) -> {
                    LocalDate start = s47.date(a, "S47ActualStartDate");
                    LocalDate otherConference = s47.date(b, "DateOfInitialCPC");
                    return otherConference != null ? !start.isAfter(otherConference)
                            : !Cin.yes(s47.get(b, "ICPCnotRequired")) && reference != null && !start.isAfter(reference);
                });
    }
}
