package org.kindred.returns.cin.rules.protection;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>8915: CIN child protection plans: a plan cannot start after the child's date of death.
 * <br>8920: CIN child protection plans: a plan cannot end after the child's date of death.
 */
@RuleDefinition(code = "8915", ruleset = "cin2022_23",
        message = "Child Protection Plan shown as starting after the child’s Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "ChildIdentifiers"},
        fields = {"CPPstartDate", "PersonDeathDate"})
@RuleDefinition(code = "8920", ruleset = "cin2022_23",
        message = "Child Protection Plan cannot end after the child’s Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "ChildIdentifiers"},
        fields = {"PersonDeathDate", "CPPendDate"})
public class Rules8915And8920 extends RuleVersion {
    private final String column = switch (code()) {
        case "8920" -> "CPPendDate";
        default -> "CPPstartDate";
    };

    public Rules8915And8920(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        Cin.join(cpp, ids, Cin.keys("LAchildID"),
                (p, i) -> Cin.after(Cin.date(cpp, p, column), Cin.date(ids, i, "PersonDeathDate")),
                result, Cin.cols(column), Cin.cols("PersonDeathDate"));
        return result;
    }
}
