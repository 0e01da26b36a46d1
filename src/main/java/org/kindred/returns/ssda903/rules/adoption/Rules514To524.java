package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column, columnName, column2).
 * <br>514: A single adopter (legal status L0) must have the gender of a single adopter (M1 or F1).
 * <br>518: Adopters with legal status L4 must be a same-gender couple (MM or FF).
 * <br>524: Adopters with legal status L12 must be a same-gender couple (MM or FF).
 */
@RuleDefinition(code = "514", ruleset = "lac2022_23",
        message = "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
@RuleDefinition(code = "518", ruleset = "lac2022_23",
        message = "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
@RuleDefinition(code = "524", ruleset = "lac2022_23",
        message = "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rules514To524 extends RuleVersion {
    private final String column = switch (code()) {
        case "518" -> "L4";
        case "524" -> "L12";
        default -> "L0";
    };
    private final String columnName = switch (code()) {
        case "518" -> "MM";
        case "524" -> "MM";
        default -> "M1";
    };
    private final String column2 = switch (code()) {
        case "518" -> "FF";
        case "524" -> "FF";
        default -> "F1";
    };

    public Rules514To524(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            String status = ad1.get(r, "LS_ADOPTR");
            String sex = ad1.get(r, "SEX_ADOPTR");
            if (column.equals(status) && !in(sex, Set.of(columnName, column2))) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
