package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.cla;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.continuouslyLookedAfter;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1/OC3: a child looked after continuously for 12 months must not have adoption or care leaver data. */
public class Rule187 implements Rule {
    private static final List<String> CARE_LEAVER = List.of("IN_TOUCH", "ACTIV", "ACCOM");
    private static final List<String> ADOPTION =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    private static void flag(Table t, List<String> shouldBeBlank, Map<String, Boolean> cla, RuleResult result) {
        for (int row = 0; row < t.size(); row++) {
            if (cla(cla, t.get(row, "CHILD")) && anyPresent(t, row, shouldBeBlank)) {
                result.flagRow(t.name(), row);
            }
        }
    }

    @Override
    public RuleResult check(ReturnData data) {
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        RuleResult result = new RuleResult();
        flag(data.table("OC3").orElseThrow(), CARE_LEAVER, cla, result);
        flag(data.table("AD1").orElseThrow(), ADOPTION, cla, result);
        return result;
    }
}
