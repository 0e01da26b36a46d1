package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child's date of birth in OC3 must match the Header. */
@RuleDefinition(code = "INT15", ruleset = "lac2022_23",
        message = "Internal Check: DOB in OC3 is different to DOB in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "OC3"}, fields = {"DOB"})
public class RuleINT15 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table header = table(data, "Header");
        Table file = table(data, "OC3");
        Map<String, List<Integer>> headerRows = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int r = 0; r < file.size(); r++) {
            LocalDate dob = date(file.get(r, "DOB"));
            for (int h : rowsOf(headerRows, file.get(r, "CHILD"))) {
                LocalDate headerDob = date(header.get(h, "DOB"));
                if (dob != null && headerDob != null && !dob.equals(headerDob)) {
                    result.flagRow("OC3", r);
                }
            }
        }
        return result;
    }
}
