package org.kindred.returns.ssda903.rules.kit;

import java.time.LocalDate;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * A pair of codes on the definition's first table and field: one says the date must be there and valid, the other
 * that it must be valid where given (700/701, 1004/1005, SW04/SW05STG1).
 */
public abstract class DateFieldVersion extends RowVersion {
    private final String field = definition().fields().get(0);
    private final boolean required;

    /** {@code requiredCode} is the code of the pair whose date must be given. */
    protected DateFieldVersion(RuleDefinition definition, String requiredCode) {
        super(definition);
        this.required = code().equals(requiredCode);
    }

    @Override
    public boolean fails(Table t, int r) {
        return (required || t.get(r, field) != null) && read(t.get(r, field)) == null;
    }

    /** The date in the cell, null when it is none: the bare-cell reader unless the field takes partial dates. */
    protected LocalDate read(String cell) {
        return Dates.date(cell);
    }
}
