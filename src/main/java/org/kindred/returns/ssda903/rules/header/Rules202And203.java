package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.rowsByChild;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** Header: the child's gender (202) and date of birth (203) must agree with last year's return. */
public class Rules202And203 extends RuleVersion {
    private final boolean dates = code().equals("203");
    private final String field = dates ? "DOB" : "SEX";

    public Rules202And203(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Header") || !data.has("Header_last")) {
            return RuleResult.skipped("needs Header and Header_last");
        }

        Table header = data.table("Header").orElseThrow();
        Table last = data.table("Header_last").orElseThrow();
        Map<String, List<Integer>> lastByChild = rowsByChild(last);
        RuleResult result = new RuleResult();
        for (int row = 0; row < header.size(); row++) {
            String child = header.get(row, "CHILD");
            for (int l : child == null ? List.<Integer>of() : lastByChild.getOrDefault(child, List.of())) {
                if (!agree(header.get(row, field), last.get(l, field))) {
                    result.flagRow("Header", row);
                }
            }
        }
        return result;
    }

    /** Dates that do not parse compare as equal to each other, as upstream. */
    private boolean agree(String now, String before) {
        return dates ? Objects.equals(dmy(now), dmy(before)) : Objects.equals(now, before);
    }
}
