package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionEnd;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionStart;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Dates.onOrBefore;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.rowsByChild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Header/OC3: the mother status must be 0 or 1, only for girls, and given for girls looked after in the year. */
public class Rule165 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table header = data.table("Header").orElseThrow();
        Table eps = data.table("Episodes").orElseThrow();
        Table oc3 = data.table("OC3").orElseThrow();
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        // episodes other than V3/V4 short breaks, and how many of each child's fall in the year (an open episode runs to the year end)
        List<Integer> kept = new ArrayList<>();
        Map<String, Integer> inYear = new HashMap<>();
        for (int row = 0; row < eps.size(); row++) {
            String ls = eps.get(row, "LS");
            if (ls != null && Set.of("V3", "V4").contains(ls.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            kept.add(row);
            LocalDate dec = dmy(eps.get(row, "DEC"));
            if (dec == null) {
                dec = end;
            }
            boolean eps1 = onOrBefore(start, dec) && onOrBefore(dmy(eps.get(row, "DECOM")), end);
            String child = eps.get(row, "CHILD");
            if (child != null) {
                inYear.merge(child, eps1 ? 1 : 0, Integer::sum);
            }
        }
        Map<String, List<Integer>> headerByChild = rowsByChild(header);
        Map<String, List<Integer>> oc3ByChild = rowsByChild(oc3);
        RuleResult result = new RuleResult();
        for (int row : kept) {
            String child = eps.get(row, "CHILD");
            boolean episodesInYear = child != null && inYear.getOrDefault(child, 0) > 0;
            List<Integer> hs = child == null ? List.of() : headerByChild.getOrDefault(child, List.of());
            List<Integer> os = child == null ? List.of() : oc3ByChild.getOrDefault(child, List.of());
            for (Integer h : hs.isEmpty() ? java.util.Collections.<Integer>singletonList(null) : hs) {
                for (Integer o : os.isEmpty() ? java.util.Collections.<Integer>singletonList(null) : os) {
                    String mother = h == null ? null : header.get(h, "MOTHER");
                    String sex = h == null ? null : header.get(h, "SEX");
                    boolean hasOc3 = o != null && (oc3.get(o, "ACTIV") != null || oc3.get(o, "ACCOM") != null
                            || oc3.get(o, "IN_TOUCH") != null);
                    boolean female = "2".equals(sex);
                    boolean error = (mother != null && !Set.of("0", "1").contains(mother))
                            || (mother != null && "1".equals(sex))
                            || (mother == null && female && episodesInYear)
                            || (mother != null && female && !episodesInYear && hasOc3);
                    if (error) {
                        if (h != null) {
                            result.flagRow("Header", h);
                        }
                        if (o != null) {
                            result.flagRow("OC3", o);
                        }
                    }
                }
            }
        }
        return result;
    }
}
