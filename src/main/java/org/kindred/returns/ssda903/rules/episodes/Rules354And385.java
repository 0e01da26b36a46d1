package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>354: No episode may start after the end of the collection year.
 * <br>385: No episode may end after the end of the collection year.
 */
public class Rules354And385 extends RuleVersion {
    private final String column = switch (code()) {
        case "385" -> "DEC";
        default -> "DECOM";
    };

    public Rules354And385(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("Episodes") || end == null) {
            return RuleResult.skipped("needs Episodes and the collection end");
        }
        Table episodes = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (Dates.after(Dates.date(episodes, r, column), end)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
