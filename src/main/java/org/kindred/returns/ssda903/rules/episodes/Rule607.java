package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;
import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** A girl who ceased to be looked after in the year (not on V3/V4) must have the MOTHER field completed. */
public class Rule607 extends RuleVersion implements Join.Test {

    private final String female;

    public Rule607(RuleDefinition definition) {
        super(definition);
        this.female = switch (definition.ruleset()) {
            case "lac2024_25" -> "F";
            default -> "2";
        };
    }

    @Override
    public RuleResult check(ReturnData data) {
        if (collectionStart(data) == null || collectionEnd(data) == null) {
            return RuleResult.skipped("no collection period");
        }
        return Join.flag(data, "Episodes", "Header", Join.Flag.ROW_AND_MATCH, this);
    }

    @Override
    public boolean joins(ReturnData data, Table epi, int e) {
        LocalDate dec = date(epi.get(e, "DEC"));
        String rec = epi.get(e, "REC");
        boolean ceased = dec != null && rec != null && !rec.equals("X1");
        return ceased && !in(epi.get(e, "LS"), "V3", "V4") && !dec.isBefore(collectionStart(data)) && !dec.isAfter(collectionEnd(data));
    }

    @Override
    public boolean fails(ReturnData data, Table epi, int e, Table header, int h) {
        return female.equals(header.get(h, "SEX")) && na(header.get(h, "MOTHER"));
    }
}
