package org.kindred.returns.cin.rules.dates;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * A child's activity cannot be dated after the child's date of death (ChildIdentifiers, joined on the child);
 * flags both dates. The rows are paired, and their dates read, in the order of the definition's tables.
 * <br>4008: a CIN plan start. <br>4009Q (query): a CIN plan end.
 * <br>8915: a child protection plan start. <br>8920: a child protection plan end.
 */
public class Rules4008To8920 extends RuleVersion {
    private final String column = switch (code()) {
        case "4008" -> "CINPlanStartDate";
        case "4009Q" -> "CINPlanEndDate";
        case "8915" -> "CPPstartDate";
        default -> "CPPendDate";
    };
    private final boolean childFirst = definition().tables().get(0).equals("ChildIdentifiers");

    public Rules4008To8920(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        String firstColumn = childFirst ? "PersonDeathDate" : column;
        String secondColumn = childFirst ? column : "PersonDeathDate";
        return Cin.join(data, definition().tables().get(0), definition().tables().get(1), Cin.keys("LAchildID"),
                (first, f, second, s) -> childFirst
                        ? Cin.before(first.date(f, firstColumn), second.date(s, secondColumn))
                        : Cin.after(first.date(f, firstColumn), second.date(s, secondColumn)),
                Cin.cols(firstColumn), Cin.cols(secondColumn));
    }
}
