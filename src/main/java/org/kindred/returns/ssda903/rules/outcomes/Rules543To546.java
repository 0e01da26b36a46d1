package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiPredicate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * OC2 items by age for a child looked after continuously for 12 months: conviction information from 10 (543), health
 * promotion information under 5 (545) and not from 5 (546).
 */
public class Rules543To546 extends RuleVersion {
    private final String field;
    private final int age;
    /** Whether the rule applies, given the collection end and the birthday of {@code age}. */
    private final BiPredicate<LocalDate, LocalDate> applies;
    /** True when the field must be given, false when it must be blank. */
    private final boolean required;

    public Rules543To546(RuleDefinition definition) {
        super(definition);
        switch (code()) {
            case "543" -> { field = "CONVICTED"; age = 10; applies = Dates::after; required = true; }
            case "545" -> { field = "HEALTH_CHECK"; age = 5; applies = Dates::before; required = true; }
            default -> { field = "HEALTH_CHECK"; age = 5; applies = Dates::onOrAfter; required = false; }
        }
    }

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes")) {
            return RuleResult.skipped("needs OC2 and Episodes");
        }
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        if (start == null || end == null) {
            return RuleResult.skipped("collection period not known");
        }
        Set<String> continuous = continuouslyLookedAfter(table(data, "Episodes"), start, end);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc2.size(); r++) {
            LocalDate dob = date(oc2, r, "DOB");
            if (continuous.contains(oc2.get(r, "CHILD")) && applies.test(end, plusYears(dob, age)) && na(oc2.get(r, field)) == required) {
                result.flagRow("OC2", r);
            }
        }
        return result;
    }
}
