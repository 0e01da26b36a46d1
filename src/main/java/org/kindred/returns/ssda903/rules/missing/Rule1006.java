package org.kindred.returns.ssda903.rules.missing;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** SSDA903 Missing table: the type of absence must be M (missing) or A (away without authorisation). */
public class Rule1006 extends RowRule {
    private static final Set<String> CODES = Set.of("M", "A");

    @Override
    public boolean fails(Table missing, int row) {
        String type = missing.get(row, "MISSING");
        // A missing cell is left to the completeness rules; an empty string is a wrong code.
        return type != null && !CODES.contains(type);
    }
}
