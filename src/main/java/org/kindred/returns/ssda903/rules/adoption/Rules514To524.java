package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * The adopters' genders must fit their legal status: a single adopter L0 is M1 or F1 (514); L3 (517) and a married
 * different-gender couple L11 (520) are MF; L4 (518) and L12 (524) are MM or FF; civil partners L2 (519) a couple.
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
@RuleDefinition(code = "517", ruleset = "lac2022_23",
        message = "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
@RuleDefinition(code = "520", ruleset = "lac2022_23",
        message = "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
@RuleDefinition(code = "519", ruleset = "lac2022_23",
        message = "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR", "SEX_ADOPTR"})
public class Rules514To524 extends RowVersion {
    private final String status = switch (code()) {
        case "517" -> "L3";
        case "518" -> "L4";
        case "519" -> "L2";
        case "520" -> "L11";
        case "524" -> "L12";
        default -> "L0";
    };
    private final Set<String> genders = switch (code()) {
        case "517", "520" -> Set.of("MF");
        case "518", "524" -> Set.of("MM", "FF");
        case "519" -> Set.of("MM", "FF", "MF");
        default -> Set.of("M1", "F1");
    };

    public Rules514To524(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table ad1, int r) {
        String given = ad1.get(r, "LS_ADOPTR");
        String sex = ad1.get(r, "SEX_ADOPTR");
        return status.equals(given) && !in(sex, genders);
    }
}
