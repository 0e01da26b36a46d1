package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Reviews: a review must have a valid participation code (PN0-PN7), and a blank review no code. */
public class Rule167 extends RowRule {
    private static final Set<String> CODES = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    @Override
    public boolean fails(Table t, int row) {
        String review = t.get(row, "REVIEW");
        String code = t.get(row, "REVIEW_CODE");
        boolean ok = review != null ? in(code, CODES) : code == null;
        return !ok;
    }
}
