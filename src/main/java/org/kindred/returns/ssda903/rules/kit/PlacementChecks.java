package org.kindred.returns.ssda903.rules.kit;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * Shared checks of rules 370-376 on closed episodes of one placement type: the child's age at the start
 * of the placement, or the length of the placement. As in the reference tool, only episodes with a start,
 * an end and a matching Header row with a date of birth are checked.
 */
public final class PlacementChecks {
    private PlacementChecks() {
    }

    /** Flags placements of type {@code place} that started before the child's {@code years}th birthday. */
    public static RuleResult startedTooYoung(ReturnData data, String place, int years) {
        return check(data, new Check(place, years, true));
    }

    /** Flags placements of type {@code place} that ended more than {@code days} days after they started. */
    public static RuleResult lastedTooLong(ReturnData data, String place, int days) {
        return check(data, new Check(place, days, false));
    }

    private static RuleResult check(ReturnData data, Check check) {
        if (!data.has("Episodes", "Header")) {
            return RuleResult.skipped("needs Episodes and Header");
        }
        return Join.flagBlankAsMissing(data, "Episodes", "Header", Join.Flag.ROW, check);
    }

    /** Closed episodes of the placement type, held against the child's date of birth (years) or their length (days). */
    private record Check(String place, int number, boolean age) implements Join.Test {
        @Override
        public boolean joins(ReturnData data, Table episodes, int e) {
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            LocalDate dec = Dates.date(episodes, e, "DEC");
            return place.equals(episodes.get(e, "PLACE")) && decom != null && dec != null;
        }

        @Override
        public boolean fails(ReturnData data, Table episodes, int e, Table header, int h) {
            LocalDate dob = Dates.date(header, h, "DOB");
            if (dob == null) {
                return false;
            }
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            return age ? decom.isBefore(dob.plusYears(number)) : Dates.date(episodes, e, "DEC").isAfter(decom.plusDays(number));
        }
    }
}
