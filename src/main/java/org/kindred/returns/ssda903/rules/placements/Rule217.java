package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Placements for adoption with current foster carers (A3, A5) from 1 April 2015 must have reason for new episode S, T or U. */
public class Rule217 extends RowRule {
    private static final Set<String> PLACES = Set.of("A3", "A5");
    private static final Set<String> REASONS = Set.of("S", "T", "U");
    private static final LocalDate FROM = LocalDate.of(2015, 4, 1);

    @Override
    public boolean fails(Table episodes, int r) {
        return Part2Support.in(episodes, r, "PLACE", PLACES)
                && Dates.onOrAfter(Dates.date(episodes, r, "DECOM"), FROM)
                && !Part2Support.in(episodes, r, "RNE", REASONS);
    }
}
