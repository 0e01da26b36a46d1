package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import org.kindred.returns.ssda903.rules.kit.ReturnRowRule;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;
import org.kindred.returns.ssda903.rules.kit.Part2Support;

/** A single short-term respite episode (V3) must not last more than 17 days; open episodes end at the collection end. */
public class Rule365 extends ReturnRowRule {
    @Override
    public boolean fails(ReturnData data, Table episodes, int r) {
        java.time.LocalDate dec = Part2Support.blank(episodes, r, "DEC") ? collectionEnd(data) : date(episodes, r, "DEC");
        java.time.LocalDate decom = date(episodes, r, "DECOM");
        return "V3".equals(episodes.get(r, "LS")) && decom != null && after(dec, decom.plusDays(17));
    }
}
