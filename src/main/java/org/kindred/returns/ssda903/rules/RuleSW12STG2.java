package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes that start or end care in the year (or are open) need a social worker episode reported around them. */
@RuleDefinition(code = "SW12STG2", ruleset = "lac2023_24",
        message = "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after",
        years = {"2023/24"},
        tables = {"SWEpisodes", "Episodes"}, fields = {"SW_DECOM"})
public class RuleSW12STG2 implements Rule {

    // Upstream's 2023/24 code cannot run; this follows its later version, looking back to the collection start.
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("no collection period");
        }
        LocalDate earliest = start;
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
            // An episode still open (no DEC) has not ended care: upstream reads its blank REC as "not X1" and flags
            // every child whose current episode did not start care, which its own test case calls a pass.
            boolean endsCare = dec != null && !"X1".equals(rec);
            boolean inPeriod = dec == null || (!dec.isBefore(earliest) && !dec.isAfter(end));
            if (!inPeriod || in(epi.get(e, "LS"), "V3", "V4") || !(startsCare || endsCare)) {
                continue;
            }
            // One of the child's social worker episodes must cover the start or the end of care. Upstream flags the
            // episode when any one pairing fails, so a worker from before care (which the message asks to be reported)
            // or after it would fail a child who had a worker throughout; its own test cases have one episode each.
            boolean covered = false;
            for (int s : rowsOf(sweRows, epi.get(e, "CHILD"))) {
                LocalDate sw = swDecom[s];
                boolean coversEnd = sw != null && dec != null && !sw.isAfter(dec) && endsCare;
                boolean coversStart = sw != null && decom != null && !sw.isBefore(decom) && startsCare;
                covered |= coversEnd || coversStart;
            }
            if (!covered) {
                result.flagRow("Episodes", e);
            }
        }
        return result;
    }
}
