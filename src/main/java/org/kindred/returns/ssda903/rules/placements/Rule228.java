package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Providers;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * An episode with a URN must end on or before the provider's Ofsted registration ended; an open episode
 * needs the registration still in force at the end of the collection year.
 */
public class Rule228 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        return Providers.flagEpisodes(data, (episodes, r, providers, found) -> {
            LocalDate dec = Dates.date(episodes, r, "DEC");
            for (int p : found) {
                LocalDate regEnd = Dates.date(providers, p, "REG_END");
                if (regEnd != null && (dec != null ? dec.isAfter(regEnd) : Dates.after(end, regEnd))) {
                    return true;
                }
            }
            return false;
        });
    }
}
