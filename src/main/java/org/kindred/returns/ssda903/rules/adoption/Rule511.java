package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Two adopters must be recorded as a couple (MM, FF or MF), not as a single adopter (M1/F1). */
@RuleDefinition(code = "511", ruleset = "lac2022_23",
        message = "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"NB_ADOPTR", "SEX_ADOPTR"})
public class Rule511 extends RowRule {
    @Override
    public boolean fails(Table ad1, int r) {
        return "2".equals(ad1.get(r, "NB_ADOPTR")) && in(ad1.get(r, "SEX_ADOPTR"), Set.of("M1", "F1"));
    }
}
