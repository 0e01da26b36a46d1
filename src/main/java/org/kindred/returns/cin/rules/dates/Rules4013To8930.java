package org.kindred.returns.cin.rules.dates;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A date, where present, must fall within the census year (from the day after the reference date a year before, to
 * the reference date); the field and table are those the definition names first. Without a reference date 8545Q
 * and 8620 flag every date, the others none, as upstream.
 * <br>4013: the CIN plan end. <br>8545Q (query): the child's death. <br>8620: the episode's closure.
 * <br>8696: the assessment's authorisation. <br>8715: the initial conference (Section 47).
 * <br>8930: the child protection plan end.
 */
public class Rules4013To8930 extends RuleVersion {
    private final boolean flagsWithoutReference = code().equals("8545Q") || code().equals("8620");

    public Rules4013To8930(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        String column = definition().fields().get(0);
        return Cin.flagRows(data, definition().tables().get(0), (t, row) -> {
            LocalDate d = t.date(row, column);
            return d != null && (end == null ? flagsWithoutReference : d.isBefore(start) || d.isAfter(end));
        }, column);
    }
}
