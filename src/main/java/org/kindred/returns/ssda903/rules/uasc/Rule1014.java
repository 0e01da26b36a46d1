package org.kindred.returns.ssda903.rules.uasc;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** UASC information is not expected for care leavers who were not looked after during the year. */
public class Rule1014 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        Table uasc = table(data, "UASC");
        Table epi = table(data, "Episodes");
        Table oc3 = table(data, "OC3");
        // Children with at least one episode that was open during the collection year.
        Set<String> inCare = new HashSet<>();
        for (int r = 0; r < epi.size(); r++) {
            LocalDate decom = date(epi.get(r, "DECOM"));
            LocalDate dec = date(epi.get(r, "DEC"));
            boolean startedByEnd = decom != null && !decom.isAfter(end);
            if (startedByEnd && (dec == null || !dec.isBefore(start))) {
                inCare.add(epi.get(r, "CHILD"));
            }
        }
        Set<String> withEpisodes = children(epi);
        Map<String, List<Integer>> oc3Rows = rowsByChild(oc3);
        RuleResult result = new RuleResult();
        for (int u = 0; u < uasc.size(); u++) {
            String child = uasc.get(u, "CHILD");
            if (!withEpisodes.contains(child) || inCare.contains(child)) {
                continue;
            }
            for (int o : rowsOf(oc3Rows, child)) {
                if (anyPresent(oc3, o, "ACTIV", "ACCOM", "IN_TOUCH")) {
                    result.flagRow("UASC", u);
                    result.flagRow("OC3", o);
                }
            }
        }
        return result;
    }
}
