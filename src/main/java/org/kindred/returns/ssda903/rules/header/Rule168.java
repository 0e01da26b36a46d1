package org.kindred.returns.ssda903.rules.header;

import java.util.regex.Pattern;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Header: the UPN must be a valid unique pupil number or UN1-UN5 when given. */
@RuleDefinition(code = "168", ruleset = "lac2022_23",
        message = "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"UPN"})
public class Rule168 extends RowRule {
    /** A letter other than I, O or S, then 12 digits or 11 digits and a letter; or an unknown-UPN code. */
    private static final Pattern UPN = Pattern.compile("(?![IOS])[A-Z](\\d{12}|\\d{11}[A-Z])|UN[1-5]");

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "UPN") != null && !UPN.matcher(t.get(row, "UPN")).matches();
    }
}
