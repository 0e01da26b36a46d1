package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A placement with the LA's own provision (PR1) must be inside the LA, except fostering and adoption placements and V3/V4. */
public class Rule1015 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        String given = data.metadata() == null ? null : data.metadata().localAuthority();
        if (given == null) {
            return RuleResult.skipped("local authority not known (give --la)");
        }
        // PL_LA is an ONS code: the authority's own, when it is given as its DfE LA number.
        String ons = org.kindred.geography.LocalAuthorities.onsCode(given);
        String la = ons != null ? ons : given;
        Table epi = table(data, "Episodes");
        // PL_LA is not in the return: the DfE tool derives it from PL_POST before any rule runs, as for rule 169.
        // Without that derivation every own-provision placement would read as outside the authority.
        if (!epi.hasColumn("PL_LA")) {
            return RuleResult.skipped("placement local authorities (PL_LA) were not derived from postcodes");
        }
        RuleResult result = new RuleResult();
        for (int r = 0; r < epi.size(); r++) {
            String place = epi.get(r, "PLACE");
            String ls = epi.get(r, "LS");
            boolean checked = place != null && ls != null
                    && !in(place, "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")
                    && !in(ls, "V3", "V4") && "PR1".equals(epi.get(r, "PLACE_PROVIDER"));
            String plLa = epi.get(r, "PL_LA");
            if (checked && (plLa == null || !plLa.equals(la))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
