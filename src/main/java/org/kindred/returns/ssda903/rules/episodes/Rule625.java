package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The first child's date of birth must not be after the collection end or the end of the mother's latest episode. */
public class Rule625 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        Table epi = table(data, "Episodes");
        Table header = table(data, "Header");
        LocalDate[] dec = dates(epi, "DEC");
        Map<String, List<Integer>> headerRows = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int e : extremeRowByChild(epi, dec, allRows(epi), true).values()) {
            for (int h : rowsOf(headerRows, epi.get(e, "CHILD"))) {
                LocalDate mcDob = date(header.get(h, "MC_DOB"));
                if (mcDob != null && ((end != null && mcDob.isAfter(end)) || mcDob.isAfter(dec[e]))) {
                    result.flagRow("Header", h);
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
