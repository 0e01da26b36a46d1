package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.rowsByChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: the decision to place for adoption must not be before the child's date of birth. */
public class Rule184 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table header = data.table("Header").orElseThrow();
        Table pa = data.table("PlacedAdoption").orElseThrow();
        Map<String, List<Integer>> headerByChild = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int row = 0; row < pa.size(); row++) {
            LocalDate placed = dmy(pa.get(row, "DATE_PLACED"));
            if (placed == null) {
                continue;
            }
            String child = pa.get(row, "CHILD");
            List<Integer> hs = child == null ? List.of() : headerByChild.getOrDefault(child, List.of());
            if (hs.isEmpty()) {
                // no date of birth to compare with: upstream counts this as a failure
                result.flagRow("PlacedAdoption", row);
            }
            for (int h : hs) {
                LocalDate dob = dmy(header.get(h, "DOB"));
                if (dob == null || placed.isBefore(dob)) {
                    result.flagRow("PlacedAdoption", row);
                }
            }
        }
        return result;
    }
}
