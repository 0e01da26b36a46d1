package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** Episodes that start or end care in the year (or are open) need a social worker episode reported around them. */
public class RuleSW12STG2 extends RuleVersion {
    // From 2024/25 the window opens a year before the collection start: upstream subtracts numpy's 365.2425-day
    // year, which on whole dates is 365 days.
    private final int daysBeforeStart = ruleset().equals("lac2023_24") ? 0 : 365;

    public RuleSW12STG2(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        LocalDate earliest = start.minusDays(daysBeforeStart);
        Table swe = table(data, "SWEpisodes");
        Table epi = table(data, "Episodes");
        LocalDate[] swDecom = dates(swe, "SW_DECOM");
        Map<String, List<Integer>> sweRows = rowsByChild(swe);
        RuleResult result = new RuleResult();
        for (int e = 0; e < epi.size(); e++) {
            LocalDate decom = date(epi.get(e, "DECOM"));
            LocalDate dec = date(epi.get(e, "DEC"));
            String rec = epi.get(e, "REC");
            boolean startsCare = "S".equals(epi.get(e, "RNE"));
            // An episode still open (no DEC) has not ended care. Upstream reads its blank REC as "not X1" and so flags
            // every child whose current episode did not start care, even with a worker reported; here only a child
            // with no worker by 31 March is flagged (below).
            boolean endsCare = dec != null && !"X1".equals(rec);
            boolean inPeriod = dec == null || (!dec.isBefore(earliest) && !dec.isAfter(end));
            if (!inPeriod || in(epi.get(e, "LS"), "V3", "V4")) {
                continue;
            }
            List<Integer> workers = rowsOf(sweRows, epi.get(e, "CHILD"));
            // One of the child's social worker episodes must cover the start or the end of care. Upstream flags the
            // episode when any one pairing fails, so a worker from before care (which the message asks to be reported)
            // or after it would fail a child who had a worker throughout; its own test cases have one episode each.
            boolean covered = !(startsCare || endsCare);
            for (int s : workers) {
                LocalDate sw = swDecom[s];
                boolean coversEnd = sw != null && dec != null && !sw.isAfter(dec) && endsCare;
                boolean coversStart = sw != null && decom != null && !sw.isBefore(decom) && startsCare;
                covered |= coversEnd || coversStart;
            }
            // A child still looked after (the episode open) on 31 March needs a social worker episode that began by
            // then, whether or not this episode started care: upstream's own tests flag such a child with no worker
            // at all (child 4 in rule_SW12STG2.py's test_validate, 2023/24 and 2024/25).
            if (covered && dec == null && !startsCare) {
                covered = false;
                for (int s : workers) {
                    covered |= swDecom[s] != null && !swDecom[s].isAfter(end);
                }
            }
            if (!covered) {
                result.flagRow("Episodes", e);
            }
        }
        return result;
    }
}
