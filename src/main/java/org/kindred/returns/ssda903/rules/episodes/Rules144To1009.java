package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * Episodes: where given, the legal status (144), category of need (145), reason the episode ceased (149) and reason
 * for placement change (1009) must be valid codes.
 */
public class Rules144To1009 extends RowVersion {
    private final String field;
    private final Set<String> codes;

    public Rules144To1009(RuleDefinition definition) {
        super(definition);
        switch (code()) {
            case "144" -> {
                field = "LS";
                codes = Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3");
            }
            case "145" -> {
                field = "CIN";
                codes = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
            }
            case "149" -> {
                field = "REC";
                codes = Set.of("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6",
                        "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1");
            }
            default -> {
                field = "REASON_PLACE_CHANGE";
                codes = Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE",
                        "CUSTOD", "OTHER");
            }
        }
    }

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, field) != null && !codes.contains(t.get(row, field));
    }
}
