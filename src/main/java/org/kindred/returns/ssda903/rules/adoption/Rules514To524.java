package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * The adopters' genders must fit their legal status: a single adopter L0 is M1 or F1 (514); L3 (517) and a married
 * different-gender couple L11 (520) are MF; L4 (518) and L12 (524) are MM or FF; civil partners L2 (519) a couple.
 */
public class Rules514To524 extends RowVersion {
    private final String status = switch (code()) {
        case "517" -> "L3";
        case "518" -> "L4";
        case "519" -> "L2";
        case "520" -> "L11";
        case "524" -> "L12";
        default -> "L0";
    };
    private final Set<String> genders = switch (code()) {
        case "517", "520" -> Set.of("MF");
        case "518", "524" -> Set.of("MM", "FF");
        case "519" -> Set.of("MM", "FF", "MF");
        default -> Set.of("M1", "F1");
    };

    public Rules514To524(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table ad1, int r) {
        String given = ad1.get(r, "LS_ADOPTR");
        String sex = ad1.get(r, "SEX_ADOPTR");
        return status.equals(given) && !in(sex, genders);
    }
}
