package org.kindred.returns.ssda903.rules.integrity;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child's SEX in UASC must match the Header. */
public class RuleINT21 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table header = table(data, "Header");
        Table file = table(data, "UASC");
        Map<String, List<Integer>> headerRows = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int r = 0; r < file.size(); r++) {
            String sex = file.get(r, "SEX");
            for (int h : rowsOf(headerRows, file.get(r, "CHILD"))) {
                String headerSex = header.get(h, "SEX");
                if (sex != null && headerSex != null && !sex.equals(headerSex)) {
                    result.flagRow("UASC", r);
                }
            }
        }
        return result;
    }
}
