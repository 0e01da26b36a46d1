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
@RuleDefinition(code = "INT01", ruleset = "lac2022_23",
        message = "Data Integrity Check: Child in AD1 does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "AD1"}, fields = {"CHILD"})
@RuleDefinition(code = "INT02", ruleset = "lac2022_23",
        message = "Internal Check: Child in PlacedAdoption does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "PlacedAdoption"}, fields = {"CHILD"})
@RuleDefinition(code = "INT03", ruleset = "lac2022_23",
        message = "Internal Check: Child in Episodes does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "Episodes"}, fields = {"CHILD"})
@RuleDefinition(code = "INT04", ruleset = "lac2022_23",
        message = "Internal Check: Child in Missing does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "Missing"}, fields = {"CHILD"})
@RuleDefinition(code = "INT05", ruleset = "lac2022_23",
        message = "Internal Check: Child in OC2 does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "OC2"}, fields = {"CHILD"})
@RuleDefinition(code = "INT06", ruleset = "lac2022_23",
        message = "Internal Check: Child in OC3 does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "OC3"}, fields = {"CHILD"})
@RuleDefinition(code = "INT07", ruleset = "lac2022_23",
        message = "Internal Check: Child in PrevPerm does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "PrevPerm"}, fields = {"CHILD"})
@RuleDefinition(code = "INT08", ruleset = "lac2022_23",
        message = "Internal Check: Child in Reviews does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "Reviews"}, fields = {"CHILD"})
@RuleDefinition(code = "INT09", ruleset = "lac2022_23",
        message = "Internal Check: Child in UASC does not exist in Header.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header", "UASC"}, fields = {"CHILD"})
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
