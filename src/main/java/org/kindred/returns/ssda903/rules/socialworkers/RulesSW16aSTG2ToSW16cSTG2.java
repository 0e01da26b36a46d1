package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in the column (SW16b compares it as a date).
 * <br>SW16aSTG2: The first social worker episode this year must have the ID of the episode left open at the end of last year.
 * <br>SW16bSTG2: The first social worker episode this year must have the start date of the episode left open at the end of last year.
 * <br>SW16cSTG2: The first social worker episode this year must have the change reason of the episode left open at the end of last year.
 */
public class RulesSW16aSTG2ToSW16cSTG2 extends RuleVersion {
    private final String column = switch (code()) {
        case "SW16bSTG2" -> "SW_DECOM";
        case "SW16cSTG2" -> "SW_REASON";
        default -> "SW_ID";
    };

    public RulesSW16aSTG2ToSW16cSTG2(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("SWEpisodes_last")) {
            return RuleResult.skipped("needs SWEpisodes and SWEpisodes_last");
        }
        Table swe = table(data, "SWEpisodes");
        Table last = table(data, "SWEpisodes_last");
        Map<String, Integer> lastEpisode = firstByStart(last, DATE_DESC_NULLS_LAST);
        Map<String, Integer> firstEpisode = firstByStart(swe, DATE_ASC_NULLS_LAST);
        RuleResult result = new RuleResult();
        lastEpisode.forEach((child, p) -> {
            Integer c = firstEpisode.get(child);
            if (last.get(p, "SW_DEC") == null && c != null && differs(last, p, swe, c)) {
                result.flagRow("SWEpisodes", c);
            }
        });
        return result;
    }

    /** Each child's first row when ordered by SW_DECOM (missing dates last, ties in table order). */
    private static Map<String, Integer> firstByStart(Table t, Comparator<LocalDate> order) {
        LocalDate[] decom = dates(t, "SW_DECOM");
        List<Integer> rows = allRows(t);
        rows.sort(Comparator.comparing((Integer r) -> decom[r], order));
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int r : rows) {
            first.putIfAbsent(t.get(r, "CHILD"), r);
        }
        return first;
    }

    private boolean differs(Table last, int p, Table swe, int c) {
        Object before = column.equals("SW_DECOM") ? date(last.get(p, column)) : last.get(p, column);
        Object now = column.equals("SW_DECOM") ? date(swe.get(c, column)) : swe.get(c, column);
        return before == null || now == null || !before.equals(now);
    }
}
