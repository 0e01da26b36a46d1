package org.kindred.returns.ssda903.rules.integrity;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName).
 * <br>INT01: Every child in AD1 must exist in the Header.
 * <br>INT02: Every child in PlacedAdoption must exist in the Header.
 * <br>INT03: Every child in Episodes must exist in the Header.
 * <br>INT04: Every child in Missing must exist in the Header.
 * <br>INT05: Every child in OC2 must exist in the Header.
 * <br>INT06: Every child in OC3 must exist in the Header.
 * <br>INT07: Every child in PrevPerm must exist in the Header.
 * <br>INT08: Every child in Reviews must exist in the Header.
 * <br>INT09: Every child in UASC must exist in the Header.
 */
public class RulesINT01ToINT09 extends RuleVersion {
    private final String tableName = switch (code()) {
        case "INT02" -> "PlacedAdoption";
        case "INT03" -> "Episodes";
        case "INT04" -> "Missing";
        case "INT05" -> "OC2";
        case "INT06" -> "OC3";
        case "INT07" -> "PrevPerm";
        case "INT08" -> "Reviews";
        case "INT09" -> "UASC";
        default -> "AD1";
    };

    public RulesINT01ToINT09(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Set<String> inHeader = children(table(data, "Header"));
        Table file = data.table(tableName).orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < file.size(); r++) {
            if (!inHeader.contains(file.get(r, "CHILD"))) {
                result.flagRow(tableName, r);
            }
        }
        return result;
    }
}
