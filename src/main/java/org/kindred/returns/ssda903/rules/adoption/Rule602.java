package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1 adoption details are reported only for children whose episodes show an adoption (E11/E12) ending in the year. */
public class Rule602 implements Rule {

    private static final String[] ADOPTION_FIELDS = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"};

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        Table epi = table(data, "Episodes");
        Set<String> adopted = new HashSet<>();
        for (int r = 0; r < epi.size(); r++) {
            LocalDate dec = date(epi.get(r, "DEC"));
            if (dec != null && !dec.isBefore(start) && !dec.isAfter(end) && in(epi.get(r, "REC"), "E11", "E12")) {
                adopted.add(epi.get(r, "CHILD"));
            }
        }
        Table ad1 = data.table("AD1").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < ad1.size(); r++) {
            if (!adopted.contains(ad1.get(r, "CHILD")) && anyPresent(ad1, r, ADOPTION_FIELDS)) {
                result.flagRow("AD1", r);
            }
        }
        return result;
    }
}
