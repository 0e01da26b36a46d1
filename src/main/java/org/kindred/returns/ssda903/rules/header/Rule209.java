package org.kindred.returns.ssda903.rules.header;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who was 4 or older on 31 August before the collection year must not have UPN code UN1. */
public class Rule209 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = Dates.collectionStart(data);
        if (!data.has("Header") || start == null) {
            return RuleResult.skipped("needs Header and the collection start");
        }
        LocalDate reference = LocalDate.of(start.getYear() - 1, 8, 31);
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            LocalDate fourth = Dates.plusYears(Dates.date(header, r, "DOB"), 4);
            if ("UN1".equals(header.get(r, "UPN")) && Dates.onOrAfter(reference, fourth)) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
