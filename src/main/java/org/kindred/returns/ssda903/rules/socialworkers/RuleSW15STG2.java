package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The reason for a social worker change must be given unless the episode started over a year before the collection. */
public class RuleSW15STG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        if (start == null) {
            return RuleResult.skipped("no collection start");
        }
        // Upstream subtracts numpy's 365.2425-day year: a whole date is before that point when 366 or more days earlier.
        LocalDate exempt = start.minusDays(366);
        Table swe = data.table("SWEpisodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            LocalDate decom = date(swe.get(r, "SW_DECOM"));
            if (na(swe.get(r, "SW_REASON")) && (decom == null || decom.isAfter(exempt))) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
