package org.kindred.returns.cin.rules.returnlevel;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * CIN (LA level, query): more than 2% of the children (excluding unborn children, who have an expected date of
 * birth) have no gender recorded (missing, blank or 0) to 2023/24, or no sex recorded (missing or U) from 2024/25.
 * The years also read "unborn" differently, as upstream: a non-blank expected date, then a readable one.
 */
public class Rule2886Q extends RuleVersion {
    private final Cin.RowTest unrecorded = switch (ruleset()) {
        case "cin2022_23" -> (t, row) -> {
            String gender = Cells.trim(t.get(row, "GenderCurrent"));
            return (Cells.blank(gender) || "0".equals(gender)) && Cin.blank(t, row, "ExpectedPersonBirthDate");
        };
        default -> (t, row) -> {
            String sex = t.get(row, "Sex");
            return (sex == null || "U".equals(sex)) && Cin.isNa(t, row, "ExpectedPersonBirthDate");
        };
    };

    public Rule2886Q(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        return Cin.failReturnIf(ids.size() > 0 && (double) Cin.count(ids, unrecorded) / ids.size() > 0.02);
    }
}
