package org.kindred.returns.ssda903.rules.header;

import java.util.regex.Pattern;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Header: the UPN must be a valid unique pupil number or UN1-UN5 when given. */
public class Rule168 extends RowRule {
    /** A letter other than I, O or S, then 12 digits or 11 digits and a letter; or an unknown-UPN code. */
    private static final Pattern UPN = Pattern.compile("(?![IOS])[A-Z](\\d{12}|\\d{11}[A-Z])|UN[1-5]");

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "UPN") != null && !UPN.matcher(t.get(row, "UPN")).matches();
    }
}
