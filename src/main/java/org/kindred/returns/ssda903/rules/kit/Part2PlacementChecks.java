package org.kindred.returns.ssda903.rules.kit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * Shared checks of rules 370-376 on closed episodes of one placement type: the child's age at the start
 * of the placement, or the length of the placement. As in the reference tool, only episodes with a start,
 * an end and a matching Header row with a date of birth are checked.
 */
public final class Part2PlacementChecks {
    private Part2PlacementChecks() {
    }

    /** Flags placements of type {@code place} that started before the child's {@code years}th birthday. */
    public static RuleResult startedTooYoung(ReturnData data, String place, int years) {
        return check(data, place, (ep, dob) -> ep[0].isBefore(dob.plusYears(years)));
    }

    /** Flags placements of type {@code place} that ended more than {@code days} days after they started. */
    public static RuleResult lastedTooLong(ReturnData data, String place, int days) {
        return check(data, place, (ep, dob) -> ep[1].isAfter(ep[0].plusDays(days)));
    }

    /** Runs {@code failing} on ({start, end}, date of birth) for each closed episode of the placement type. */
    private static RuleResult check(ReturnData data, String place, BiPredicate<LocalDate[], LocalDate> failing) {
        if (!data.has("Episodes", "Header")) {
            return RuleResult.skipped("needs Episodes and Header");
        }
        Table episodes = Part2Support.table(data, "Episodes");
        Table header = Part2Support.table(data, "Header");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            LocalDate dec = Dates.date(episodes, e, "DEC");
            if (!place.equals(episodes.get(e, "PLACE")) || decom == null || dec == null) {
                continue;
            }
            for (int h : Part2Support.matches(headerByChild, episodes, e)) {
                LocalDate dob = Dates.date(header, h, "DOB");
                if (dob != null && failing.test(new LocalDate[] {decom, dec}, dob)) {
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
