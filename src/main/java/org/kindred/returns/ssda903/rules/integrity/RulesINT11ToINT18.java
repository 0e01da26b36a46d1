package org.kindred.returns.ssda903.rules.integrity;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName).
 * <br>INT11: A child's date of birth in AD1 must match the Header.
 * <br>INT12: A child's date of birth in PlacedAdoption must match the Header.
 * <br>INT13: A child's date of birth in Missing must match the Header.
 * <br>INT14: A child's date of birth in OC2 must match the Header.
 * <br>INT15: A child's date of birth in OC3 must match the Header.
 * <br>INT16: A child's date of birth in PrevPerm must match the Header.
 * <br>INT17: A child's date of birth in Reviews must match the Header.
 * <br>INT18: A child's date of birth in UASC must match the Header.
 */
public class RulesINT11ToINT18 extends RuleVersion {
    private final String tableName = switch (code()) {
        case "INT12" -> "PlacedAdoption";
        case "INT13" -> "Missing";
        case "INT14" -> "OC2";
        case "INT15" -> "OC3";
        case "INT16" -> "PrevPerm";
        case "INT17" -> "Reviews";
        case "INT18" -> "UASC";
        default -> "AD1";
    };

    public RulesINT11ToINT18(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table header = table(data, "Header");
        Table file = table(data, tableName);
        Map<String, List<Integer>> headerRows = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int r = 0; r < file.size(); r++) {
            LocalDate dob = date(file.get(r, "DOB"));
            for (int h : rowsOf(headerRows, file.get(r, "CHILD"))) {
                LocalDate headerDob = date(header.get(h, "DOB"));
                if (dob != null && headerDob != null && !dob.equals(headerDob)) {
                    result.flagRow(tableName, r);
                }
            }
        }
        return result;
    }
}
