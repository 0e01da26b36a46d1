package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Providers;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** An episode with a URN must start before the provider's Ofsted registration ended. */
public class Rule227 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Providers.flagEpisodes(data, (episodes, r, providers, found) -> {
            LocalDate decom = Dates.date(episodes, r, "DECOM");
            for (int p : found) {
                if (Dates.onOrAfter(decom, Dates.date(providers, p, "REG_END"))) {
                    return true;
                }
            }
            return false;
        });
    }
}
