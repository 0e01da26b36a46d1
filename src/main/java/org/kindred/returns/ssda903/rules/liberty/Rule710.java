package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** During a DoLO the child must not be placed in K1, P1, R5 or K3. */
public class Rule710 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table dolo = table(data, "DoLo");
        Table epi = table(data, "Episodes");
        Map<String, List<Integer>> epiRows = rowsByChild(epi);
        RuleResult result = new RuleResult();
        for (int d = 0; d < dolo.size(); d++) {
            if (na(dolo.get(d, "DOLO_START")) || na(dolo.get(d, "DOLO_END"))) {
                continue;
            }
            LocalDate start = date(dolo.get(d, "DOLO_START"));
            LocalDate end = date(dolo.get(d, "DOLO_END"));
            for (int e : rowsOf(epiRows, dolo.get(d, "CHILD"))) {
                LocalDate decom = date(epi.get(e, "DECOM"));
                LocalDate dec = date(epi.get(e, "DEC"));
                boolean startsBeforeEpisodeEnds = dec == null || (start != null && !start.isAfter(dec));
                boolean overlaps = startsBeforeEpisodeEnds && end != null && decom != null && !end.isBefore(decom);
                if (overlaps && in(epi.get(e, placeColumn(epi)), "K1", "P1", "R5", "K3")) {
                    result.flagRow("DoLo", d);
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
