package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC2: the SDQ score must be a whole number from 0 to 40 when given. */
public class Rule180 extends RowRule {
    private static boolean validScore(String cell) {
        try {
            double d = Double.parseDouble(cell.trim());
            return d == Math.rint(d) && d >= 0 && d <= 40;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "SDQ_SCORE") != null && !validScore(t.get(row, "SDQ_SCORE"));
    }
}
