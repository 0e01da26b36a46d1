package org.kindred.returns.ssda903.rules.kit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * Duration checks on legal statuses for rules 361-364. {@link #continuous} joins a child's episodes of one
 * status that run into each other (in start-date order); {@link #consecutive} joins consecutive rows of the
 * status in table order while each starts no later than the previous one ended, as the reference tool does.
 */
public final class LegalStatusSpells {
    private LegalStatusSpells() {
    }

    /**
     * Flags every episode of a spell of {@code status} that lasts more than {@code maxDays} days, from the
     * earliest start to the latest end; open episodes end at the collection end.
     */
    public static RuleResult continuous(ReturnData data, String status, int maxDays) {
        if (!data.has("Episodes")) {
            return RuleResult.skipped("no Episodes table");
        }
        Table eps = Part2Support.table(data, "Episodes");
        LocalDate end = Dates.collectionEnd(data);
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            if (Part2Support.blank(eps, group.get(0), "CHILD")) {
                continue;
            }
            List<Integer> spell = new ArrayList<>();
            boolean previousFlows = false;
            for (int i = 0; i < group.size(); i++) {
                int row = group.get(i);
                if (!status.equals(eps.get(row, "LS"))) {
                    continue;
                }
                if (!previousFlows) {
                    check(eps, spell, end, maxDays, result);
                    spell = new ArrayList<>();
                }
                spell.add(row);
                LocalDate dec = endOf(eps, row, end);
                previousFlows = i + 1 < group.size() && dec != null
                        && dec.equals(Dates.date(eps, group.get(i + 1), "DECOM"));
            }
            check(eps, spell, end, maxDays, result);
        }
        return result;
    }

    private static void check(Table eps, List<Integer> spell, LocalDate end, int maxDays, RuleResult result) {
        LocalDate first = null;
        LocalDate last = null;
        for (int r : spell) {
            LocalDate decom = Dates.date(eps, r, "DECOM");
            LocalDate dec = endOf(eps, r, end);
            if (decom != null && (first == null || decom.isBefore(first))) {
                first = decom;
            }
            if (dec != null && (last == null || dec.isAfter(last))) {
                last = dec;
            }
        }
        if (first != null && last != null && ChronoUnit.DAYS.between(first, last) > maxDays) {
            spell.forEach(r -> result.flagRow("Episodes", r));
        }
    }

    /** The end date, the collection end when there is no end date. */
    private static LocalDate endOf(Table eps, int row, LocalDate collectionEnd) {
        LocalDate dec = Dates.date(eps, row, "DEC");
        return dec != null ? dec : collectionEnd;
    }

    /**
     * Flags the episodes of {@code status} whose run of consecutive rows (same child, each starting no later
     * than the previous row ended) adds up to more than {@code maxDays} days; open episodes end at the
     * collection end and episodes without a start date are left out.
     */
    public static RuleResult consecutive(ReturnData data, String status, int maxDays) {
        if (!data.has("Episodes")) {
            return RuleResult.skipped("no Episodes table");
        }
        Table eps = Part2Support.table(data, "Episodes");
        LocalDate end = Dates.collectionEnd(data);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < eps.size(); r++) {
            if (status.equals(eps.get(r, "LS")) && Dates.date(eps, r, "DECOM") != null) {
                rows.add(r);
            }
        }
        RuleResult result = new RuleResult();
        List<Integer> period = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            LocalDate decom = Dates.date(eps, row, "DECOM");
            boolean newPeriod = i == 0;
            if (i > 0) {
                int prev = rows.get(i - 1);
                boolean otherChild = Part2Support.blank(eps, row, "CHILD") || Part2Support.blank(eps, prev, "CHILD")
                        || !eps.get(row, "CHILD").equals(eps.get(prev, "CHILD"));
                newPeriod = otherChild || Dates.after(decom, endIfOpen(eps, prev, end));
            }
            if (newPeriod) {
                flagIfLong(period, total, maxDays, result);
                period = new ArrayList<>();
                total = 0;
            }
            period.add(row);
            LocalDate dec = endIfOpen(eps, row, end);
            if (dec != null) {
                total += ChronoUnit.DAYS.between(decom, dec);
            }
        }
        flagIfLong(period, total, maxDays, result);
        return result;
    }

    /** The end date, the collection end for a blank cell; a cell that is not a date reads as no date. */
    private static LocalDate endIfOpen(Table eps, int row, LocalDate collectionEnd) {
        return Part2Support.blank(eps, row, "DEC") ? collectionEnd : Dates.date(eps, row, "DEC");
    }

    private static void flagIfLong(List<Integer> period, long total, int maxDays, RuleResult result) {
        if (total > maxDays) {
            period.forEach(r -> result.flagRow("Episodes", r));
        }
    }
}
