package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Header: the child's gender code must be 1 or 2. */
public class Rule101 extends RowVersion {
    private final Set<String> codes;

    public Rule101(RuleDefinition definition) {
        super(definition);
        this.codes = switch (definition.ruleset()) {
            case "lac2024_25" -> Set.of("M", "F", "U");
            default -> Set.of("1", "2");
        };
    }

    @Override
    public boolean fails(Table t, int row) {
        return !in(t.get(row, "SEX"), codes);
    }
}
