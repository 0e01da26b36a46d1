package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child whose adoption decision was reversed cannot have adoption details recorded for the year. */
public class Rule525 implements Rule {
    private static final List<String> ADOPTION_FIELDS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public RuleResult check(ReturnData data) {
        Table placed = table(data, "PlacedAdoption");
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int p = 0; p < placed.size(); p++) {
            if (na(placed.get(p, "DATE_PLACED_CEASED"))) {
                continue;
            }
            for (int a : rowsOfChild(ad1, placed.get(p, "CHILD"))) {
                if (ADOPTION_FIELDS.stream().anyMatch(column -> present(ad1.get(a, column)))) {
                    result.flagRow("PlacedAdoption", p);
                    result.flagRow("AD1", a);
                }
            }
        }
        return result;
    }
}
