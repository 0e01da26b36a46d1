package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (columnName).
 * <br>544: A child with conviction information must also have immunisation, teeth check, health assessment and substance misuse recorded.
 * <br>547: A child with health promotion information must also have immunisation, teeth check, health assessment and substance misuse recorded.
 */
public class Rules544And547 extends RowVersion {
    private final String columnName = switch (code()) {
        case "547" -> "HEALTH_CHECK";
        default -> "CONVICTED";
    };

    public Rules544And547(RuleDefinition definition) {
        super(definition);
    }
    private static final List<String> HEALTH_FIELDS = List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");

    @Override
    public boolean fails(Table oc2, int r) {
        int row = r;
        return "1".equals(oc2.get(r, columnName)) && HEALTH_FIELDS.stream().anyMatch(column -> na(oc2.get(row, column)));
    }
}
