package org.kindred.returns.ssda903.rules.socialworkers;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.DateFieldVersion;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.RuleDefinition;

/**
 * The social worker episode's start date (SW04) must be a valid date, and its end date (SW05) where given; unknown
 * parts may be ZZ.
 */
public class RulesSW04STG1AndSW05STG1 extends DateFieldVersion {
    public RulesSW04STG1AndSW05STG1(RuleDefinition definition) {
        super(definition, "SW04STG1");
    }

    @Override
    protected LocalDate read(String cell) {
        return Dates.partialDate(cell);
    }
}
