package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** An H5 placement in England open on or after 29 October 2023 must have a real URN. */
public class Rule230 extends RowRule {
    private static final LocalDate FROM = LocalDate.of(2023, 10, 29);

    @Override
    public boolean fails(Table episodes, int r) {
        LocalDate dec = Dates.date(episodes, r, "DEC");
        String urn = episodes.get(r, "URN");
        // A missing placement LA reads as "NAN" upstream, so counts as outside England.
        String placementLa = Part2Support.text(episodes, r, "PL_LA").toUpperCase();
        boolean outsideEngland = placementLa.startsWith("N") || placementLa.startsWith("W") || placementLa.startsWith("S");
        return "H5".equals(episodes.get(r, "PLACE")) && (dec == null || !dec.isBefore(FROM))
                && (Part2Support.blank(episodes, r, "URN") || "XXXXXXX".equals(urn)) && !outsideEngland;
    }
}
