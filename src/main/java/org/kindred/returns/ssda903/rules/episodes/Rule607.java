package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** A girl who ceased to be looked after in the year (not on V3/V4) must have the MOTHER field completed. */
public class Rule607 extends RuleVersion {

    private final String female;

    public Rule607(RuleDefinition definition) {
        super(definition);
        this.female = switch (definition.ruleset()) {
            case "lac2024_25" -> "F";
            default -> "2";
        };
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        Table epi = table(data, "Episodes");
        Table header = table(data, "Header");
        Map<String, List<Integer>> headerRows = rowsByChild(header);
        RuleResult result = new RuleResult();
        for (int e = 0; e < epi.size(); e++) {
            LocalDate dec = date(epi.get(e, "DEC"));
            String rec = epi.get(e, "REC");
            boolean ceased = dec != null && rec != null && !rec.equals("X1");
            if (!ceased || in(epi.get(e, "LS"), "V3", "V4") || dec.isBefore(start) || dec.isAfter(end)) {
                continue;
            }
            for (int h : rowsOf(headerRows, epi.get(e, "CHILD"))) {
                if (female.equals(header.get(h, "SEX")) && na(header.get(h, "MOTHER"))) {
                    result.flagRow("Episodes", e);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }
}
