package org.kindred.returns.cin.rules.upn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.UpnCheck;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A child's identifier, where given, must be well formed (the DfE's UPN specification); the field is the one the
 * definition names.
 * <br>1510: a UPN of a letter and 12 digits carries the right check letter.
 * <br>1530: characters 2-4 of a 13-character UPN are a recognised LA code (942 and 943 from 2023/24).
 * <br>1540: characters 5-12 of a UPN are digits. <br>1550: character 13 is a digit or a letter other than I, O, S.
 * <br>1560Q (query): a former UPN is a letter and 12 digits.
 * <br>1570: the LA child ID has at most 20 characters. <br>1580: the LA child ID is letters and digits only.
 */
public class Rules1510To1580 extends RuleVersion {
    private static final String CHARACTER_13 = "ABCDEFGHJKLMNPQRTUVWXYZ0123456789";
    private final Predicate<String> malformed = switch (code()) {
        case "1510" -> upn -> upn.length() == 13 && UpnCheck.digits(upn.substring(1))
                && upn.charAt(0) != UpnCheck.checkLetter(upn);
        case "1530" -> laCodeIn(laCodes(ruleset())).negate();
        case "1540" -> upn -> !UpnCheck.digits(upn.length() <= 4 ? "" : upn.substring(4, Math.min(12, upn.length())));
        case "1550" -> upn -> upn.length() == 13 && CHARACTER_13.indexOf(upn.charAt(12)) < 0;
        case "1560Q" -> former -> !(former.length() == 13 && UpnCheck.digits(former.substring(1))
                && Character.isLetter(former.charAt(0)));
        case "1570" -> id -> id.codePointCount(0, id.length()) > 20;
        default -> id -> id.isEmpty() || !id.codePoints().allMatch(Character::isLetterOrDigit);
    };

    public Rules1510To1580(RuleDefinition definition) {
        super(definition);
    }

    /** True for a UPN that is not 13 characters or whose characters 2-4 are a code of the set. */
    private static Predicate<String> laCodeIn(Set<String> codes) {
        return upn -> upn.length() != 13 || codes.contains(upn.substring(1, 4));
    }

    private static Set<String> laCodes(String ruleset) {
        Set<String> codes = new HashSet<>(List.of("001", "002", "003", "004", "005", "420", "815", "816", "825", "826",
                "830", "831", "840", "841", "845", "846", "860", "861", "908", "909", "916", "919", "921", "925", "926",
                "928", "929", "931", "933"));
        if (!ruleset.equals("cin2022_23")) {
            codes.addAll(List.of("942", "943")); // from 2023/24
        }
        int[][] ranges = {{201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
            {390, 394}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {820, 823}, {835, 839},
            {850, 852}, {855, 857}, {865, 896}, {935, 938}, {940, 941}};
        for (int[] r : ranges) {
            for (int c = r[0]; c <= r[1]; c++) {
                codes.add(Integer.toString(c));
            }
        }
        return codes;
    }

    @Override
    public RuleResult check(ReturnData data) {
        String column = definition().fields().get(0);
        return Cin.flagRows(data, "ChildIdentifiers", (t, row) -> {
            String cell = t.get(row, column);
            return cell != null && malformed.test(cell);
        }, column);
    }
}
