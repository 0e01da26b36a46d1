package org.kindred.returns.cin.rules.overlaps;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN Section 47: within one CIN episode an enquiry cannot start while another is ongoing (from its start to
 * its initial conference, or to the reference date when it has no conference and one is required).
 */
@RuleDefinition(code = "8890", ruleset = "cin2022_23",
        message = "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Section47", "Header"}, optionalTables = {"CINdetails"},
        fields = {"S47ActualStartDate"})
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
