package org.kindred.returns.cin.rules.upn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: characters 2-4 of a 13-character UPN must be a recognised LA code. */
@RuleDefinition(code = "1530", ruleset = "cin2022_23",
        message = "UPN invalid (characters 2-4 not a recognised LA code)",
        years = {"2022/23"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
@RuleDefinition(code = "1530", ruleset = "cin2023_24",
        message = "UPN invalid (characters 2-4 not a recognised LA code)",
        years = {"2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"UPN"})
public class Rule1530 extends RuleVersion {
    private final Set<String> laCodes = laCodes(ruleset());

    public Rule1530(RuleDefinition definition) {
        super(definition);
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
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String upn = ids.get(row, "UPN");
            if (upn != null && upn.length() == 13 && !laCodes.contains(upn.substring(1, 4))) {
                result.flagCell("ChildIdentifiers", row, "UPN");
            }
        }
        return result;
    }
}
