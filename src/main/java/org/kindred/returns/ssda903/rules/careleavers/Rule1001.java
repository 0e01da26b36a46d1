package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information needs the child to have been a relevant child: 13 weeks in care since age 14, including some care after 16, and not adopted. */
public class Rule1001 implements Rule {

    /** One episode of this year's or last year's return; {@code label} is its row number in its own table, as upstream. */
    private static final class Episode {
        final int label;
        final String child;
        final String ls;
        final String rec;
        final LocalDate decom;
        LocalDate dec;

        Episode(Table t, int row) {
            label = row;
            child = t.get(row, "CHILD");
            ls = t.get(row, "LS");
            rec = t.get(row, "REC");
            decom = date(t.get(row, "DECOM"));
            dec = date(t.get(row, "DEC"));
        }
    }

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes, Episodes_last, OC3 and Header");
        }
        Table current = table(data, "Episodes");
        Table previous = table(data, "Episodes_last");
        Table oc3 = table(data, "OC3");
        Table header = table(data, "Header");
        LocalDate end = collectionEnd(data);
        if (current.size() == 0 || previous.size() == 0 || oc3.size() == 0 || header.size() == 0 || end == null) {
            return RuleResult.skipped("needs non-empty tables and the collection end");
        }
        List<Episode> episodes = episodes(current, previous);
        // The final episode of each child still open at the end of the data is treated as ending at collection end.
        Set<Integer> finalLabels = finalEpisodeLabels(episodes);
        for (Episode e : episodes) {
            if (e.dec == null && finalLabels.contains(e.label)) {
                e.dec = end;
            }
        }
        Map<String, long[]> totals = daysInCareAfter14And16(episodes, header, end);
        Set<String> adopted = new HashSet<>();
        for (Episode e : episodes) {
            if (finalLabels.contains(e.label) && e.rec != null && in(e.rec.toUpperCase(Locale.ROOT), "E11", "E12")) {
                adopted.add(e.child);
            }
        }
        RuleResult result = new RuleResult();
        if (totals == null) {
            return result;
        }
        for (int r = 0; r < oc3.size(); r++) {
            String child = oc3.get(r, "CHILD");
            long[] t = totals.get(child);
            boolean relevant = t != null && t[0] >= 91 && t[1] >= 1;
            if (adopted.contains(child) || !relevant) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }

    /** Both years' episodes, earliest end first, with episodes repeated across the years (same child and start) kept once. */
    private static List<Episode> episodes(Table current, Table previous) {
        List<Episode> all = new ArrayList<>();
        for (int r = 0; r < current.size(); r++) {
            all.add(new Episode(current, r));
        }
        for (int r = 0; r < previous.size(); r++) {
            all.add(new Episode(previous, r));
        }
        all.sort(Comparator.comparing((Episode e) -> e.dec, DATE_ASC_NULLS_LAST));
        Set<List<Object>> seen = new HashSet<>();
        List<Episode> unique = new ArrayList<>();
        for (Episode e : all) {
            if (seen.add(Arrays.asList(e.child, e.decom))) {
                unique.add(e);
            }
        }
        return unique;
    }

    /** Row labels of each child's latest-starting episode (upstream matches these labels in either year's table). */
    private static Set<Integer> finalEpisodeLabels(List<Episode> episodes) {
        Map<String, Episode> latest = new HashMap<>();
        for (Episode e : episodes) {
            if (e.child == null || e.decom == null) {
                continue;
            }
            Episode cur = latest.get(e.child);
            if (cur == null || e.decom.isAfter(cur.decom)) {
                latest.put(e.child, e);
            }
        }
        Set<Integer> labels = new HashSet<>();
        latest.values().forEach(e -> labels.add(e.label));
        return labels;
    }

    /** Days looked after since the 14th and the 16th birthday per child, or null when no episode counts. */
    private static Map<String, long[]> daysInCareAfter14And16(List<Episode> episodes, Table header, LocalDate end) {
        Map<String, List<LocalDate>> dobs = new HashMap<>();
        for (int h = 0; h < header.size(); h++) {
            LocalDate dob = date(header.get(h, "DOB"));
            if (dob != null && dob.plusYears(20).isAfter(end)) {
                dobs.computeIfAbsent(header.get(h, "CHILD"), k -> new ArrayList<>()).add(dob);
            }
        }
        // Pair each episode with the child's header rows; V3/V4 episodes drop every pairing that shares their row label.
        List<Object[]> pairs = new ArrayList<>();
        Set<Integer> shortBreakLabels = new HashSet<>();
        for (Episode e : episodes) {
            for (LocalDate dob : dobs.getOrDefault(e.child, List.of())) {
                pairs.add(new Object[] {e, dob});
                if (e.ls != null && in(e.ls.toUpperCase(Locale.ROOT), "V3", "V4")) {
                    shortBreakLabels.add(e.label);
                }
            }
        }
        pairs.removeIf(p -> shortBreakLabels.contains(((Episode) p[0]).label));
        if (pairs.isEmpty()) {
            return null;
        }
        Map<String, long[]> totals = new HashMap<>();
        for (Object[] p : pairs) {
            Episode e = (Episode) p[0];
            LocalDate dob = (LocalDate) p[1];
            long[] t = totals.computeIfAbsent(e.child, k -> new long[2]);
            t[0] += daysSince(e, dob.plusYears(14));
            t[1] += daysSince(e, dob.plusYears(16));
        }
        return totals;
    }

    private static long daysSince(Episode e, LocalDate birthday) {
        if (e.dec == null) {
            return 0;
        }
        LocalDate from = e.decom == null || e.decom.isBefore(birthday) ? birthday : e.decom;
        return Math.max(0, ChronoUnit.DAYS.between(from, e.dec));
    }
}
