package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>517: Adopters with legal status L3 must be a male and female couple (MF).
 * <br>520: A different-gender married couple adopting (legal status L11) must be recorded as MF.
 */
@RuleDefinition(code = "517", ruleset = "lac2022_23",
        message = "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
@RuleDefinition(code = "520", ruleset = "lac2022_23",
        message = "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rules517And520 extends RuleVersion {
    private final String column = switch (code()) {
        case "520" -> "L11";
        default -> "L3";
    };

    public Rules517And520(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            String status = ad1.get(r, "LS_ADOPTR");
            String sex = ad1.get(r, "SEX_ADOPTR");
            if (column.equals(status) && !"MF".equals(sex)) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
