package org.kindred.returns.ssda903.rules.kit;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** Shared reading helpers for the SSDA903 rules 101-203. */
public final class Part1Support {
    private Part1Support() {
    }

    /** Whether the cell is one of the codes; a missing cell is not. */
    public static boolean in(String cell, Set<String> codes) {
        return cell != null && codes.contains(cell);
    }

    public static Metadata metadata(ReturnData data) {
        Metadata m = data.metadata();
        return m != null ? m : new Metadata(null, null, null, null, null, null);
    }

    /** Row positions of each child (rows without a CHILD are left out), in table order. */
    public static Map<String, List<Integer>> rowsByChild(Table t) {
        return t.shared("Part1.rowsByChild", () -> java.util.Collections.unmodifiableMap(groupRowsByChild(t)));
    }

    private static Map<String, List<Integer>> groupRowsByChild(Table t) {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String child = t.get(r, "CHILD");
            if (child != null) {
                m.computeIfAbsent(child, k -> new ArrayList<>()).add(r);
            }
        }
        return m;
    }

    /**
     * Whether each child in Episodes was looked after continuously for the 12 months to the end of the collection
     * year, as the DfE's guidance defines it: in care at some point in the year, and no episode that starts care
     * (RNE S) after the start of the year, ends care (REC other than X1) within the year, or is a V3/V4 short break
     * in the year. Children not in Episodes are not continuously looked after.
     */
    public static Map<String, Boolean> continuouslyLookedAfter(ReturnData data) {
        Table eps = data.table("Episodes").orElse(null);
        if (eps == null) {
            return new HashMap<>();
        }
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        return eps.shared("Part1.continuouslyLookedAfter:" + start + ":" + end,
                () -> java.util.Collections.unmodifiableMap(continuouslyLookedAfter(eps, start, end)));
    }

    private static Map<String, Boolean> continuouslyLookedAfter(Table eps, LocalDate start, LocalDate end) {
        Map<String, Boolean> during = new HashMap<>();
        Map<String, Boolean> broken = new HashMap<>();
        for (int r = 0; r < eps.size(); r++) {
            String child = eps.get(r, "CHILD");
            if (child == null) {
                continue;
            }
            LocalDate decom = dmy(eps.get(r, "DECOM"));
            LocalDate dec = dmy(eps.get(r, "DEC"));
            boolean inYear = onOrBefore(decom, end) && (dec == null || onOrBefore(start, dec));
            boolean entersCare = "S".equals(eps.get(r, "RNE")) && before(start, decom) && onOrBefore(decom, end);
            boolean leavesCare = !"X1".equals(eps.get(r, "REC")) && onOrBefore(start, dec) && before(dec, end);
            boolean shortBreak = in(eps.get(r, "LS"), Set.of("V3", "V4")) && inYear;
            during.merge(child, inYear, Boolean::logicalOr);
            broken.merge(child, entersCare || leavesCare || shortBreak, Boolean::logicalOr);
        }
        Map<String, Boolean> cla = new HashMap<>();
        during.forEach((child, in) -> cla.put(child, in && !broken.get(child)));
        return cla;
    }

    public static boolean cla(Map<String, Boolean> cla, String child) {
        return child != null && cla.getOrDefault(child, false);
    }

    /** Whether any of the columns has a value in the row. */
    public static boolean anyPresent(Table t, int row, List<String> columns) {
        for (String c : columns) {
            if (t.get(row, c) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the columns is missing in the row. */
    public static boolean anyMissing(Table t, int row, List<String> columns) {
        for (String c : columns) {
            if (t.get(row, c) == null) {
                return true;
            }
        }
        return false;
    }
}
