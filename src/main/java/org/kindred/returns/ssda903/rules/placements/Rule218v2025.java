package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import org.kindred.returns.ssda903.rules.kit.Part2Support;

/** An episode open at or after the collection start in an English placement needing Ofsted registration must have a URN. */
@RuleDefinition(code = "218", ruleset = "lac2024_25",
        message = "Ofsted Unique reference number (URN) is required.",
        years = {"2024/25"},
        tables = {"Episodes"}, fields = {"URN"})
public class Rule218v2025 implements Rule {
    private static final Set<String> EXEMPT_PLACES = Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        LocalDate start = Part2Support.collectionStart(data);
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            boolean open = Part2Support.blank(episodes, r, "DEC")
                    || Part2Support.onOrAfter(Part2Support.date(episodes, r, "DEC"), start);
            if (open && Part2Support.blank(episodes, r, "URN") && !Part2Support.in(episodes, r, "PLACE", EXEMPT_PLACES)
                    && !outsideEngland(Part2Support.text(episodes, r, "PL_LA").toUpperCase())) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }

    /** Codes for placements outside England start with N, W, S or C (a missing code reads "NAN" upstream). */
    private static boolean outsideEngland(String placementLa) {
        return placementLa.startsWith("N") || placementLa.startsWith("W") || placementLa.startsWith("S")
                || placementLa.startsWith("C");
    }
}
