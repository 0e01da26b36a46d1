package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Warns about children in the Header with neither episodes nor care leaver (OC3) data. */
public class RuleEPI implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Set<String> withEpisodes = children(table(data, "Episodes"));
        Set<String> careLeavers = children(table(data, "OC3"));
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            String child = header.get(r, "CHILD");
            if (!withEpisodes.contains(child) && !careLeavers.contains(child)) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
