package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: a child adopted from care (REC E11/E12) must not have later episodes, this year or (when loaded) last year. */
public class Rule199 implements Rule {
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    private static void addDated(Table t, int which, List<int[]> into) {
        for (int row = 0; row < t.size(); row++) {
            LocalDate decom = dmy(t.get(row, "DECOM"));
            if (decom != null) {
                into.add(new int[] {which, row, (int) decom.toEpochDay()});
            }
        }
    }

    private static Table table(int which, Table current, Table last) { return which == 0 ? current : last; }

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = data.table("Episodes").orElseThrow();
        // this year's episodes then last year's, ordered by start date (ties keep that order), without those with no start
        List<int[]> order = new ArrayList<>();
        addDated(eps, 0, order);
        Table last = data.table("Episodes_last").orElse(null);
        if (last != null) {
            addDated(last, 1, order);
        }
        order.sort(Comparator.comparingInt((int[] e) -> e[2]));
        Map<String, Integer> adoptionsSoFar = new HashMap<>();
        RuleResult result = new RuleResult();
        for (int[] e : order) {
            Table t = table(e[0], eps, last);
            String child = t.get(e[1], "CHILD");
            if (child == null) {
                continue;
            }
            boolean adoption = in(t.get(e[1], "REC"), ADOPTED);
            int count = adoptionsSoFar.merge(child, adoption ? 1 : 0, Integer::sum);
            // an adoption to date is an error, unless this is the first adoption itself
            if (count > 0 && !(count == 1 && adoption) && e[0] == 0) {
                result.flagRow("Episodes", e[1]);
            }
        }
        return result;
    }
}
