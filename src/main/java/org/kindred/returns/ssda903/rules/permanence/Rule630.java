package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child starting care this year (RNE S) must have complete previous permanence information. */
public class Rule630 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        if (start == null) {
            return RuleResult.skipped("no collection start");
        }
        Table epi = table(data, "Episodes");
        Table pre = table(data, "PrevPerm");
        Map<String, List<Integer>> preRows = rowsByChild(pre);
        RuleResult result = new RuleResult();
        for (int e = 0; e < epi.size(); e++) {
            LocalDate decom = date(epi.get(e, "DECOM"));
            if (!"S".equals(epi.get(e, "RNE")) || decom == null || decom.isBefore(start)) {
                continue;
            }
            List<Integer> matches = rowsOf(preRows, epi.get(e, "CHILD"));
            boolean error = matches.isEmpty();
            for (int p : matches) {
                String prevPerm = pre.get(p, "PREV_PERM");
                boolean incomplete = na(pre.get(p, "LA_PERM")) || na(pre.get(p, "DATE_PERM"));
                error |= prevPerm == null || (!prevPerm.equals("Z1") && incomplete);
            }
            if (error) {
                result.flagRow("Episodes", e);
            }
        }
        return result;
    }
}
