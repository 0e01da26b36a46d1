package org.kindred.returns.cin.rules.plans;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>4008: CIN: a CIN plan cannot start after the child's date of death.
 * <br>4009Q: CIN (query): a CIN plan cannot end after the child's date of death.
 */
@RuleDefinition(code = "4008", ruleset = "cin2022_23",
        message = "CIN Plan shown as starting after the child’s Date of Death.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "CINplanDates"},
        fields = {"PersonDeathDate", "CINPlanStartDate"})
@RuleDefinition(code = "4009Q", ruleset = "cin2022_23",
        message = "CIN Plan cannot end after the child’s Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "CINplanDates"},
        fields = {"PersonDeathDate", "CINPlanEndDate"},
        type = RuleType.QUERY)
public class Rules4008And4009Q extends RuleVersion {
    private final String column = switch (code()) {
        case "4009Q" -> "CINPlanEndDate";
        default -> "CINPlanStartDate";
    };

    public Rules4008And4009Q(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Table plans = Cin.table(data, "CINplanDates");
        RuleResult result = new RuleResult();
        Cin.join(ids, plans, Cin.keys("LAchildID"),
                (i, p) -> Cin.before(Cin.date(ids, i, "PersonDeathDate"), Cin.date(plans, p, column)),
                result, Cin.cols("PersonDeathDate"), Cin.cols(column));
        return result;
    }
}
