package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** A social worker episode end date must fall within the collection year (from 2024/25, or the year before). */
public class RuleSW07STG2 extends RuleVersion {
    // From 2024/25 the window opens a year before the collection start: upstream subtracts numpy's 365.2425-day
    // year, which on whole dates is 365 days.
    private final int daysBeforeStart = ruleset().equals("lac2023_24") ? 0 : 365;

    public RuleSW07STG2(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        LocalDate earliest = start.minusDays(daysBeforeStart);
        Table swe = data.table("SWEpisodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            LocalDate dec = date(swe.get(r, "SW_DEC"));
            if (dec != null && (dec.isBefore(earliest) || dec.isAfter(end))) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
