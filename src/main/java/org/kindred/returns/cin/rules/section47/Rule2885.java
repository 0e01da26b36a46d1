package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN: a child protection plan starting in the census year should start on the day of an initial conference:
 * a Section 47 conference of the same CIN episode, or the CIN details conference when the episode has no
 * Section 47 module. Flags the plan start and the conference dates of episodes where no conference matches.
 */
public class Rule2885 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        if (end == null) {
            return new RuleResult();
        }
        LocalDate start = Cin.collectionStart(end);
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        RuleResult result = new RuleResult();
        List<Integer> plans = new ArrayList<>();
        for (int row = 0; row < cpp.size(); row++) {
            LocalDate d = cpp.date(row, "CPPstartDate");
            if (d != null && !d.isBefore(start) && !d.isAfter(end)) {
                plans.add(row);
            }
        }
        Map<String, List<Integer>> s47ByEpisode = Cin.byEpisode(data, "Section47");
        check(cpp, plans, Cin.table(data, "Section47"), s47ByEpisode, false, null, result);
        check(cpp, plans, Cin.table(data, "CINdetails"), Cin.byEpisode(data, "CINdetails"), true, s47ByEpisode, result);
        return result;
    }

    /**
     * Pairs each plan with the conferences of its episode; flags conferences of episodes where no pair matches,
     * and plans whose start date matches no conference of the episode. With {@code leftJoin} a plan without
     * any conference row still counts as unmatched; episodes listed in {@code skipEpisodes} are left alone.
     */
    private static void check(Table cpp, List<Integer> plans, Table conferences, Map<String, List<Integer>> byEpisode,
                              boolean leftJoin, Map<String, List<Integer>> skipEpisodes, RuleResult result) {
        Set<String> passedEpisodes = new HashSet<>();
        Set<String> passedStarts = new HashSet<>();
        for (int p : plans) {
            String episode = Cin.key(cpp, p, Cin.EPISODE);
            LocalDate startDate = cpp.date(p, "CPPstartDate");
            for (int c : byEpisode.getOrDefault(episode, List.of())) {
                if (startDate.equals(conferences.date(c, "DateOfInitialCPC"))) {
                    passedEpisodes.add(episode);
                    passedStarts.add(episode + startDate);
                }
            }
        }
        for (int p : plans) {
            String episode = Cin.key(cpp, p, Cin.EPISODE);
            if (skipEpisodes != null && skipEpisodes.containsKey(episode)) {
                continue;
            }
            LocalDate startDate = cpp.date(p, "CPPstartDate");
            List<Integer> matches = byEpisode.getOrDefault(episode, List.of());
            boolean anyUnequal = leftJoin && matches.isEmpty();
            for (int c : matches) {
                if (!startDate.equals(conferences.date(c, "DateOfInitialCPC"))) {
                    anyUnequal = true;
                    if (!passedEpisodes.contains(episode)) {
                        result.flagCell(conferences.name(), c, "DateOfInitialCPC");
                    }
                }
            }
            if (anyUnequal && !passedStarts.contains(episode + startDate)) {
                result.flagCell("ChildProtectionPlans", p, "CPPstartDate");
            }
        }
    }
}
