package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** An episode open at or after the collection start in an English placement needing Ofsted registration must have a URN. */
public class Rule218 extends RuleVersion {
    private static final Set<String> OUTSIDE_ENGLAND = Set.of("CON", "NIR", "SCO", "WAL", "NUK");
    private final Set<String> exemptPlaces = switch (ruleset()) {
        case "lac2022_23" -> Set.of("H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
        case "lac2024_25" -> Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
        default -> Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");
    };
    /** Until 2024/25 a placement LA code is outside England by its first letter; from 2025/26 by the listed codes. */
    private final boolean byPrefix = !ruleset().equals("lac2025_26");

    public Rule218(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = Dates.collectionStart(data);
        Table episodes = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            boolean open = Part2Support.blank(episodes, r, "DEC")
                    || Dates.onOrAfter(Dates.date(episodes, r, "DEC"), start);
            if (open && Part2Support.blank(episodes, r, "URN") && !Part2Support.in(episodes, r, "PLACE", exemptPlaces)
                    && !outsideEngland(Part2Support.text(episodes, r, "PL_LA").toUpperCase())) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }

    /** Codes for placements outside England start with N, W, S or C (a missing code reads "NAN" upstream). */
    private boolean outsideEngland(String placementLa) {
        if (!byPrefix) {
            return OUTSIDE_ENGLAND.contains(placementLa);
        }
        return placementLa.startsWith("N") || placementLa.startsWith("W") || placementLa.startsWith("S")
                || placementLa.startsWith("C");
    }
}
