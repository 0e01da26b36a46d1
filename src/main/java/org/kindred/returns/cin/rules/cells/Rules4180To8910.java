package org.kindred.returns.cin.rules.cells;

import java.util.Locale;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A field must be present (except 8640's and 8650's) and, where the code has a list, one of its codes (8568
 * ignoring case); the field and table are those the definition names first. Missing is as the reference tool
 * reads it: an unreadable date counts as missing.
 * <br>4180: the gender (to 2023/24), then the sex. <br>4220: the ethnicity. <br>8500: the LA child ID.
 * <br>8568: the referral-with-no-further-action flag. <br>8640: the reason for closure.
 * <br>8650: the primary need. <br>8842Q (query): the review date.
 * <br>8905, 8910: the initial and latest category of abuse.
 */
public class Rules4180To8910 extends RuleVersion {
    private final Set<String> codes = switch (code()) {
        case "4180" -> ruleset().equals("cin2022_23") ? Set.of("0", "1", "2", "9") : Set.of("M", "F", "U");
        case "4220" -> Set.of("ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH", "CHNE", "MOTH", "MWAS", "MWBA",
                "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM");
        case "8568" -> Set.of("1", "0", "true", "false");
        case "8640" -> Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
        case "8650" -> Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
        case "8905", "8910" -> Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
        default -> null;
    };
    private final boolean required = !code().equals("8640") && !code().equals("8650");
    private final boolean ignoreCase = code().equals("8568");

    public Rules4180To8910(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        String column = definition().fields().get(0);
        return Cin.flagRows(data, definition().tables().get(0), (t, row) -> {
            if (Cin.isNa(t, row, column)) {
                return required;
            }
            String cell = t.get(row, column);
            return codes != null && !codes.contains(ignoreCase ? cell.toLowerCase(Locale.ROOT) : cell);
        }, column);
    }
}
