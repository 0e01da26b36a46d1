package org.kindred.returns.ssda903.rules.integrity;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName).
 * <br>INT31: A child must appear only once in AD1.
 * <br>INT32: A child must appear only once in Header.
 * <br>INT33: A child must appear only once in OC2.
 * <br>INT34: A child must appear only once in OC3.
 * <br>INT35: A child must appear only once in PrevPerm.
 * <br>INT36: A child must appear only once in UASC.
 */
public class RulesINT31ToINT36 extends RuleVersion {
    private final String tableName = switch (code()) {
        case "INT32" -> "Header";
        case "INT33" -> "OC2";
        case "INT34" -> "OC3";
        case "INT35" -> "PrevPerm";
        case "INT36" -> "UASC";
        default -> "AD1";
    };

    public RulesINT31ToINT36(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table file = table(data, tableName);
        Map<String, List<Integer>> rows = rowsByChild(file);
        RuleResult result = new RuleResult();
        rows.forEach((child, childRows) -> {
            if (child != null && childRows.size() > 1) {
                childRows.forEach(r -> result.flagRow(tableName, r));
            }
        });
        return result;
    }
}
