package org.kindred.returns.ssda903.rules.kit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Shared check of rules 386, 387 and 389: the child's age on the date an episode ended for a given reason. */
public final class AgeAtEnd {
    /** What the rule flags, given the birthday that matters and the end date (either may be null). */
    public interface Failing {
        boolean test(LocalDate birthday, LocalDate dec);
    }

    private AgeAtEnd() {
    }

    /**
     * Flags episodes whose reason ceased (compared in upper case) is one of {@code reasons} and for which
     * {@code failing} holds on the child's {@code years}th birthday and the end date.
     */
    public static RuleResult check(ReturnData data, Set<String> reasons, int years, Failing failing) {
        if (!data.has("Header", "Episodes")) {
            return RuleResult.skipped("needs Header and Episodes");
        }
        Table header = Part2Support.table(data, "Header");
        Table episodes = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            String rec = episodes.get(e, "REC");
            if (rec == null || !reasons.contains(rec.toUpperCase())) {
                continue;
            }
            LocalDate dec = Dates.date(episodes, e, "DEC");
            List<Integer> rows = Part2Support.matches(headerByChild, episodes, e);
            if (rows.isEmpty() && failing.test(null, dec)) {
                result.flagRow("Episodes", e);
            }
            for (int h : rows) {
                if (failing.test(Dates.plusYears(Dates.date(header, h, "DOB"), years), dec)) {
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
